/**
 * Turning planned cells into what setValues receives. Sheets reads a string written into a cell
 * as if it were typed there: "=…" runs as a formula, and "2025", "10%", "1/2" or "May 2025"
 * become numbers and dates (Range.setValues; the Sheets API's USER_ENTERED input). Spreadsheet
 * programs run "+", "-", "@", tab and carriage return as formulas too (OWASP, CSV injection).
 * So user text goes either into a plain-text cell, which keeps it as it is, or into any other
 * cell behind a leading apostrophe, the text mark Sheets does not show; only cells the add-on
 * built with formula() become formulas.
 */
import { dateSerial, isDate } from "../core/cells";
import { CalendarDay, type CellInput, isFormula } from "../sheets/workbook";

/**
 * A plain cell value for setValues into a cell of the given kind. A calendar day goes as its
 * serial number, the same day whatever the spreadsheet's time zone (Sheets' date serials:
 * "DATE" in the Sheets function list and the "Date and number formats" guide of the Sheets
 * API); a Date is an instant, as getValues returns it, and Sheets shows it in the spreadsheet's
 * time zone.
 */
export function toSheetValue(
  cell: CellInput | undefined,
  plainText: boolean,
): string | number | boolean | Date {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) {
    if (plainText) throw new Error(`A formula cannot go into a plain-text cell: ${cell.formula}`);
    return cell.formula;
  }
  if (typeof cell === "string") return plainText || cell === "" ? cell : `'${cell}`;
  if (typeof cell === "number" && !Number.isFinite(cell)) {
    throw new Error(`Cannot write ${cell} into a cell`);
  }
  if (cell instanceof CalendarDay) return dateSerial(new Date(`${cell.iso}T00:00:00Z`));
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) throw new Error("Cannot write an invalid date into a cell");
    return cell;
  }
  if (typeof cell === "object") throw new Error("Cannot write an object into a cell");
  return cell;
}
