/**
 * The KPI framework wizard's core: a draft (goal, campaign, KPIs with baseline, target and
 * deadline) becomes a framework with a statement and a SMART check per KPI and checks of the
 * whole, or the list of every problem with the draft, by field.
 */
import { frameworkChecks } from "./checks";
import { formatter } from "./format";
import type { BuildResult, DraftInput } from "./model";
import { smartChecks } from "./smart";
import { statement } from "./statement";
import { validateDraft } from "./validate";

export interface BuildContext {
  /** Today in the spreadsheet's time zone, as an ISO date (yyyy-mm-dd). */
  readonly today: string;
  /** The spreadsheet's locale ("en_US", "da_DK"): how statements write numbers and dates. */
  readonly locale: string;
  /** The Settings currency code ("USD", "DKK"). */
  readonly currency: string;
}

export function buildFramework(input: DraftInput, context: BuildContext): BuildResult {
  const validated = validateDraft(input);
  if (!validated.ok) return validated;
  const { draft } = validated;
  const format = formatter(context.locale, context.currency);
  const smart = { draft, today: context.today, format };
  const kpis = draft.kpis.map((kpi) => ({
    ...kpi,
    statement: statement(kpi, format),
    smart: smartChecks(kpi, smart),
  }));
  return { ok: true, framework: { ...draft, kpis, checks: frameworkChecks(draft) } };
}
