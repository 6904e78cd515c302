/**
 * What the report dialog asks for: one campaign or all (null), and a date range whose ends
 * may be open. Checked with zod/mini for its shape, then for real dates in order; the problem
 * comes back in words.
 */
import * as z from "zod/mini";
import { isoDay } from "../framework/dates";
import type { FrameworkText } from "../framework/model";
import { cleanText } from "../user-text";

export interface ReportRequest {
  readonly campaign: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** Campaign names are cut at this length everywhere (the wizard refuses longer ones). */
const MAX_CAMPAIGN = 100;

let schema: ReturnType<typeof createSchema> | undefined;

function createSchema() {
  const day = z.nullable(z.string().check(z.maxLength(10)));
  return z.object({
    campaign: z.nullable(z.string().check(z.maxLength(MAX_CAMPAIGN))),
    from: day,
    to: day,
  });
}

export function readReportRequest(
  payload: unknown,
):
  | { readonly ok: true; readonly request: ReportRequest }
  | { readonly ok: false; readonly problem: FrameworkText } {
  schema ??= createSchema();
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return { ok: false, problem: { key: "reportDialog.badRequest" } };
  const { campaign, from, to } = parsed.data;
  for (const date of [from, to]) {
    if (date !== null && isoDay(date) === undefined) {
      return { ok: false, problem: { key: "reportDialog.badDate", params: { date } } };
    }
  }
  const name = campaign === null ? "" : cleanText(campaign);
  if (name === undefined) return { ok: false, problem: { key: "reportDialog.badRequest" } };
  return {
    ok: true,
    request: { campaign: name === "" ? null : name, from, to },
  };
}
