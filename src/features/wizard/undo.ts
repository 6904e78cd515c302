/**
 * Undo of a framework write, under the document lock, in a fixed number of calls. Before the
 * write, what it will change is read; after it, that is kept with the KPI Framework sheet
 * (developer metadata only the add-on sees) with a fingerprint of what the write produced, and
 * the sidebar gets a ticket naming the write. Undo puts the rows back exactly as they were
 * (values, formulas, formats, notes; rows the write inserted are deleted) only while that
 * write is the latest and its rows still hold what it wrote: a stale or forged ticket, or rows
 * edited since, change nothing.
 */
import { type Catalog, format } from "../../core/i18n/catalog";
import {
  type Block,
  type CellInput,
  formula,
  type SheetRef,
  type WorkbookPort,
} from "../../sheets/workbook";
import type { UndoOutcome, UndoTicket } from "./contract";
import type { RowsPlan, WriteExtent } from "./framework-rows";
import {
  type ColumnsBefore,
  fingerprint,
  newUndoId,
  readRecord,
  readTicket,
  storedValue,
  storeValue,
  type UndoRecord,
} from "./undo-record";

const UNDO_KEY = "influencer-kpis.undo";
/**
 * Developer metadata holds 30,000 characters per spreadsheet, the add-on's tags included: a
 * write whose rows take more than this gets no Undo.
 */
const RECORD_LIMIT = 15_000;

const span = (extent: WriteExtent) => {
  const left = Math.min(...extent.columns.map((run) => run.start));
  const right = Math.max(...extent.columns.map((run) => run.start + run.count - 1));
  return { left, width: right - left + 1 };
};

/** The rows a write is about to change, as they are: read before its first write. */
export function readBefore(port: WorkbookPort, sheet: SheetRef, plan: RowsPlan) {
  const { first, last, inserted, actual } = plan.extent;
  // Rows inserted are new: only those above them were there before.
  const rows = Math.max(0, (inserted ? Math.min(last, inserted.after) : last) - first + 1);
  if (rows === 0) return { rows, columns: [], notes: [] };
  const { left, width } = span(plan.extent);
  const rect = { row: first, numRows: rows };
  const formulas = port.readFormulas(sheet, { ...rect, column: left, numColumns: width });
  const formats = port.readFormats(sheet, { ...rect, column: left, numColumns: width });
  const notes = port.readNotes(sheet, { ...rect, column: actual, numColumns: 1 });
  const lines = Array.from({ length: rows }, (_, r) => r);
  const columns = plan.extent.columns.map(({ start, count }): ColumnsBefore => {
    const cut = <T>(grid: readonly (readonly T[])[]) =>
      lines.map((r) => (grid[r] ?? []).slice(start - left, start - left + count));
    return {
      values: lines.map((r) =>
        Array.from({ length: count }, (_, c) =>
          storeValue(plan.values[first - 1 + r]?.[start - 1 + c]),
        ),
      ),
      formulas: cut(formulas),
      formats: cut(formats),
    };
  });
  return { rows, columns, notes };
}

/** What the rows of a write hold now: formulas as written, values, notes. */
function rowsNow(port: WorkbookPort, sheet: SheetRef, extent: WriteExtent): string {
  const { first, last, actual } = extent;
  const { left, width } = span(extent);
  const rect = { row: first, numRows: last - first + 1 };
  const values = port.readTable(sheet);
  const formulas = port.readFormulas(sheet, { ...rect, column: left, numColumns: width });
  const notes = port.readNotes(sheet, { ...rect, column: actual, numColumns: 1 });
  const cells = formulas.map((line, r) =>
    extent.columns.flatMap(({ start, count }) =>
      Array.from({ length: count }, (_, c) => {
        const column = start + c;
        // A formula's value follows the tracker; the formula itself is what was written.
        return line[column - left] || storeValue(values[first - 1 + r]?.[column - 1]);
      }),
    ),
  );
  return fingerprint(JSON.stringify([cells, notes]));
}

/**
 * Keeps how to take back the write just made, replacing the last write's; none (null) for a
 * write too large to keep.
 */
export function keepUndo(
  port: WorkbookPort,
  sheet: SheetRef,
  campaign: string,
  extent: WriteExtent,
  before: UndoRecord["before"],
): UndoTicket | null {
  const record: UndoRecord = {
    id: newUndoId(),
    campaign,
    maxRows: port.maxRows(sheet),
    extent,
    after: rowsNow(port, sheet, extent),
    before,
  };
  const text = JSON.stringify(record);
  const kept = text.length <= RECORD_LIMIT;
  port.setSheetRecord(sheet, UNDO_KEY, kept ? text : null);
  return kept ? { id: record.id } : null;
}

/** The blocks that put the rows back as they were. */
function restoringBlocks({ extent, before }: UndoRecord): Block[] {
  if (before.rows === 0) return [];
  const blocks: Block[] = extent.columns.map(({ start }, i) => {
    const { values, formulas, formats } = before.columns[i] as ColumnsBefore;
    return {
      row: extent.first,
      column: start,
      values: values.map((line, r) =>
        line.map((value, c): CellInput => {
          const written = formulas[r]?.[c];
          return written ? formula(written) : storedValue(value);
        }),
      ),
      formats,
    };
  });
  blocks.push({ row: extent.first, column: extent.actual, notes: before.notes });
  return blocks;
}

/**
 * Takes a write back if the ticket names the latest write and its rows hold what it wrote;
 * otherwise says why not, and changes nothing.
 */
export function undoWrite(
  port: WorkbookPort,
  sheet: () => SheetRef,
  payload: unknown,
  catalog: Catalog,
): UndoOutcome {
  const refuse = (reason: "wizard.undo.gone" | "wizard.undo.changed" | "draft.malformed") => ({
    ok: false as const,
    message: format(catalog, reason),
  });
  const ticket = readTicket(payload);
  if (!ticket) return refuse("draft.malformed");
  return port.withDocumentLock((): UndoOutcome => {
    const framework = sheet();
    const record = readRecord(port.sheetRecord(framework, UNDO_KEY));
    if (!record || record.id !== ticket.id) return refuse("wizard.undo.gone");
    const { extent } = record;
    const unchanged =
      port.maxRows(framework) === record.maxRows &&
      rowsNow(port, framework, extent) === record.after;
    if (!unchanged || record.before.columns.length !== extent.columns.length) {
      return refuse("wizard.undo.changed");
    }
    if (extent.inserted) {
      port.deleteRows(framework, extent.inserted.after + 1, extent.inserted.count);
    }
    const blocks = restoringBlocks(record);
    if (blocks.length > 0) port.paint(framework, { blocks });
    port.setSheetRecord(framework, UNDO_KEY, null);
    return { ok: true, campaign: record.campaign, sheet: framework.name };
  });
}
