/**
 * Saves the in-memory workbook as .xlsx, so a person can open what the add-on built in any
 * spreadsheet program. Native formulas are kept with their computed values; cells computed by
 * our custom functions or by Sheets-only functions (which other programs cannot run) are saved
 * as values, each with a note giving the formula that computed it in Google Sheets.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import type { InMemorySheet } from "./in-memory/sheet";
import type { InMemorySpreadsheet } from "./in-memory/spreadsheet";

/** Functions that Excel and LibreOffice evaluate as Sheets does. */
const PORTABLE = new Set(["SUM", "SUMIF", "SUMIFS", "IFERROR", "IF", "COUNTIF", "COUNTA", "TODAY"]);

const isPortable = (formula: string): boolean =>
  [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].every((m) => PORTABLE.has(m[1] as string));

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export async function exportWorkbook(
  spreadsheet: InMemorySpreadsheet,
  path: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Influencer KPIs for Google Sheets";
  for (const sheet of spreadsheet.allSheets()) addSheet(workbook, spreadsheet, sheet);
  mkdirSync(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
}

function addSheet(
  workbook: ExcelJS.Workbook,
  spreadsheet: InMemorySpreadsheet,
  sheet: InMemorySheet,
) {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }],
  });
  const { rows, columns } = sheet.contentSize();
  if (rows === 0 || columns === 0) return;
  const values = sheet
    .rangeAt({ row: 1, column: 1, numRows: rows, numColumns: columns })
    .readValues();
  const formulas = spreadsheet.hf.getSheetFormulas(sheet.hfId);
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const formula = formulas[r]?.[c];
      const portable = formula !== undefined && isPortable(formula);
      if (formula && portable) {
        cell.value = { formula: formula.slice(1), result: value as never };
      } else {
        cell.value = value === "" ? null : (value as ExcelJS.CellValue);
      }
      const notes = [sheet.notes.get(r + 1, c + 1)];
      if (formula && !portable) {
        notes.push(`Computed in Google Sheets by ${sheet.displayFormula(formula)}`);
      }
      const note = notes.filter(Boolean).join("\n\n");
      if (note) cell.note = note;
      const format = sheet.formats.get(r + 1, c + 1);
      if (format) cell.numFmt = format;
      if (sheet.fontWeights.get(r + 1, c + 1) === "bold") cell.font = { bold: true };
      const background = sheet.backgrounds.get(r + 1, c + 1);
      if (background) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(background) } };
      }
    });
  });
  for (const [column, pixels] of sheet.columnWidths) {
    ws.getColumn(column).width = Math.round(pixels / 7);
  }
}
