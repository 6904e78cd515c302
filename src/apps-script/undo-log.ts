/**
 * How the SpreadsheetApp port takes back what a failed action wrote. Before each write the port
 * reads what the write will change (one read per property of each block, so the calls stay
 * constant in rows) and records how to put it back; if the action throws, every step is undone,
 * newest first, and the spreadsheet is as it was: values, formulas, formats, validation, notes,
 * names, tags, protections, frozen panes and widths. A sheet made by the action is simply
 * deleted, so nothing of it is read.
 */

import { isBlank } from "../core/cells";
import { AUTOMATIC_FORMAT, TEXT_FORMAT } from "../sheets/templates/template";
import type { CellInput, Rect } from "../sheets/workbook";
import { toSheetValue } from "./cell-input";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class UndoLog {
  private readonly steps: (() => void)[] = [];

  /** Records how to take back the write about to happen. */
  record(undo: () => void): void {
    this.steps.push(undo);
  }

  /**
   * Takes every write back, newest first. A step that fails is logged and the others still
   * run: as much of the spreadsheet as can be is put back.
   */
  rollBack(): void {
    for (const undo of this.steps.splice(0).reverse()) {
      try {
        undo();
      } catch (error) {
        console.error("Could not take back a write of the failed action", error);
      }
    }
  }
}

/** Which properties of a block a write will set. */
interface Touched {
  readonly values?: boolean;
  readonly formats?: boolean;
  readonly validations?: boolean;
  readonly bold?: boolean;
  readonly backgrounds?: boolean;
  readonly notes?: boolean;
}

/** A block as it is now, for each property a write will touch. */
interface Saved {
  readonly range: Range;
  readonly values?: unknown[][];
  readonly formulas?: string[][];
  readonly formats?: string[][];
  readonly validations?: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][];
  readonly bold?: GoogleAppsScript.Spreadsheet.FontWeight[][];
  readonly backgrounds?: string[][];
  readonly notes?: string[][];
}

/** A block a write will change: where it is, and which of its properties. */
export interface Touch {
  readonly range: Range;
  readonly rect: Rect;
  readonly touched: Touched;
}

type Property = Exclude<keyof Saved, "range">;

/** What each property is read with, and which blocks' writes change it. */
const READS: readonly {
  readonly property: Property;
  readonly read: (range: Range) => unknown[][];
  readonly changedBy: (touched: Touched) => boolean | undefined;
}[] = [
  { property: "values", read: (r) => r.getValues(), changedBy: (t) => t.values },
  { property: "formulas", read: (r) => r.getFormulas(), changedBy: (t) => t.values },
  // Values are put back as text or not by the format of their cell.
  {
    property: "formats",
    read: (r) => r.getNumberFormats(),
    changedBy: (t) => t.formats || t.values,
  },
  { property: "validations", read: (r) => r.getDataValidations(), changedBy: (t) => t.validations },
  { property: "bold", read: (r) => r.getFontWeights(), changedBy: (t) => t.bold },
  { property: "backgrounds", read: (r) => r.getBackgrounds(), changedBy: (t) => t.backgrounds },
  { property: "notes", read: (r) => r.getNotes(), changedBy: (t) => t.notes },
];

/**
 * Reads what writes to these blocks of one sheet will change: one read per property, over the
 * smallest rectangle holding every block that changes it, each block's part cut from it.
 */
export function save(sheet: Sheet, blocks: readonly Touch[]): Saved[] {
  const saved: Record<string, unknown>[] = blocks.map(({ range }) => ({ range }));
  for (const { property, read, changedBy } of READS) {
    const which = blocks.flatMap((block, i) => (changedBy(block.touched) ? [i] : []));
    if (which.length === 0) continue;
    const rects = which.map((i) => (blocks[i] as Touch).rect);
    const top = Math.min(...rects.map((r) => r.row));
    const left = Math.min(...rects.map((r) => r.column));
    const bottom = Math.max(...rects.map((r) => r.row + r.numRows));
    const right = Math.max(...rects.map((r) => r.column + r.numColumns));
    const all = read(sheet.getRange(top, left, bottom - top, right - left));
    for (const i of which) {
      const { row, column, numRows, numColumns } = (blocks[i] as Touch).rect;
      (saved[i] as Record<string, unknown>)[property] = all
        .slice(row - top, row - top + numRows)
        .map((line) => line.slice(column - left, column - left + numColumns));
    }
  }
  return saved as unknown as Saved[];
}

