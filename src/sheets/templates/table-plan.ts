/**
 * Plans what to paint for a column-based template (tracker, framework): all of it on a new
 * sheet, in one block; on an existing sheet only the add-on's own cells (headers, totals,
 * formulas, formats, validation), so a user's rows and columns are never moved or cleared.
 */
import { isBlank } from "../../core/cells";
import { normalise } from "../headers";
import {
  type Block,
  blankInHead,
  type CellInput,
  isFormula,
  type SheetHead,
  type SheetPaint,
  UserError,
  type Validation,
} from "../workbook";
import {
  COMPUTED_BLUE,
  type ColumnSpec,
  DEFAULT_WIDTH,
  HEADER_GREY,
  type Positions,
  personalFormat,
  type TableTemplate,
  TEXT_FORMAT,
  TOTALS_GREY,
} from "./template";

/** The cell the template puts at a row of a column, or undefined where it puts nothing. */
function templateCell(t: TableTemplate, column: ColumnSpec, row: number): CellInput | undefined {
  if (row === t.headerRow) return column.label;
  if (row === t.totalsRow) return column.total ?? null;
  if (row === t.formulaRow) return column.formula;
  return undefined;
}

const styleOf = (t: TableTemplate, column: ColumnSpec, row: number) => {
  if (row === t.headerRow)
    return { bold: true, background: column.computed ? COMPUTED_BLUE : HEADER_GREY };
  if (row === t.totalsRow) return { bold: true, background: TOTALS_GREY };
  return { bold: false, background: null };
};

function byPosition(t: TableTemplate, positions: Positions): Map<number, ColumnSpec> {
  return new Map(t.columns.map((c) => [positions[c.key] as number, c]));
}

/** Everything a new sheet needs, as one block covering the template. */
export function planNewTable(t: TableTemplate, positions: Positions): SheetPaint {
  const columns = byPosition(t, positions);
  const width = Math.max(...columns.keys());
  const rows = Array.from({ length: t.rows }, (_, r) => r + 1);
  const grid = <T>(cell: (column: ColumnSpec | undefined, row: number) => T): T[][] =>
    rows.map((row) => Array.from({ length: width }, (_, c) => cell(columns.get(c + 1), row)));
  const block: Block = {
    row: 1,
    column: 1,
    values: grid((c, row) => (c ? (templateCell(t, c, row) ?? null) : null)),
    formats: grid((c) => c?.format ?? TEXT_FORMAT),
    validations: grid((c, row) => (c && row >= t.firstDataRow ? (c.validation ?? null) : null)),
    bold: grid((c, row) => (c ? styleOf(t, c, row).bold : false)),
    backgrounds: grid((c, row) => (c ? styleOf(t, c, row).background : null)),
    notes: grid((c, row) => (c && row === t.headerRow ? (c.note ?? "") : "")),
  };
  return {
    newSheet: true,
    blocks: [block],
    frozenRows: t.frozenRows,
    // A new sheet has no frozen columns: say nothing when none are wanted.
    ...(t.frozenColumns > 0 ? { frozenColumns: t.frozenColumns } : {}),
    widths: widthRuns(t.columns, positions),
    protections: protections(t, positions),
  };
}

/** Runs of adjacent columns that share a width other than Sheets' default. */
function widthRuns(columns: readonly ColumnSpec[], positions: Positions) {
  const runs: { column: number; count: number; width: number }[] = [];
  const sorted = [...columns].sort((a, b) => (positions[a.key] ?? 0) - (positions[b.key] ?? 0));
  for (const c of sorted) {
    const width = c.width ?? DEFAULT_WIDTH;
    const column = positions[c.key] as number;
    const last = runs[runs.length - 1];
    if (last && last.column + last.count === column && last.width === width) last.count++;
    else if (width !== DEFAULT_WIDTH) runs.push({ column, count: 1, width });
  }
  return runs;
}

