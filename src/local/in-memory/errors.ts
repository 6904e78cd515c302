/** How Google Sheets shows each HyperFormula error type. */
const SHEETS_ERRORS: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: "#DIV/0!",
  NA: "#N/A",
  VALUE: "#VALUE!",
  REF: "#REF!",
  NAME: "#NAME?",
  NUM: "#NUM!",
  ERROR: "#ERROR!",
  // Sheets shows a blocked spill and a circular reference as #REF!.
  SPILL: "#REF!",
  CYCLE: "#REF!",
};

export const sheetsErrorText = (type: string): string => SHEETS_ERRORS[type] ?? "#ERROR!";
