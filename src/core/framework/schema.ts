/**
 * The shape of a draft as it arrives from the sidebar, checked with zod/mini before the
 * builder reads it: types only (ids are any text here; the builder knows which exist), with
 * generous caps on list lengths so a hostile payload costs little. Problems come back as
 * field errors like the builder's.
 */
import * as z from "zod/mini";
import { type Message, message } from "../i18n/catalog";
import type { DraftInput, FieldError } from "./model";

function createSchema() {
  const text = z.string();
  const list = <T extends z.ZodMiniType>(item: T, max: number) =>
    z.array(item).check(z.maxLength(max));
  const kpi = z.object({
    kpi: text,
    metrics: list(text, 20),
    baseline: z.number(),
    target: z.number(),
    deadline: text,
    owner: text,
    tactic: text,
  });
  return z.object({
    goal: z.nullable(text),
    secondaryGoal: z.nullable(text),
    campaign: text,
    start: text,
    end: text,
    budget: z.nullable(z.number()),
    kpis: list(kpi, 50),
  });
}

let schema: ReturnType<typeof createSchema> | undefined;

/** Built on first use, so loading the script does no work. */
export const frameworkDraftSchema = () => {
  schema ??= createSchema();
  return schema;
};

type ReadDraft =
  | { readonly ok: true; readonly draft: DraftInput }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** A payload from the sidebar as a draft for buildFramework, or what is wrong with its shape. */
export function readDraft(payload: unknown): ReadDraft {
  const result = frameworkDraftSchema().safeParse(payload);
  if (result.success) return { ok: true, draft: result.data };
  const errors = result.error.issues.map(
    (issue): FieldError => ({ field: issue.path.join(".") || "draft", problem: problemOf(issue) }),
  );
  return { ok: false, errors };
}

/** Numbers that are not numbers (NaN and Infinity arrive as null) get the builder's words. */
function problemOf(issue: z.core.$ZodIssue): Message {
  return issue.code === "invalid_type" && issue.expected === "number"
    ? message("draft.notNumber")
    : message("draft.malformed");
}
