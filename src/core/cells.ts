/** What a cell holds, and the two questions every reader of cells asks. */

/** A cell as a spreadsheet hands it over: blank cells arrive as "". */
export type CellValue = string | number | boolean | Date;

/** Blank as a spreadsheet means it: "", null or undefined (a cell holding 0 is not blank). */
export const isBlank = (value: unknown): value is "" | null | undefined =>
  value === "" || value === null || value === undefined;

/** Dates from another realm (a vm context, another frame) are dates too. */
export const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === "[object Date]";
