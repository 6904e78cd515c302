/** Why a file could not be read as a table: a catalog message, with what it names. */
import { type Message, message } from "../../../core/i18n/catalog";

export type FileProblem = Message;

export class FileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.key);
    this.name = "FileError";
  }
}

/** Stops reading the file with this problem. */
export const refuse = (key: FileProblem["key"], params?: FileProblem["params"]): never => {
  throw new FileError(message(key, params));
};

/** The largest file the dialog reads, and the most data rows it imports at once. */
export const LIMITS = { bytes: 20 * 1024 * 1024, rows: 100_000 } as const;
