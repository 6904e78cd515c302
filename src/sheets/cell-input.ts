/**
 * Turning planned cells into what setValues receives. Sheets runs a string that starts with
 * "=" as a formula, and spreadsheet programs treat "+", "-", "@", tab and carriage return the
 * same way (OWASP, CSV injection); a leading apostrophe marks text and is not shown. So every
 * plain string that could be read as anything but text gets that apostrophe, and only cells
 * the add-on built with formula() become formulas.
 */
import { type CellInput, isFormula } from "./workbook";

const NEEDS_TEXT_MARK = /^[=+\-@\t\r']/;

export function toSheetValue(cell: CellInput | undefined): string | number | boolean | Date {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return NEEDS_TEXT_MARK.test(cell) ? `'${cell}` : cell;
  if (typeof cell === "number" && !Number.isFinite(cell)) {
    throw new Error(`Cannot write ${cell} into a cell`);
  }
  if (typeof cell === "object" && !(cell instanceof Date)) {
    throw new Error("Cannot write an object into a cell");
  }
  return cell;
}

/** Quotes a sheet name for use in a formula: 'Campaign Tracker'!A1. */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
