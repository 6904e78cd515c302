/**
 * Saves the in-memory workbook as .xlsx, so a person can open what the add-on built in any
 * spreadsheet program. Native formulas are kept with their computed values; cells computed by
 * our custom functions or by Sheets-only functions (which other programs cannot run) are saved
 * as values, each with a note giving the formula that computed it in Google Sheets.
 *
 * The file opens on the sheet that was active, prints each sheet landscape and one page wide
 * with its frozen header rows on every page, keeps the data-validation rules, and marks the
 * cells Sheets marks as invalid (numbers typed as text, mostly) with a note and a red fill.
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative } from "node:path";
import ExcelJS from "exceljs";
import { columnLetter } from "../sheets/a1";
import type { FakeDataValidation, RangeReference } from "./in-memory/builders";
import type { InMemorySheet } from "./in-memory/sheet";
import type { InMemorySpreadsheet } from "./in-memory/spreadsheet";

/** Functions that Excel and LibreOffice evaluate as Sheets does. */
const PORTABLE = new Set(["SUM", "SUMIF", "SUMIFS", "IFERROR", "IF", "COUNTIF", "COUNTA", "TODAY"]);

const isPortable = (formula: string): boolean =>
  [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].every((m) => PORTABLE.has(m[1] as string));

/** Error values Excel knows; Sheets' own (#ERROR!) are saved as text. */
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** The light red Sheets uses for errors: cells whose value their rule does not accept. */
const INVALID_FILL = "#fce8e6";

export const TEXT_IN_NUMBER_NOTE =
  "Typed as text, not a number: SUM and other native formulas skip it. Retype it as a number.";
const TEXT_IN_DATE_NOTE =
  "Typed as text, not a date: date formulas and sorting skip it. Retype it as a date, e.g. 2026-03-01.";

/**
 * exceljs' default font, repeated on cells given their own font: a font without a name falls
 * back to the program's default, a serif in LibreOffice.
 */
const BASE_FONT = { name: "Calibri", family: 2, scheme: "minor", size: 11 } as const;

/** Google Sheets' default column width, in pixels. */
const SHEETS_COLUMN_PX = 100;

/**
 * A width in Sheets pixels as the `width` of an .xlsx column. That attribute counts widths of
 * the default font's widest digit (7 px for Calibri 11, exceljs' default font) and already
 * includes the 5 px of cell padding: Excel's column dialog shows (px - 5) / 7 characters, but
 * the file holds px / 7, truncated to 1/256 (ECMA-376 Part 1, 18.3.1.13: a 64 px column, shown
 * as 8.43, is stored as 9.140625). Excel turns it back into exactly px pixels.
 */
export const excelColumnWidth = (px: number): number => Math.floor((px / 7) * 256) / 256;

/** Excel's limits on data-validation texts (MS-XLS 2.5.37 DValStrings). */
const LIMITS = { title: 32, error: 225, prompt: 255 } as const;

/** Excel's limit on the text of a literal drop-down list ("a,b,c"). */
const LIST_LIMIT = 255;

/** Sheets that print wide fit one page across; narrow margins leave room for the columns. */
const MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * Writes the workbook to path. Throws an Error with a one-line message naming the path and
 * what to do when the file cannot be written; `command` is what the user runs to try again.
 */
export async function exportWorkbook(
  spreadsheet: InMemorySpreadsheet,
  path: string,
  command = "npm run demo",
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Influencer KPIs for Google Sheets";
  const active = spreadsheet.getActiveSheet();
  const sheets = spreadsheet
    .allSheets()
    .filter((sheet) => sheet === active || !isUntouched(sheet) || isReferenced(spreadsheet, sheet));
  for (const sheet of sheets) addSheet(workbook, spreadsheet, sheet, sheet === active);
  // Open on the active sheet, with every tab in view (firstSheet is the leftmost tab shown).
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 24000,
      height: 16000,
      firstSheet: 0,
      activeTab: Math.max(0, sheets.indexOf(active)),
      visibility: "visible",
    },
  ];
  const buffer = await workbook.xlsx.writeBuffer();
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, new Uint8Array(buffer));
  } catch (error) {
    throw new Error(await cannotWrite(path, error, command), { cause: error });
  }
}