/**
 * Puts saved blocks back. Formats go first, so values land as they were read: text into a
 * plain-text cell as it is and elsewhere behind the text mark, and formulas into cells that are
 * not plain text for the moment (a formula some earlier version wrote into a plain-text cell
 * gets its format back after it is a formula again).
 */
export function restore(blocks: readonly Saved[]): void {
  const heldFormulas: Saved[] = [];
  for (const block of blocks) {
    if (!block.formats) continue;
    const formulaIn = (r: number, c: number) => Boolean(block.formulas?.[r]?.[c]);
    const textFormula = block.formats.some((line, r) =>
      line.some((format, c) => format === TEXT_FORMAT && formulaIn(r, c)),
    );
    if (textFormula) heldFormulas.push(block);
    block.range.setNumberFormats(
      block.formats.map((line, r) =>
        line.map((format, c) =>
          format === TEXT_FORMAT && formulaIn(r, c) ? AUTOMATIC_FORMAT : format,
        ),
      ),
    );
  }
  for (const block of blocks) {
    if (block.validations) block.range.setDataValidations(block.validations);
    if (block.values && block.formulas && block.formats) restoreValues(block as SavedValues);
    if (block.bold) block.range.setFontWeights(block.bold);
    if (block.backgrounds) block.range.setBackgrounds(block.backgrounds);
    if (block.notes) block.range.setNotes(block.notes);
  }
  for (const block of heldFormulas) block.range.setNumberFormats(block.formats as string[][]);
}

type SavedValues = Saved & Required<Pick<Saved, "values" | "formulas" | "formats">>;

/**
 * Puts a block's values and formulas back. A cell an array formula filled (KPIRANGE's second
 * value, an ARRAYFORMULA's rows, from inside the block or above it) reads as a value without a
 * formula; written back as that value it would block the array (Sheets shows #REF!). So the
 * formulas go back first with every other cell cleared; a cell that then shows a value again is
 * filled by an array and stays clear, and the rest get their values.
 */
function restoreValues({ range, values, formulas, formats }: SavedValues): void {
  const formulaAt = (r: number, c: number) => formulas[r]?.[c] ?? "";
  const valueAt = (r: number, c: number) =>
    toSheetValue(values[r]?.[c] as CellInput, formats[r]?.[c] === TEXT_FORMAT);
  const valueOnly = (r: number, c: number) => !formulaAt(r, c) && !isBlank(values[r]?.[c]);
  if (!values.some((line, r) => line.some((_, c) => valueOnly(r, c)))) {
    range.setValues(values.map((line, r) => line.map((_, c) => formulaAt(r, c))));
    return;
  }
  range.setValues(values.map((line, r) => line.map((_, c) => formulaAt(r, c))));
  const filled = range.getValues();
  const restored = (keep: (r: number, c: number) => boolean) =>
    values.map((line, r) =>
      line.map((_, c) => formulaAt(r, c) || (keep(r, c) ? valueAt(r, c) : "")),
    );
  range.setValues(restored((r, c) => isBlank(filled[r]?.[c])));
  // An array that fills a cell with "" looks blank above: if a value written back now blocks
  // an array formula of its column (it shows #REF!), that cell was the array's. Clear it.
  const column = range.getColumn();
  const above = range.getSheet().getRange(1, column, range.getLastRow(), range.getNumColumns());
  const aboveFormulas = above.getFormulas();
  const aboveValues = above.getValues();
  const blocked = new Set<number>();
  aboveFormulas.forEach((line, r) => {
    line.forEach((text, c) => {
      if (text && aboveValues[r]?.[c] === "#REF!") blocked.add(c);
    });
  });
  if (blocked.size > 0) {
    range.setValues(restored((r, c) => isBlank(filled[r]?.[c]) && !blocked.has(c)));
  }
}

/** The add-on's protections of a sheet as they are now, to put back. */
export function saveProtections(sheet: Sheet, prefix: string): () => void {
  const before = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((protection) => protection.getDescription().startsWith(prefix))
    .map((protection) => ({
      range: protection.getRange(),
      description: protection.getDescription(),
      warningOnly: protection.isWarningOnly(),
    }));
  return () => {
    for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (protection.getDescription().startsWith(prefix)) protection.remove();
    }
    for (const { range, description, warningOnly } of before) {
      range.protect().setDescription(description).setWarningOnly(warningOnly);
    }
  };
}
