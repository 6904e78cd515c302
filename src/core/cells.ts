/** What a cell holds, and the two questions every reader of cells asks. */

/** A cell as a spreadsheet hands it over: blank cells arrive as "". */
export type CellValue = string | number | boolean | Date;

/** Blank as a spreadsheet means it: "", null or undefined (a cell holding 0 is not blank). */
export const isBlank = (value: unknown): value is "" | null | undefined =>
  value === "" || value === null || value === undefined;

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as a spreadsheet serial number (days since 1899-12-30), read from its UTC fields. */
export const dateSerial = (date: Date): number => (date.getTime() - SERIAL_EPOCH) / DAY_MS;

/** The instant whose UTC fields a serial number stands for: the inverse of dateSerial. */
export const serialInstant = (serial: number): number => SERIAL_EPOCH + serial * DAY_MS;

/** Dates from another realm (a vm context, another frame) are dates too. */
export const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === "[object Date]";
