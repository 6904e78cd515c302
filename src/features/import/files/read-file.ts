/** A chosen file's bytes, or a pasted table's text, as a table (or the problem, in words). */
import { decodeFile } from "./decode";
import { readDelimited } from "./delimited";
import { FileError, type FileProblem, LIMITS, refuse } from "./problem";
import { type RawTable, toTable } from "./table";
import { readXlsx } from "./xlsx";

export type ReadFile = { readonly table: RawTable } | { readonly problem: FileProblem };

function attempt(read: () => RawTable): ReadFile {
  try {
    return { table: read() };
  } catch (error) {
    if (error instanceof FileError) return { problem: error.problem };
    throw error;
  }
}

export const readFileBytes = (bytes: Uint8Array): ReadFile =>
  attempt(() => {
    const decoded = decodeFile(bytes);
    return toTable("zip" in decoded ? readXlsx(decoded.zip) : readDelimited(decoded.text));
  });

export const readPasted = (text: string): ReadFile =>
  attempt(() => {
    if (text.length > LIMITS.bytes)
      refuse("import.file.tooLarge", { limit: LIMITS.bytes / (1024 * 1024) });
    if (text.trim() === "") refuse("import.file.empty");
    return toTable(readDelimited(text));
  });
