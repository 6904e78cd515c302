/** Column letters of A1 notation: 1 is "A", 27 is "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Quotes a sheet name for use in a formula: 'Campaign Tracker'!A1. */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
