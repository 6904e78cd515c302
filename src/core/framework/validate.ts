/**
 * Checks a draft field by field before anything is built or written, collecting every
 * problem with its field's path ("kpis.0.target") so the sidebar can show each beside its
 * field. A draft without problems comes back typed.
 */
import { type Message, type MessageKey, message } from "../i18n/catalog";
import { cleanText } from "../user-text";
import { isoDay } from "./dates";
import { GOALS } from "./goals";
import { KPIS } from "./kpis";
import { METRICS } from "./metrics";
import type { DraftInput, FieldError, FrameworkDraft, KpiInput, TacticId } from "./model";

/** What the wizard enforces; the sidebar shows the same limits. */
export const LIMITS = {
  /** Campaign names and owners, in characters. */
  text: 100,
  kpis: 12,
  /** Metrics per KPI (DOMAIN.md). */
  metrics: 3,
} as const;

// Object.keys rather than Object.hasOwn, which Apps Script's V8 may lack; never `in`, which
// would take "toString" for an id.
const has = <T extends object>(record: T, id: unknown): id is keyof T =>
  typeof id === "string" && Object.keys(record).includes(id);

const isTactic = (id: string): id is TacticId =>
  Object.values(GOALS).some((goal) => (goal.tactics as readonly string[]).includes(id));

type Validated =
  | { readonly ok: true; readonly draft: FrameworkDraft }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export function validateDraft(input: DraftInput): Validated {
  const errors: FieldError[] = [];
  const problem = (field: string, key: MessageKey, params?: Message["params"]) => {
    errors.push({ field, problem: message(key, params) });
  };
  const text = (field: string, value: string) => {
    const trimmed = cleanText(value);
    if (trimmed === undefined) {
      problem(field, "draft.badCharacter");
      return "";
    }
    if (trimmed.length > LIMITS.text) problem(field, "draft.tooLong", { max: LIMITS.text });
    return trimmed;
  };
  const date = (field: string, value: string) => {
    const day = isoDay(value);
    if (day === undefined) problem(field, "draft.notDate");
    return day;
  };

  if (!input.goal) problem("goal", "draft.noGoal");
  else if (!has(GOALS, input.goal)) problem("goal", "draft.unknownGoal");
  const secondary = input.secondaryGoal || null;
  if (secondary !== null) {
    if (!has(GOALS, secondary)) problem("secondaryGoal", "draft.unknownGoal");
    else if (secondary === input.goal) problem("secondaryGoal", "draft.sameGoal");
  }

  const campaign = text("campaign", input.campaign);
  if (campaign === "" && !errors.some((error) => error.field === "campaign")) {
    problem("campaign", "draft.noCampaign");
  }
  const start = date("start", input.start);
  const end = date("end", input.end);
  if (start !== undefined && end !== undefined && end < start) {
    problem("end", "draft.endBeforeStart");
  }
  if (input.budget !== null) {
    if (!Number.isFinite(input.budget)) problem("budget", "draft.notNumber");
    else if (input.budget < 0) problem("budget", "draft.negative");
  }

  if (input.kpis.length === 0) problem("kpis", "draft.noKpis");
  if (input.kpis.length > LIMITS.kpis) problem("kpis", "draft.tooManyKpis", { max: LIMITS.kpis });
  const seen = new Set<string>();
  const kpis = input.kpis.map((kpi, i) => {
    const at = `kpis.${i}`;
    checkKpi(kpi, at, seen, problem);
    const deadline = date(`${at}.deadline`, kpi.deadline);
    if (deadline !== undefined && start !== undefined && deadline < start) {
      problem(`${at}.deadline`, "draft.deadlineBeforeStart");
    }
    const owner = text(`${at}.owner`, kpi.owner);
    if (kpi.tactic !== "" && !isTactic(kpi.tactic)) problem(`${at}.tactic`, "draft.unknownTactic");
    return { ...kpi, owner };
  });

  if (errors.length > 0) return { ok: false, errors };
  // Every id was checked against the catalog above.
  const draft = { ...input, secondaryGoal: secondary, campaign, kpis } as FrameworkDraft;
  return { ok: true, draft };
}

/** The KPI's id, its metrics and its numbers. */
function checkKpi(
  kpi: KpiInput,
  at: string,
  seen: Set<string>,
  problem: (field: string, key: MessageKey, params?: Message["params"]) => void,
) {
  const def = has(KPIS, kpi.kpi) ? KPIS[kpi.kpi] : undefined;
  if (!def) problem(`${at}.kpi`, "draft.unknownKpi");
  else if (seen.has(kpi.kpi)) problem(`${at}.kpi`, "draft.duplicateKpi");
  seen.add(kpi.kpi);

  const { metrics } = kpi;
  if (metrics.length === 0) problem(`${at}.metrics`, "draft.noMetric");
  if (metrics.length > LIMITS.metrics) {
    problem(`${at}.metrics`, "draft.tooManyMetrics", { max: LIMITS.metrics });
  }
  metrics.forEach((metric, j) => {
    const field = `${at}.metrics.${j}`;
    if (!has(METRICS, metric)) problem(field, "draft.unknownMetric");
    else if (def && !(def.metrics as readonly string[]).includes(metric)) {
      problem(field, "draft.otherKpiMetric");
    } else if (metrics.indexOf(metric) < j) problem(field, "draft.duplicateMetric");
  });

  // Baseline and target measure the first metric; only some metrics can fall below 0, and a
  // share of a whole (CTR, conversion rate) never passes 100 %.
  const headline = has(METRICS, metrics[0]) ? METRICS[metrics[0]] : undefined;
  const number = (name: "baseline" | "target") => {
    const value = kpi[name];
    if (!Number.isFinite(value)) {
      problem(`${at}.${name}`, "draft.notNumber");
      return false;
    }
    if (value < 0 && headline && !headline.signed) problem(`${at}.${name}`, "draft.negative");
    else if (value > 1 && headline?.share) problem(`${at}.${name}`, "draft.overMax");
    else return true;
    return false;
  };
  const numbers = [number("baseline"), number("target")];
  if (!numbers.every(Boolean) || !headline) return;
  const { baseline, target } = kpi;
  if (target === baseline) problem(`${at}.target`, "draft.targetIsBaseline");
  // A target that moves the wrong way: below the baseline where higher is better, above it where
  // lower is better (from a baseline of 0 a "lower is better" target is a ceiling, statement.ts).
  else if (!headline.lowerIsBetter && target < baseline)
    problem(`${at}.target`, "draft.shouldRise");
  else if (headline.lowerIsBetter && baseline !== 0 && target > baseline) {
    problem(`${at}.target`, "draft.shouldFall");
  }
}