/**
 * Whether nobody wrote to the sheet: no values, formats, notes, rules, layout or metadata, as
 * the "Sheet1" of a new spreadsheet. Left out of the file so no empty tab comes first.
 */
function isUntouched(sheet: InMemorySheet): boolean {
  const grids = [
    sheet.formats,
    sheet.fontWeights,
    sheet.backgrounds,
    sheet.fontColors,
    sheet.notes,
    sheet.validations,
  ];
  const { rows } = sheet.contentSize();
  return (
    rows === 0 &&
    grids.every((grid) => grid.entries().next().done) &&
    sheet.frozenRows === 0 &&
    sheet.frozenColumns === 0 &&
    sheet.columnWidths.size === 0 &&
    sheet.metadata.length === 0 &&
    sheet.charts.length === 0 &&
    sheet.protections.length === 0
  );
}

/** Whether a formula or validation rule of another sheet points at this one. */
function isReferenced(spreadsheet: InMemorySpreadsheet, sheet: InMemorySheet): boolean {
  const name = sheet.name.toLowerCase();
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = literal(sheet.name.replace(/'/g, "''"));
  const reference = new RegExp(`(?:'${quoted}'|(?<![\\w'])${literal(sheet.name)})!`, "i");
  const fromFormula = spreadsheet
    .formulaTexts()
    .some((f) => f.sheet !== sheet && reference.test(f.text));
  const fromRule = spreadsheet.allSheets().some((other) => {
    for (const [, , rule] of other.validations.entries()) {
      const target = rule.criteria === "VALUE_IN_RANGE" ? (rule.values[0] as RangeReference) : null;
      if (target?.sheetName.toLowerCase() === name) return true;
    }
    return false;
  });
  return fromFormula || fromRule;
}

function addSheet(
  workbook: ExcelJS.Workbook,
  spreadsheet: InMemorySpreadsheet,
  sheet: InMemorySheet,
  selected: boolean,
) {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  // tabSelected is written by exceljs but missing from its types.
  const view: Partial<ExcelJS.WorksheetView> & { tabSelected: boolean } = frozen
    ? {
        state: "frozen",
        ySplit: sheet.frozenRows,
        xSplit: sheet.frozenColumns,
        tabSelected: selected,
      }
    : { state: "normal", tabSelected: selected };
  const ws = workbook.addWorksheet(sheet.name, {
    views: [view],
    properties: { defaultColWidth: excelColumnWidth(SHEETS_COLUMN_PX) },
    pageSetup: {
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
      showGridLines: true,
      ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
    },
    headerFooter: { oddFooter: "&L&A&RPage &P of &N" },
  });
  for (const [column, pixels] of sheet.columnWidths) {
    ws.getColumn(column).width = excelColumnWidth(pixels);
  }
  addValidations(ws, sheet);

  const { rows, columns } = sheet.contentSize();
  if (rows === 0 || columns === 0) return;
  const values = sheet
    .rangeAt({ row: 1, column: 1, numRows: rows, numColumns: columns })
    .readValues();
  const marks = invalidCells(sheet, values);
  const formulas = spreadsheet.hf.getSheetFormulas(sheet.hfId);
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      const row = r + 1;
      const column = c + 1;
      const cell = ws.getCell(row, column);
      const formula = formulas[r]?.[c];
      const portable = formula !== undefined && isPortable(formula);
      const error = typeof value === "string" && EXCEL_ERRORS.has(value) ? { error: value } : null;
      if (formula && portable) {
        cell.value = { formula: formula.slice(1), result: (error ?? value) as never };
      } else if (formula && error) {
        cell.value = error as unknown as ExcelJS.CellErrorValue;
      } else {
        cell.value = value === "" ? null : (value as ExcelJS.CellValue);
      }
      const mark = marks.get(`${row}:${column}`);
      const notes = [sheet.notes.get(row, column)];
      if (formula && !portable) {
        notes.push(`Computed in Google Sheets by ${sheet.displayFormula(formula)}`);
      }
      notes.push(mark);
      const note = notes.filter(Boolean).join("\n\n");
      if (note) cell.note = note;
      const format = sheet.formats.get(row, column);
      if (format) cell.numFmt = format;
      const bold = sheet.fontWeights.get(row, column) === "bold";
      const color = sheet.fontColors.get(row, column);
      if (bold || color) {
        cell.font = {
          ...BASE_FONT,
          ...(bold ? { bold } : {}),
          ...(color ? { color: { argb: argb(color) } } : {}),
        };
      }
      const background = mark ? INVALID_FILL : sheet.backgrounds.get(row, column);
      if (background) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(background) } };
      }
    });
  });
}

