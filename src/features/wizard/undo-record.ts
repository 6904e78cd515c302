/**
 * What Undo keeps of a framework write, as the text stored with the KPI Framework sheet: the
 * cells the write changed as they were before it (values, formulas, formats, the Actual
 * column's notes), where they are, and a fingerprint of what the write put there. Both the
 * ticket a page sends and the stored record are checked with zod/mini before use.
 */
import * as z from "zod/mini";
import { type CellValue, isDate } from "../../core/cells";
import type { WriteExtent } from "./framework-rows";

/** A cell value as JSON: a date as its instant in milliseconds. */
type Stored = string | number | boolean | { readonly d: number };

export interface ColumnsBefore {
  readonly values: readonly (readonly Stored[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly formats: readonly (readonly string[])[];
}

export interface UndoRecord {
  readonly id: string;
  readonly campaign: string;
  /** The sheet's row count after the write: rows added or removed since make Undo stale. */
  readonly maxRows: number;
  readonly extent: WriteExtent;
  /** fingerprint() of the rows as the write left them. */
  readonly after: string;
  /** Rows first to first + rows - 1 as they were: those the write found (new ones aside). */
  readonly before: {
    readonly rows: number;
    /** One per run of extent.columns. */
    readonly columns: readonly ColumnsBefore[];
    readonly notes: readonly (readonly string[])[];
  };
}

export const storeValue = (value: CellValue | undefined): Stored =>
  value === undefined ? "" : isDate(value) ? { d: value.getTime() } : value;

export const storedValue = (value: Stored): CellValue =>
  typeof value === "object" ? new Date(value.d) : value;

/**
 * 64 bits of two FNV-1a hashes: whether the rows still hold what the write left there. The
 * record stays with the spreadsheet, so this guards against edits, not against forgery.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

/** A write's name: what a ticket carries, and what the stored record must match. */
const ID = /^[a-z0-9]{8,40}$/;

export const newUndoId = (): string =>
  (Date.now().toString(36) + Math.random().toString(36).slice(2, 12)).replace(/[^a-z0-9]/g, "");

let schemas: ReturnType<typeof createSchemas> | undefined;

function createSchemas() {
  const grid = <T extends z.ZodMiniType>(item: T) => z.array(z.array(item));
  const row = z.number().check(z.int(), z.gte(1));
  const stored = z.union([z.string(), z.number(), z.boolean(), z.object({ d: z.number() })]);
  const run = z.object({ start: row, count: row });
  const ticket = z.object({ id: z.string().check(z.regex(ID)) });
  const record = z.object({
    id: z.string().check(z.regex(ID)),
    campaign: z.string(),
    maxRows: row,
    extent: z.object({
      first: row,
      last: row,
      columns: z.array(run),
      actual: row,
      inserted: z.nullable(z.object({ after: row, count: row })),
    }),
    after: z.string(),
    before: z.object({
      rows: z.number().check(z.int(), z.gte(0)),
      columns: z.array(
        z.object({ values: grid(stored), formulas: grid(z.string()), formats: grid(z.string()) }),
      ),
      notes: grid(z.string()),
    }),
  });
  return { ticket, record };
}

/** Built on first use, so loading the server file does no work. */
const undoSchemas = () => {
  schemas ??= createSchemas();
  return schemas;
};

/** A ticket from a page, or undefined if it is not one. */
export function readTicket(payload: unknown): { readonly id: string } | undefined {
  const parsed = undoSchemas().ticket.safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}

/** The stored record, or undefined if there is none or it is not one. */
export function readRecord(text: string | null): UndoRecord | undefined {
  if (text === null) return undefined;
  try {
    const parsed = undoSchemas().record.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
