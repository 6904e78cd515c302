/**
 * A payload from the import dialog, checked before anything is planned: its shape with zod/mini
 * (with caps on lengths so a hostile payload costs little), then every value against its
 * field's type: text a cell may hold, counts that are finite and not negative, amounts that are
 * numbers or text in another currency (which readNumber refuses as Settings' currency), days
 * that exist. A problem names the row and the field; nothing is written on one.
 */
import * as z from "zod/mini";
import { isoDay } from "../../core/framework/dates";
import { type Message, message } from "../../core/i18n/catalog";
import { readNumber } from "../../core/numbers";
import { cleanText } from "../../core/user-text";
import type { ImportRecord } from "./contract";
import {
  BATCH_KINDS,
  type BatchKind,
  FIELD_KEYS,
  FIELD_TYPES,
  type FieldKey,
  KIND_FIELDS,
  SIGNED,
} from "./fields";
import type { Period } from "./files/period";
import { LIMITS } from "./files/problem";

/** A payload once checked: clean text, and each field's values of its type. */
export interface ImportBatch {
  readonly kind: BatchKind;
  readonly source: string;
  readonly platform: string | null;
  readonly campaign: string;
  readonly influencer: string;
  readonly fields: readonly FieldKey[];
  readonly records: readonly ImportRecord[];
  readonly period: Period | null;
}

export interface PayloadProblem {
  /** The file's row, where the problem is a value's. */
  readonly line: number | null;
  readonly field: FieldKey | null;
  readonly problem: Message;
}

const MAX_TEXT = 50_000;
const MAX_NAME = 100;

function createSchema() {
  const name = z.string().check(z.maxLength(MAX_NAME));
  return z.object({
    kind: z.enum(BATCH_KINDS as [BatchKind, ...BatchKind[]]),
    source: z.string().check(z.maxLength(20)),
    platform: z.nullable(name),
    campaign: name,
    influencer: name,
    period: z.optional(
      z.nullable(
        z.object({
          from: z.string().check(z.maxLength(10)),
          to: z.string().check(z.maxLength(10)),
        }),
      ),
    ),
    fields: z
      .array(z.enum(FIELD_KEYS as [FieldKey, ...FieldKey[]]))
      .check(z.maxLength(FIELD_KEYS.length)),
    records: z
      .array(
        z.object({
          line: z.number().check(z.int(), z.positive()),
          values: z
            .array(z.union([z.string().check(z.maxLength(MAX_TEXT)), z.number(), z.null()]))
            .check(z.maxLength(FIELD_KEYS.length)),
        }),
      )
      .check(z.maxLength(LIMITS.rows)),
  });
}

let schema: ReturnType<typeof createSchema> | undefined;

/** Why a value cannot be one of this field, or undefined when it can. */
function valueProblem(
  field: FieldKey,
  value: string | number,
  currency: string,
): Message | undefined {
  const type = FIELD_TYPES[field];
  if (type === "text" || type === "date") {
    if (typeof value !== "string") return message("import.bad.notText");
    if (cleanText(value) !== value) return message("import.cell.control");
    if (type === "date" && isoDay(value) === undefined) return message("import.cell.notDate");
    return undefined;
  }
  if (typeof value === "string") {
    // Only an amount in another currency is kept as text: never a number written as text.
    const read = readNumber(value, undefined, currency);
    const other =
      type === "money" && read.kind === "bad" && read.problem.key === "problem.otherCurrency";
    return other && cleanText(value) === value ? undefined : message("import.bad.notNumber");
  }
  if (!Number.isFinite(value)) return message("problem.notFinite");
  if (value < 0 && !SIGNED.has(field)) return message("problem.negative", { value });
  return undefined;
}

export function readPayload(
  payload: unknown,
  currency: string,
):
  | { readonly ok: true; readonly batch: ImportBatch }
  | { readonly ok: false; readonly problems: readonly PayloadProblem[] } {
  schema ??= createSchema();
  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    return {
      ok: false,
      problems: [{ line: null, field: null, problem: message("import.bad.payload") }],
    };
  const data = parsed.data;
  const problems: PayloadProblem[] = [];
  const allowed = KIND_FIELDS[data.kind];
  data.fields.forEach((field, i) => {
    if (!allowed.includes(field) || data.fields.indexOf(field) !== i) {
      problems.push({ line: null, field, problem: message("import.bad.field") });
    }
  });
  const period = data.period ?? null;
  if (
    period &&
    (isoDay(period.from) === undefined ||
      isoDay(period.to) === undefined ||
      period.from > period.to ||
      data.kind !== "sessions")
  ) {
    problems.push({ line: null, field: null, problem: message("import.bad.payload") });
  }
  for (const name of [data.campaign, data.influencer, data.platform ?? ""]) {
    if (cleanText(name) !== name)
      problems.push({ line: null, field: null, problem: message("import.cell.control") });
  }
  for (const record of data.records) {
    if (record.values.length !== data.fields.length) {
      problems.push({ line: record.line, field: null, problem: message("import.bad.payload") });
      continue;
    }
    record.values.forEach((value, i) => {
      const field = data.fields[i] as FieldKey;
      const problem = value === null ? undefined : valueProblem(field, value, currency);
      if (problem) problems.push({ line: record.line, field, problem });
    });
    if (problems.length >= 50) break;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, batch: { ...data, period } };
}
