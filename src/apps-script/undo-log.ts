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
 * Puts a block's values and formulas back. A cell an array formula fills (KPIRANGE's second
 * value, an ARRAYFORMULA's rows) reads as a value without a formula, and written back as that
 * value it blocks the array (Sheets shows #REF!). So once the block is back, an array formula
 * of its columns that shows #REF! (and did not before) gets the cells it fills cleared: those
 * to its right in its row and below it in its column, up to the next formula.
 */
function restoreValues({ range, values, formulas, formats }: SavedValues): void {
  const formulaAt = (r: number, c: number) => formulas[r]?.[c] ?? "";
  const restored = values.map((line, r) =>
    line.map(
      (value, c) =>
        formulaAt(r, c) || toSheetValue(value as CellInput, formats[r]?.[c] === TEXT_FORMAT),
    ),
  );
  range.setValues(restored);
  const top = range.getRow();
  const above = range
    .getSheet()
    .getRange(1, range.getColumn(), range.getLastRow(), range.getNumColumns());
  const aboveFormulas = above.getFormulas();
  const aboveValues = above.getValues();
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const clear = new Set<string>();
  const add = (r: number, c: number) => {
    if (!isBlank(values[r]?.[c])) clear.add(`${r},${c}`);
  };
  const fillDown = (c: number, from: number) => {
    for (let r = from; r < rows && !formulaAt(r, c); r++) add(r, c);
  };
  aboveFormulas.forEach((line, at) => {
    line.forEach((text, c) => {
      if (!text || aboveValues[at]?.[c] !== "#REF!") return;
      const r = at + 1 - top;
      if (r < 0) {
        fillDown(c, 0);
        return;
      }
      if (values[r]?.[c] === "#REF!") return;
      fillDown(c, r + 1);
      for (let right = c + 1; right < columns && !formulaAt(r, right); right++) {
        add(r, right);
      }
    });
  });
  // Cell by cell: writing the block again would enter its array formulas again as well.
  const sheet = range.getSheet();
  for (const cell of clear) {
    const [r, c] = cell.split(",").map(Number) as [number, number];
    sheet.getRange(top + r, range.getColumn() + c).setValue("");
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
