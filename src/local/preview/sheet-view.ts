/**
 * One sheet of the in-memory spreadsheet as the preview's grid shows it: each cell's text
 * under its number format, its formula (or the value as typed) for the formula bar, its
 * alignment, weight, colours and note; column widths, frozen rows and columns, the add-on's
 * protected cells and its charts, drawn. Read without counting calls of the add-on.
 */
import type { Rect } from "../in-memory/a1";
import type { InMemorySheet } from "../in-memory/sheet";
import { alignment, cellInput, cellText, type Where } from "./cell-text";
import { drawChart } from "./charts";
import type { GridCell, SheetView } from "./views";

/** Rows and columns past the last filled one, to type into. */
const ROOM = { rows: 20, columns: 3 };
const MIN = { rows: 40, columns: 12 };

export function sheetView(sheet: InMemorySheet, where: Where): SheetView {
  const { rows: lastRow, columns: lastColumn } = sheet.contentSize();
  const charts = sheet.charts.map((chart) => drawChart(chart, where));
  const chartColumns = charts.map((chart) => chart.column + Math.ceil(chart.width / 100));
  const rect: Rect = {
    row: 1,
    column: 1,
    numRows: Math.min(sheet.maxRows, Math.max(lastRow + ROOM.rows, MIN.rows)),
    numColumns: Math.min(
      sheet.maxColumns,
      Math.max(lastColumn + ROOM.columns, MIN.columns, ...chartColumns),
    ),
  };
  const values = sheet.rangeAt(rect).readValues();
  const hf = sheet.spreadsheet.hf;
  const formulas = hf.getRangeFormulas({
    start: { sheet: sheet.hfId, row: 0, col: 0 },
    end: { sheet: sheet.hfId, row: rect.numRows - 1, col: rect.numColumns - 1 },
  });
  const formats = sheet.formats.read(rect, "");
  const weights = sheet.fontWeights.read(rect, "normal");
  const backgrounds = sheet.backgrounds.read(rect, "");
  const colors = sheet.fontColors.read(rect, "");
  const notes = sheet.notes.read(rect, "");
  const cells = values.map((line, r) =>
    line.map((value, c): GridCell => {
      const format = formats[r]?.[c] ?? "";
      const formula = formulas[r]?.[c];
      const align = alignment(value);
      const background = backgrounds[r]?.[c];
      const color = colors[r]?.[c];
      const note = notes[r]?.[c];
      return {
        text: cellText(value, format, where),
        input: formula ? sheet.displayFormula(formula) : cellInput(value, format, where),
        ...(formula && { formula: true as const }),
        ...(align !== "left" && { align }),
        ...(weights[r]?.[c] === "bold" && { bold: true as const }),
        ...(background && background !== "#ffffff" && { background }),
        ...(color && { color }),
        ...(note && { note }),
      };
    }),
  );
  return {
    name: sheet.name,
    cells,
    widths: Array.from({ length: rect.numColumns }, (_, c) => sheet.columnWidths.get(c + 1) ?? 100),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    charts,
    protections: sheet.protections.map((p) => ({
      ...(p.range as unknown as { rect: Rect }).rect,
      description: p.description,
    })),
  };
}
