/**
 * What an import plans for the tracker, before anything is written: cells to change in existing
 * rows, rows to add, and what the reader is shown about them. A planned cell equal to what the
 * tracker holds is no change, so importing a file again changes nothing; a cell holding a
 * person's formula is theirs and is kept, and listed.
 */
import { type CellValue, isBlank } from "../../core/cells";
import type { TrackerInputKey } from "../../core/tracker-columns";
import type { InputCell, InputCells, TrackerCells } from "../../sheets/readers/tracker-cells";
import type { PlannedCells, TrackerChanges } from "../../sheets/tracker-writes";
import { CalendarDay, type CellInput } from "../../sheets/workbook";
import type { KeptCell, RowChange, SalesSummary, Skipped } from "./contract";

/** Rows whose changes are shown, at most: the preview lists these, the counts cover all. */
export const SHOWN_ROWS = 200;

export interface Plan {
  readonly changes: TrackerChanges;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly withoutCampaign: number;
  /** The first rows that change, with their cells (SHOWN_ROWS at most). */
  readonly rows: readonly RowChange[];
  readonly kept: readonly KeptCell[];
  readonly skipped: readonly Skipped[];
  readonly sales: SalesSummary | null;
}

/** A planned cell as the reader is shown it. */
export const shown = (cell: CellInput): string | number =>
  cell instanceof CalendarDay ? cell.iso : typeof cell === "number" ? cell : String(cell ?? "");

/** A cell as read, as the reader is shown it (a day as ISO text). */
const asRead = (cell: InputCell): CellValue => (cell instanceof CalendarDay ? cell.iso : cell);

/** Whether a cell already holds what the plan would write. */
function holds(existing: InputCell, next: CellInput): boolean {
  if (next === "" || next === null) return isBlank(existing);
  if (next instanceof CalendarDay)
    return existing instanceof CalendarDay && existing.iso === next.iso;
  if (typeof next === "number") return existing === next;
  return typeof existing === "string" && existing.trim() === String(next);
}

/** Changes to existing rows, cell by cell: what changes, and formulas kept. */
export class RowEdits {
  readonly updates = new Map<number, Partial<Record<TrackerInputKey, CellInput>>>();
  readonly rows: RowChange[] = [];
  readonly kept: KeptCell[] = [];

  constructor(private readonly tracker: TrackerCells | null) {}

  /** Plans a row's cells; true when any of them changes. */
  edit(
    row: { readonly row: number; readonly cells: InputCells },
    cells: PlannedCells,
    label: string,
    line: number,
  ): boolean {
    const changed: Partial<Record<TrackerInputKey, CellInput>> = {};
    const shownCells: RowChange["cells"][number][] = [];
    for (const [key, next] of Object.entries(cells) as [TrackerInputKey, CellInput][]) {
      const from = row.cells[key];
      if (holds(from, next)) continue;
      const formula = this.tracker?.formulas.get(row.row)?.get(key);
      if (formula) {
        this.kept.push({ row: row.row, key, formula });
        continue;
      }
      changed[key] = next;
      shownCells.push({ key, from: asRead(from), to: shown(next) });
    }
    if (shownCells.length === 0) return false;
    this.updates.set(row.row, { ...this.updates.get(row.row), ...changed });
    if (this.rows.length < SHOWN_ROWS)
      this.rows.push({ line, row: row.row, label, cells: shownCells });
    return true;
  }
}