/**
 * Cells whose value their validation rule does not accept, which Sheets marks with a red
 * corner, by "row:column", with a note saying what is wrong.
 */
function invalidCells(sheet: InMemorySheet, values: unknown[][]): Map<string, string> {
  const marks = new Map<string, string>();
  for (const [row, column, rule] of sheet.validations.entries()) {
    const value = values[row - 1]?.[column - 1];
    if (value === undefined || rule.accepts(value)) continue;
    marks.set(`${row}:${column}`, problem(rule, value));
  }
  return marks;
}

function problem(rule: FakeDataValidation, value: unknown): string {
  const numeric =
    rule.criteria === "NUMBER_GREATER_THAN_OR_EQUAL_TO" || rule.criteria === "NUMBER_BETWEEN";
  if (numeric && typeof value === "string") return TEXT_IN_NUMBER_NOTE;
  if (rule.criteria === "DATE_IS_VALID_DATE" && typeof value === "string") {
    return TEXT_IN_DATE_NOTE;
  }
  return rule.helpText || describe(rule);
}

/** What a rule asks for, in words, for a rule without help text. */
function describe(rule: FakeDataValidation): string {
  const [first, second] = rule.values;
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
      return `Not one of the allowed values: ${(first as string[]).join(", ")}.`;
    case "VALUE_IN_RANGE":
      return `Not one of the values listed in ${rangeFormula(first as RangeReference)}.`;
    case "DATE_IS_VALID_DATE":
      return "Not a date.";
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return `Not a number of ${first} or more.`;
    case "NUMBER_BETWEEN":
      return `Not a number from ${first} to ${second}.`;
  }
}

const rangeFormula = (range: RangeReference): string => {
  const { row, column, numRows, numColumns } = range.rect;
  const start = `$${columnLetter(column)}$${row}`;
  const end = `$${columnLetter(column + numColumns - 1)}$${row + numRows - 1}`;
  return `${quoteSheet(range.sheetName)}!${start}${start === end ? "" : `:${end}`}`;
};

/**
 * The sheet's validation rules as Excel data validations, one per rectangle of cells sharing
 * a rule: runs of rows in a column, then neighbouring columns with the same run.
 */
function addValidations(ws: ExcelJS.Worksheet, sheet: InMemorySheet): void {
  const byColumn = new Map<number, [row: number, rule: FakeDataValidation][]>();
  for (const [row, column, rule] of sheet.validations.entries()) {
    const cells = byColumn.get(column) ?? [];
    cells.push([row, rule]);
    byColumn.set(column, cells);
  }
  // Runs keyed by rule, then by "top:bottom", holding their columns.
  const runs = new Map<FakeDataValidation, Map<string, number[]>>();
  for (const [column, cells] of byColumn) {
    cells.sort((a, b) => a[0] - b[0]);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const [firstRow, rule] = cells[start] as [number, FakeDataValidation];
      const next = cells[i];
      const previousRow = (cells[i - 1] as [number, FakeDataValidation])[0];
      if (next && next[1] === rule && next[0] === previousRow + 1) continue;
      const spans = runs.get(rule) ?? new Map<string, number[]>();
      const key = `${firstRow}:${previousRow}`;
      spans.set(key, [...(spans.get(key) ?? []), column]);
      runs.set(rule, spans);
      start = i;
    }
  }
  // exceljs keeps them on the worksheet but leaves them out of its types.
  const { dataValidations: validations } = ws as unknown as {
    dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  };
  for (const [rule, spans] of runs) {
    const validation = excelValidation(rule);
    for (const [key, columns] of spans) {
      const [top, bottom] = key.split(":").map(Number) as [number, number];
      columns.sort((a, b) => a - b);
      let left = 0;
      for (let i = 1; i <= columns.length; i++) {
        const current = columns[i];
        const previous = columns[i - 1] as number;
        if (current === previous + 1) continue;
        const from = `${columnLetter(columns[left] as number)}${top}`;
        const to = `${columnLetter(previous)}${bottom}`;
        validations.add(from === to ? from : `${from}:${to}`, { ...validation });
        left = i;
      }
    }
  }
}