/** One warning-only protection per protected row of the template, over its columns' span. */
function protections(t: TableTemplate, positions: Positions) {
  return t.protections.map(({ rows, description }) => {
    const row = rows === "totals" ? (t.totalsRow ?? t.formulaRow) : t.formulaRow;
    const cols = t.columns
      .filter((c) => rows === "totals" || c.formula !== undefined)
      .map((c) => positions[c.key] as number);
    const first = Math.min(...cols);
    return {
      row,
      column: first,
      numRows: 1,
      numColumns: Math.max(...cols) - first + 1,
      description,
    };
  });
}

/**
 * Repaints an existing sheet's own cells. Cells of the template's rows (header, totals,
 * formulas) are rewritten where they are the add-on's or blank; formats and validation are
 * rewritten down the add-on's columns. Says whether anything of the add-on's had changed.
 */
export function planExistingTable(
  t: TableTemplate,
  positions: Positions,
  head: SheetHead,
  added: readonly string[],
  sheetName: string,
  /** The sheet's number formats now, from row 1 down, as far right as it reaches. */
  formats: readonly (readonly string[])[],
  /** Data cells whose format says what their amount is in, kept whatever it is (1-based). */
  keep: (row: number, column: number) => boolean = () => false,
): { paint: SheetPaint; repaired: boolean } {
  const columns = byPosition(t, positions);
  const width = Math.max(head.lastColumn, ...columns.keys());
  checkTotalsRow(t, columns, head, sheetName);
  const rows = [t.headerRow, t.totalsRow, t.formulaRow].filter((r): r is number => r !== undefined);
  const planned = rows.map((row) => ({ row, cells: plannedRow(t, columns, head, row, width) }));
  const repaired =
    added.length > 0 ||
    planned.some(({ row, cells }) => cells.some((cell, i) => differs(cell, head, row, i + 1)));
  const blocks: Block[] = [
    ...planned.flatMap(({ row, cells }) => rowBlocks(t, columns, row, cells)),
    ...formatBlocks(t, columns, width, head.maxRows, formats, keep),
    ...columnBlocks(
      columns,
      width,
      t.firstDataRow,
      head.maxRows,
      (c) => c.validation,
      "validations",
    ),
  ];
  const addedSpecs = t.columns.filter((c) => added.includes(c.key));
  return {
    repaired,
    paint: {
      columns: width,
      blocks,
      frozenRows: t.frozenRows,
      frozenColumns: t.frozenColumns,
      widths: widthRuns(addedSpecs, positions),
      protections: protections(t, positions),
    },
  };
}

/**
 * One template row as it will be written: the template's cell in the add-on's columns, null
 * (write nothing new) in a blank cell of another column, undefined where a user's cell is.
 */
function plannedRow(
  t: TableTemplate,
  columns: Map<number, ColumnSpec>,
  head: SheetHead,
  row: number,
  width: number,
): (CellInput | undefined)[] {
  return Array.from({ length: width }, (_, i) => {
    const column = columns.get(i + 1);
    const planned = column ? templateCell(t, column, row) : undefined;
    if (planned !== undefined) return planned;
    return blankInHead(head, row, i + 1) ? null : undefined;
  });
}

/** Whether a planned cell changes what the sheet shows (a formula's text, a label...). */
function differs(cell: CellInput | undefined, head: SheetHead, row: number, column: number) {
  if (cell === undefined) return false;
  const current = head.formulas[row - 1]?.[column - 1] || head.values[row - 1]?.[column - 1];
  if (cell === null) return !isBlank(current);
  const text = isFormula(cell) ? cell.formula : cell;
  return normalise(text) !== normalise(current);
}

