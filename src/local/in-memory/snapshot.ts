/**
 * Everything the in-memory spreadsheet holds, as plain data to compare: each sheet's cells
 * (values and formulas), formats, weights, backgrounds, colours, notes, validation, protections,
 * tags, charts, frozen panes, widths and size, and the named ranges. An action that fails must
 * leave the snapshot as it found it.
 */
import { a1Notation } from "./a1";
import type { FakeDataValidation, RangeReference } from "./builders";
import type { CellGrid } from "./cell-grid";
import type { InMemorySheet } from "./sheet";
import type { InMemorySpreadsheet } from "./spreadsheet";

/** A property's value that means the same as none at all. */
const UNSET: Readonly<Record<string, string>> = {
  formats: "",
  fontWeights: "normal",
  backgrounds: "#ffffff",
  notes: "",
};

const where = (range: RangeReference) => `${range.sheetName}!${a1Notation(range.rect)}`;

function cells<T>(grid: CellGrid<T>, show: (value: T) => unknown, unset?: string) {
  const found: Record<string, unknown> = {};
  for (const [row, column, value] of grid.entries()) {
    if (value === unset) continue;
    found[a1Notation({ row, column, numRows: 1, numColumns: 1 })] = show(value);
  }
  return found;
}

const rule = (validation: FakeDataValidation) => ({
  criteria: validation.criteria,
  values: validation.values.map((value) =>
    value && typeof value === "object" && "rect" in value ? where(value as RangeReference) : value,
  ),
  allowInvalid: validation.allowInvalid,
  helpText: validation.helpText,
});

function sheetSnapshot(sheet: InMemorySheet) {
  const hf = sheet.spreadsheet.hf;
  const values = hf.getSheetValues(sheet.hfId);
  const formulas = hf.getSheetFormulas(sheet.hfId);
  const content: Record<string, unknown> = {};
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      const formula = formulas[r]?.[c];
      if (value === null && !formula) return;
      const at = a1Notation({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 });
      content[at] = formula ? sheet.displayFormula(formula) : value;
    });
  });
  return {
    name: sheet.name,
    size: [sheet.maxRows, sheet.maxColumns],
    frozen: [sheet.frozenRows, sheet.frozenColumns],
    widths: Object.fromEntries([...sheet.columnWidths].sort(([a], [b]) => a - b)),
    content,
    formats: cells(sheet.formats, String, UNSET.formats),
    fontWeights: cells(sheet.fontWeights, String, UNSET.fontWeights),
    backgrounds: cells(sheet.backgrounds, String, UNSET.backgrounds),
    fontColors: cells(sheet.fontColors, String),
    notes: cells(sheet.notes, String, UNSET.notes),
    validations: cells(sheet.validations, rule),
    protections: sheet.protections.map((p) => ({
      range: where(p.range),
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    metadata: sheet.metadata.map((m) => ({ ...m })),
    charts: sheet.charts.map((chart) => ({
      type: chart.type,
      ranges: chart.ranges.map(where),
      position: chart.position,
      headers: chart.numHeaders,
    })),
  };
}

export function workbookSnapshot(spreadsheet: InMemorySpreadsheet) {
  return {
    sheets: spreadsheet.allSheets().map(sheetSnapshot),
    names: Object.fromEntries(
      spreadsheet.hf
        .listNamedExpressions()
        .sort()
        .map((name) => [name, spreadsheet.hf.getNamedExpressionFormula(name)]),
    ),
  };
}
