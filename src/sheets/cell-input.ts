/**
 * Turning planned cells into what setValues receives. Sheets runs a string that starts with
 * "=" as a formula, and spreadsheet programs treat "+", "-", "@", tab and carriage return the
 * same way (OWASP, CSV injection); a leading apostrophe marks text and is not shown. So every
 * plain string that could be read as anything but text gets that apostrophe, and only cells
 * the add-on built with formula() become formulas.
 */
import { dateSerial, isDate } from "../core/cells";
import { type CellInput, isFormula } from "./workbook";

const NEEDS_TEXT_MARK = /^[=+\-@\t\r']/;

/**
 * A plain cell value for setValues. Dates go as serial numbers: a Date written as such is an
 * instant that Sheets shows in the spreadsheet's time zone, so a deadline made as midnight UTC
 * would land on the day before in New York; a serial is the same calendar day everywhere.
 * (Sheets' date serials: "DATE" in the Sheets function list and the "Date and number formats"
 * guide of the Sheets API.)
 */
export function toSheetValue(cell: CellInput | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return NEEDS_TEXT_MARK.test(cell) ? `'${cell}` : cell;
  if (typeof cell === "number" && !Number.isFinite(cell)) {
    throw new Error(`Cannot write ${cell} into a cell`);
  }
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) throw new Error("Cannot write an invalid date into a cell");
    return dateSerial(cell);
  }
  if (typeof cell === "object") throw new Error("Cannot write an object into a cell");
  return cell;
}

/** Quotes a sheet name for use in a formula: 'Campaign Tracker'!A1. */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A calendar day (yyyy-mm-dd) as the Date whose UTC fields name it: written as that day's serial. */
export const calendarDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
