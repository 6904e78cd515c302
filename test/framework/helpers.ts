import { type BuildContext, buildFramework } from "../../src/core/framework/build";
import type {
  DraftInput,
  Framework,
  FrameworkKpi,
  FrameworkText,
  KpiInput,
} from "../../src/core/framework/model";
import { renderText } from "../../src/core/framework/text";
import { en as english } from "../../src/core/i18n/en";

export const CONTEXT: BuildContext = { today: "2026-02-15", locale: "en_US", currency: "USD" };

/** A sales KPI that passes every check. */
export const kpi = (change: Partial<KpiInput> = {}): KpiInput => ({
  kpi: "returnOnSpend",
  metrics: ["roas"],
  baseline: 2,
  target: 3,
  deadline: "2026-04-30",
  owner: "Mia",
  tactic: "promoCodes",
  ...change,
});

/** A valid draft for a sales campaign from March to April 2026. */
export const draft = (change: Partial<DraftInput> = {}): DraftInput => ({
  goal: "sales",
  secondaryGoal: null,
  campaign: "Spring Sale",
  start: "2026-03-01",
  end: "2026-04-30",
  budget: 5000,
  kpis: [kpi()],
  ...change,
});

export const en = (text: FrameworkText): string => renderText(english, text);

/** The framework a draft builds, failing the test with its errors if it does not. */
export function built(input: DraftInput, context: Partial<BuildContext> = {}): Framework {
  const result = buildFramework(input, { ...CONTEXT, ...context });
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.framework;
}

/** The one KPI of a draft with that KPI only. */
export const builtKpi = (
  change: Partial<KpiInput>,
  draftChange: Partial<DraftInput> = {},
  context: Partial<BuildContext> = {},
): FrameworkKpi => {
  const [only] = built(draft({ ...draftChange, kpis: [kpi(change)] }), context).kpis;
  if (!only) throw new Error("no KPI built");
  return only;
};

/** Field errors of a draft as "field: English message". */
export function errorsOf(input: DraftInput): string[] {
  const result = buildFramework(input, CONTEXT);
  return result.ok ? [] : result.errors.map((e) => `${e.field}: ${en(e.problem)}`);
}