function excelValidation(rule: FakeDataValidation): ExcelJS.DataValidation {
  const help = rule.helpText.trim();
  const messages = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? "warning" : "stop",
    ...(help
      ? {
          showInputMessage: true,
          prompt: truncate(help, LIMITS.prompt),
          errorTitle: truncate("Influencer KPIs", LIMITS.title),
          error: truncate(help, LIMITS.error),
        }
      : {}),
  };
  const [first, second] = rule.values;
  switch (rule.criteria) {
    case "VALUE_IN_LIST": {
      const items = [...(first as readonly string[])].map(String);
      const list = items.join(",");
      // A literal list cannot hold commas and Excel refuses one longer than 255 characters:
      // such a rule keeps only its help text.
      if (items.some((item) => item.includes(",")) || list.length > LIST_LIMIT) {
        return { type: "any", formulae: [], ...messages } as unknown as ExcelJS.DataValidation;
      }
      return { type: "list", formulae: [`"${list.replace(/"/g, '""')}"`], ...messages };
    }
    case "VALUE_IN_RANGE":
      return { type: "list", formulae: [rangeFormula(first as RangeReference)], ...messages };
    case "DATE_IS_VALID_DATE":
      // Any date: serial 1 (1900-01-01) to 9999-12-31, the dates Excel can show.
      return {
        type: "date",
        operator: "between",
        formulae: [new Date(Date.UTC(1899, 11, 31)), new Date(Date.UTC(9999, 11, 31))],
        ...messages,
      };
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return {
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [first as number],
        ...messages,
      };
    case "NUMBER_BETWEEN":
      return {
        type: "decimal",
        operator: "between",
        formulae: [first as number, second as number],
        ...messages,
      };
  }
}

/** A one-line message saying the file could not be written, why, and what to do. */
async function cannotWrite(path: string, error: unknown, command: string): Promise<string> {
  const shown = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
  };
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  const reason = /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message.split("\n")[0] ?? message;
  const folder = `${shown(dirname(path))}/`;
  const again = `then run ${command} again.`;
  let advice: string;
  switch (code) {
    case "ENOTDIR":
    case "EEXIST": {
      const file = await fileInPath(dirname(path));
      advice = `${file ? shown(file) : folder} is a file, not a folder. Remove or rename it, ${again}`;
      break;
    }
    case "EISDIR":
      advice = `${shown(path)} is a folder. Remove or rename it, ${again}`;
      break;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      advice = `Make the ${folder} folder writable or remove the file (close it first if a spreadsheet program has it open), ${again}`;
      break;
    case "EBUSY":
      advice = `Close it in the spreadsheet program that has it open, ${again}`;
      break;
    case "ENOSPC":
      advice = `Free some disk space, ${again}`;
      break;
    default:
      advice = `Check that ${folder} is a folder you can write to, ${again}`;
  }
  return `Could not write ${shown(path)} (${code ? `${code}: ` : ""}${reason}). ${advice}`;
}

/** The part of a folder path that exists as a file, if any. */
async function fileInPath(folder: string): Promise<string | undefined> {
  for (let p = folder; dirname(p) !== p; p = dirname(p)) {
    const info = await stat(p).catch(() => undefined);
    if (info) return info.isFile() ? p : undefined;
  }
  return undefined;
}