/** A template row's writable runs, each one block of values and styles. */
function rowBlocks(
  t: TableTemplate,
  columns: Map<number, ColumnSpec>,
  row: number,
  cells: readonly (CellInput | undefined)[],
): Block[] {
  return runsOf(cells.map((cell) => cell !== undefined)).map((run) => {
    const span = Array.from({ length: run.count }, (_, i) => run.start + i);
    const style = (c: number) => {
      const column = columns.get(c);
      return column ? styleOf(t, column, row) : { bold: false, background: null };
    };
    return {
      row,
      column: run.start,
      values: [span.map((c) => cells[c - 1] ?? null)],
      bold: [span.map((c) => style(c).bold)],
      backgrounds: [span.map((c) => style(c).background)],
      ...(row === t.headerRow ? { notes: [span.map((c) => columns.get(c)?.note ?? "")] } : {}),
    };
  });
}

/**
 * The number formats of the add-on's columns, one block per run of adjacent add-on columns (a
 * user's column in between keeps its own). The template's own cells (headers, totals, formulas)
 * get the column's format; a data cell keeps a format a person chose (a user's "0.000", the
 * unit format the wizard gave a KPI's row) and one that says what its amount is in (`keep`),
 * and takes the column's where it has none or has the add-on's money or date format of another
 * currency or locale.
 */
function formatBlocks(
  t: TableTemplate,
  columns: Map<number, ColumnSpec>,
  width: number,
  to: number,
  current: readonly (readonly string[])[],
  keep: (row: number, column: number) => boolean,
): Block[] {
  const own = (row: number, column: ColumnSpec) =>
    row === t.headerRow ||
    row === t.totalsRow ||
    (row === t.formulaRow && column.formula !== undefined);
  return columnBlocks(columns, width, 1, to, (c) => c.format, "formats").map((block) => ({
    ...block,
    formats: (block.formats ?? []).map((line, r) =>
      line.map((wanted, i) => {
        const row = block.row + r;
        const column = columns.get(block.column + i) as ColumnSpec;
        const now = current[row - 1]?.[block.column + i - 1] ?? "";
        // Before the add-on's own cells: the formula row is also the first row of data.
        if (now !== "" && keep(row, block.column + i)) return now;
        if (own(row, column)) return wanted;
        return personalFormat(now, wanted) ? now : wanted;
      }),
    ),
  }));
}

/**
 * A column property (format or validation) from a row to the last, one block per run of
 * adjacent add-on columns that have it: a user's column in between keeps its own.
 */
function columnBlocks<P extends "formats" | "validations">(
  columns: Map<number, ColumnSpec>,
  width: number,
  from: number,
  to: number,
  property: (c: ColumnSpec) => (P extends "formats" ? string : Validation) | undefined,
  name: P,
): Block[] {
  const has = Array.from({ length: width }, (_, i) => {
    const column = columns.get(i + 1);
    return column !== undefined && property(column) !== undefined;
  });
  return runsOf(has).map((run) => {
    const line = Array.from({ length: run.count }, (_, i) =>
      property(columns.get(run.start + i) as ColumnSpec),
    );
    const grid = Array.from({ length: to - from + 1 }, () => line);
    return { row: from, column: run.start, [name]: grid } as Block;
  });
}

/**
 * The totals row must still be the totals row: if a user deleted it, posts moved up into it
 * and writing totals there would overwrite one. Say so instead of writing.
 */
function checkTotalsRow(
  t: TableTemplate,
  columns: Map<number, ColumnSpec>,
  head: SheetHead,
  sheetName: string,
): void {
  if (t.totalsRow === undefined) return;
  const row = t.totalsRow;
  for (const [c, column] of columns) {
    if (column.total !== null && column.total !== undefined) continue;
    if (column.computed) continue;
    const value = head.values[row - 1]?.[c - 1];
    if (!isBlank(value) && !head.formulas[row - 1]?.[c - 1]) {
      throw new UserError({
        key: "err.totalsGone",
        params: { row, sheet: sheetName, column: column.label, value: String(value) },
      });
    }
  }
}

/** Runs of consecutive true entries, as 1-based start and length. */
function runsOf(flags: readonly boolean[]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  flags.forEach((flag, i) => {
    const last = runs[runs.length - 1];
    if (!flag) return;
    if (last && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1 });
  });
  return runs;
}
