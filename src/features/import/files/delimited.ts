/**
 * Delimited text (CSV, TSV, a table pasted from a web page or another sheet) as rows, with Papa
 * Parse. A first line "sep=;" names the delimiter, as Excel reads it, and is not a row; else
 * the delimiter is the one of comma, semicolon, tab and bar that splits the lines alike. GA4's
 * comment lines ("# Start date: 20260901") before the header are rows of one cell each, the
 * whole line, never split (they are titles, not the table's); a second GA4 section after a
 * blank line is not read. Broken quotes stop the reading, naming the row.
 */
import Papa from "papaparse";
import { refuse } from "./problem";
import type { GridRow } from "./table";

const SEP_LINE = /^"?sep=(.)"?\r?\n/i;

/**
 * The delimiter that splits the first lines alike, guessed on those lines without the blank
 * ones (a blank line would make every delimiter look uneven).
 */
function guessDelimiter(lines: readonly string[]): string {
  const sample = lines.filter((line) => line.trim() !== "").slice(0, 20);
  return Papa.parse(sample.join("\n"), {
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: "greedy",
  }).meta.delimiter;
}

export function readDelimited(text: string): GridRow[] {
  let body = text;
  let delimiter = "";
  const sep = SEP_LINE.exec(body);
  if (sep?.[1]) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
  }
  // Comment lines before the header: rows of their own, not parsed.
  const lines = body.split(/\r?\n/);
  const rows: GridRow[] = [];
  let comments = 0;
  while (comments < lines.length && /^(#|\s*$)/.test(lines[comments] ?? "")) {
    const line = (lines[comments] ?? "").trim();
    if (line !== "") rows.push({ line: comments + 1, cells: [line] });
    comments++;
  }
  const table = lines.slice(comments).join("\n");
  const parsed = Papa.parse<string[]>(table, {
    delimiter: delimiter || guessDelimiter(lines.slice(comments)),
    skipEmptyLines: false,
  });
  const broken = parsed.errors.find((error) => error.type === "Quotes");
  if (broken) refuse("import.file.quotes", { row: comments + (broken.row ?? 0) + 1 });
  for (const [i, cells] of parsed.data.entries()) {
    // A blank line, then "#": GA4's next section, another table.
    if (cells.every((c) => c.trim() === "") && /^#/.test(parsed.data[i + 1]?.[0] ?? "")) break;
    rows.push({ line: comments + i + 1, cells });
  }
  return rows;
}
