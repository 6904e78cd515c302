/**
 * The wizard's answers as typed (numbers still text, in the spreadsheet's locale), its five
 * steps, and the draft they become. No DOM here: the components render what this says.
 */
import { addDays } from "../../../../core/framework/dates";
import { formatter } from "../../../../core/framework/format";
import { GOALS, suggestedKpis } from "../../../../core/framework/goals";
import { KPIS } from "../../../../core/framework/kpis";
import { METRICS } from "../../../../core/framework/metrics";
import type {
  DraftInput,
  FieldError,
  FrameworkDraft,
  GoalId,
  KpiDraft,
  KpiId,
  MetricDef,
  MetricId,
  TacticId,
  Unit,
} from "../../../../core/framework/model";
import { LIMITS } from "../../../../core/framework/validate";
import type { Message } from "../../../../core/i18n/catalog";
import { numberConventions } from "../../../../core/i18n/number-format";
import { readNumber } from "../../../../core/numbers";
import type { CampaignSummary, ExistingFramework, WizardStart } from "../../contract";

/**
 * Where a KPI's baseline comes from: 0 (a new campaign), the campaign's value in the tracker
 * now (exact, as the tracker computes it), or a value typed.
 */
export type BaselineFrom = "zero" | "current" | "typed";

export interface KpiAnswers {
  readonly metrics: readonly MetricId[];
  /** Null until chosen: the campaign's value now where the tracker has one, else 0. */
  readonly baselineFrom: BaselineFrom | null;
  /** What was typed as the baseline, kept while another choice is picked. */
  readonly baseline: string;
  readonly target: string;
  /** Empty until typed: the default deadline (defaultDeadline). */
  readonly deadline: string;
  readonly owner: string;
  readonly tactic: TacticId | "";
}

export interface Answers {
  readonly goal: GoalId | null;
  readonly secondaryGoal: GoalId | null;
  /** A tracker campaign's name, or NEW_CAMPAIGN when typing a new one. */
  readonly campaignChoice: string;
  readonly newCampaign: string;
  readonly start: string;
  readonly end: string;
  /** Start and end came from the campaign's posts, and may follow another choice. */
  readonly datesFromPosts: boolean;
  readonly budget: string;
  /** The KPIs switched on, in the order offered. */
  readonly kpis: readonly KpiId[];
  /** What was typed for each KPI, kept when it is switched off and on again. */
  readonly kpiAnswers: Readonly<Partial<Record<KpiId, KpiAnswers>>>;
  /** The goals the KPI choice was suggested for, to suggest again when they change. */
  readonly suggestedFor: string;
  /** The campaign whose framework in the sheet filled the answers, and the goals it filled. */
  readonly filledFrom: {
    readonly campaign: string;
    readonly goals: readonly [GoalId | null, GoalId | null] | null;
  } | null;
}

/** The campaign choice that means "a new one": no tracker campaign has an empty name. */
export const NEW_CAMPAIGN = "";

/** A deadline people pick: a few weeks out when the campaign's end has passed. */
const DEFAULT_WEEKS = 4;

/** Answers for the first campaign of the tracker (or the one named), nothing else chosen. */
export function initialAnswers(start: WizardStart, campaign?: string): Answers {
  const blank: Answers = {
    goal: null,
    secondaryGoal: null,
    campaignChoice: NEW_CAMPAIGN,
    newCampaign: "",
    start: "",
    end: "",
    datesFromPosts: false,
    budget: "",
    kpis: [],
    kpiAnswers: {},
    suggestedFor: "",
    filledFrom: null,
  };
  return chooseCampaign(start, blank, campaign ?? start.campaigns[0]?.name ?? NEW_CAMPAIGN);
}

const campaignName = (answers: Answers): string =>
  answers.campaignChoice === NEW_CAMPAIGN ? answers.newCampaign : answers.campaignChoice;

export const campaignSummary = (
  start: WizardStart,
  answers: Answers,
): CampaignSummary | undefined =>
  answers.campaignChoice === NEW_CAMPAIGN
    ? undefined
    : start.campaigns.find((c) => c.name === answers.campaignChoice);

/**
 * Picks a campaign; its first and last post fill dates not typed by hand. A campaign with a
 * framework in the sheet brings it back (goals, start, budget, KPIs and what was typed for
 * them), so a second run changes what is there rather than starting over. A budget belongs to
 * its campaign: another campaign starts without the last one's.
 */
export function chooseCampaign(start: WizardStart, answers: Answers, choice: string): Answers {
  let next: Answers = { ...answers, campaignChoice: choice };
  if (choice !== answers.campaignChoice) next = { ...next, budget: "" };
  // Another campaign's framework does not carry over to this one.
  const filled = answers.filledFrom;
  if (filled && filled.campaign !== choice) {
    next = { ...next, kpis: [], kpiAnswers: {}, suggestedFor: "", filledFrom: null };
    // Goals it filled go with it, unless the user has chosen others since.
    const [goal, secondaryGoal] = filled.goals ?? [];
    if (filled.goals && goal === answers.goal && secondaryGoal === answers.secondaryGoal) {
      next = { ...next, goal: null, secondaryGoal: null };
    }
  }
  const summary = campaignSummary(start, next);
  const typed = !answers.datesFromPosts && (answers.start !== "" || answers.end !== "");
  if (!typed) {
    next = {
      ...next,
      start: summary?.firstPost ?? "",
      end: summary?.lastPost ?? "",
      datesFromPosts: Boolean(summary?.firstPost || summary?.lastPost),
    };
  }
  const existing = summary?.framework;
  return existing && summary ? fillFromFramework(start, next, summary.name, existing) : next;
}

function fillFromFramework(
  start: WizardStart,
  answers: Answers,
  campaign: string,
  existing: ExistingFramework,
): Answers {
  // Goals the user chose stay; a campaign's own goals fill them when none is chosen yet.
  const goals = answers.goal === null;
  const goal = goals ? existing.goal : answers.goal;
  const secondaryGoal = goals ? existing.secondaryGoal : answers.secondaryGoal;
  const withGoals = { ...answers, goal, secondaryGoal };
  const offered = offeredKpis(withGoals);
  const kpiAnswers = { ...answers.kpiAnswers };
  for (const kpi of existing.kpis) {
    const metrics = kpi.metrics.length > 0 ? kpi.metrics : KPIS[kpi.kpi].metrics.slice(0, 1);
    const unit = METRICS[metrics[0] as MetricId].unit;
    const shown = (value: number | null) => (value === null ? "" : fieldNumber(start, unit, value));
    // The baseline as the sheet holds it, to the last digit: writing again keeps it.
    kpiAnswers[kpi.kpi] = {
      metrics,
      baselineFrom: kpi.baseline === 0 ? "zero" : kpi.baseline === null ? null : "typed",
      baseline: kpi.baseline === 0 ? "" : shown(kpi.baseline),
      target: shown(kpi.target),
      deadline: kpi.deadline ?? "",
      owner: kpi.owner,
      tactic: kpi.tactic,
    };
  }
  const kept = existing.kpis.map((kpi) => kpi.kpi).filter((kpi) => offered.includes(kpi));
  return {
    ...withGoals,
    start: existing.start ?? withGoals.start,
    budget:
      withGoals.budget === "" && existing.budget !== null
        ? fieldNumber(start, "money", existing.budget)
        : withGoals.budget,
    kpis: offered.filter((kpi) => kept.includes(kpi)),
    kpiAnswers,
    suggestedFor: `${goal}/${secondaryGoal}`,
    filledFrom: { campaign, goals: goals ? [goal, secondaryGoal] : null },
  };
}

/** The KPIs offered for the chosen goals, the main goal's first. */
export const offeredKpis = (answers: Answers): KpiId[] =>
  answers.goal ? suggestedKpis(answers.goal, answers.secondaryGoal) : [];

/**
 * On reaching the KPI step: when the goals changed since the last suggestion, switch on the
 * main goal's first two KPIs and the second goal's first.
 */
export function suggestKpis(answers: Answers): Answers {
  const key = `${answers.goal}/${answers.secondaryGoal}`;
  if (!answers.goal || answers.suggestedFor === key) return answers;
  const main = GOALS[answers.goal].kpis.slice(0, 2);
  const second = answers.secondaryGoal ? GOALS[answers.secondaryGoal].kpis.slice(0, 1) : [];
  const chosen = new Set([...main, ...second]);
  return {
    ...answers,
    kpis: offeredKpis(answers).filter((kpi) => chosen.has(kpi)),
    suggestedFor: key,
  };
}

/** What a KPI starts with: its headline metric, nothing typed. */
export const kpiAnswers = (answers: Answers, kpi: KpiId): KpiAnswers =>
  answers.kpiAnswers[kpi] ?? {
    metrics: KPIS[kpi].metrics.slice(0, 1),
    baselineFrom: null,
    baseline: "",
    target: "",
    deadline: "",
    owner: "",
    tactic: "",
  };

export function toggleKpi(answers: Answers, kpi: KpiId, on: boolean): Answers {
  const chosen = new Set(answers.kpis);
  if (on) chosen.add(kpi);
  else chosen.delete(kpi);
  return {
    ...answers,
    kpis: offeredKpis(answers).filter((id) => chosen.has(id)),
    kpiAnswers: { ...answers.kpiAnswers, [kpi]: kpiAnswers(answers, kpi) },
  };
}

export function updateKpi(answers: Answers, kpi: KpiId, change: Partial<KpiAnswers>): Answers {
  return {
    ...answers,
    kpiAnswers: { ...answers.kpiAnswers, [kpi]: { ...kpiAnswers(answers, kpi), ...change } },
  };
}

/** Ticks or clears a metric, keeping the KPI's candidate order; never more than three. */
export function toggleMetric(
  metrics: readonly MetricId[],
  kpi: KpiId,
  metric: MetricId,
  on: boolean,
) {
  if (on && metrics.length >= LIMITS.metrics) return metrics;
  const chosen = new Set(metrics);
  if (on) chosen.add(metric);
  else chosen.delete(metric);
  return KPIS[kpi].metrics.filter((id) => chosen.has(id));
}

/** The metric a KPI's baseline and target measure: its first, or the KPI's usual one. */
export const headlineOf = (typed: KpiAnswers, kpi: KpiId): MetricDef =>
  METRICS[typed.metrics[0] ?? (KPIS[kpi].metrics[0] as MetricId)];

/** The campaign's value of a metric in the tracker now, exact; none for a new campaign. */
export const currentValue = (
  start: WizardStart,
  answers: Answers,
  metric: MetricDef,
): number | undefined => campaignSummary(start, answers)?.values[metric.id];

/** Where a KPI's baseline comes from, the default settled: "current" only where there is one. */
export function baselineFrom(start: WizardStart, answers: Answers, kpi: KpiId): BaselineFrom {
  const typed = kpiAnswers(answers, kpi);
  const current = currentValue(start, answers, headlineOf(typed, kpi));
  const from = typed.baselineFrom ?? (current === undefined ? "zero" : "current");
  return from === "current" && current === undefined ? "zero" : from;
}

/**
 * The deadline a KPI gets until one is typed: the campaign's end if it lies ahead, else a few
 * weeks from today, so a framework is never Missed the moment it is written.
 */
export const defaultDeadline = (start: WizardStart, answers: Answers): string =>
  answers.end !== "" && answers.end >= start.today
    ? answers.end
    : addDays(start.today, DEFAULT_WEEKS * 7);

export const deadlineOf = (start: WizardStart, answers: Answers, kpi: KpiId): string =>
  kpiAnswers(answers, kpi).deadline || defaultDeadline(start, answers);

/** The wizard's steps, always these five, in this order. */
export const STEPS = ["campaign", "goal", "kpis", "targets", "review"] as const;
export type StepKind = (typeof STEPS)[number];
export const stepIndex = (kind: StepKind): number => STEPS.indexOf(kind);

const CAMPAIGN_FIELDS = new Set(["campaign", "start", "end", "budget"]);

/** Which step holds a field ("kpis.1.target" is on the targets step). */
export function stepOfField(field: string): number | undefined {
  if (field === "goal" || field === "secondaryGoal") return stepIndex("goal");
  const head = field.split(".")[0] ?? "";
  if (CAMPAIGN_FIELDS.has(head)) return stepIndex("campaign");
  if (/^kpis\.\d+/.test(field)) return stepIndex("targets");
  if (head === "kpis") return stepIndex("kpis");
  return undefined;
}

/** The element id of a field's input, from its path: "kpis.1.target" → "f-kpis-1-target". */
export function fieldId(field: string): string {
  // "kpis.0.metrics.3" (one metric too many) belongs to the metrics of that KPI.
  const known = /^(kpis\.\d+\.\w+|\w+)/.exec(field)?.[1] ?? field;
  return `f-${known.replace(/\./g, "-")}`;
}

/** A problem of a field found in the sidebar, before the builder sees the draft. */
export interface LocalProblem {
  readonly field: string;
  /** The field's label key, to say "Target is "abc", not a number". */
  readonly label: string;
  readonly problem: Message;
}

/**
 * A number typed into a field of this unit, or what is wrong with it. A rate is typed in
 * percent, as Sheets reads a percent-formatted cell: "5" and "5%" are both 0.05.
 */
function readField(start: WizardStart, unit: Unit | undefined, text: string) {
  const read = readNumber(text, numberConventions(start.locale));
  if (read.kind !== "number" || unit !== "rate" || text.includes("%")) return read;
  return { ...read, value: read.value / 100 };
}

/** The answers as a draft, with the numbers typed in the spreadsheet's locale read. */
export function toDraft(
  start: WizardStart,
  answers: Answers,
): {
  /** What writeFramework is sent; none without a goal. */
  draft: FrameworkDraft | null;
  /** The same, goal or not, for the builder to check every other field already. */
  input: DraftInput;
  problems: LocalProblem[];
} {
  const problems: LocalProblem[] = [];
  const number = (field: string, label: string, text: string, unit?: Unit, optional = false) => {
    const read = readField(start, unit, text);
    if (read.kind === "number") return read.value;
    if (read.kind === "bad") problems.push({ field, label, problem: read.problem });
    else if (!optional) problems.push({ field, label, problem: { key: "problem.missing" } });
    return Number.NaN;
  };
  const budget = number("budget", "wizard.campaign.budget", answers.budget, "money", true);
  const kpis = answers.kpis.map((kpi, index): KpiDraft => {
    const typed = kpiAnswers(answers, kpi);
    const at = (name: string) => `kpis.${index}.${name}`;
    const metric = headlineOf(typed, kpi);
    const from = baselineFrom(start, answers, kpi);
    return {
      kpi,
      metrics: typed.metrics,
      baseline:
        from === "zero"
          ? 0
          : from === "current"
            ? (currentValue(start, answers, metric) as number)
            : number(at("baseline"), "wizard.kpi.baseline", typed.baseline, metric.unit),
      target: number(at("target"), "wizard.kpi.target", typed.target, metric.unit),
      deadline: deadlineOf(start, answers, kpi),
      owner: typed.owner.trim(),
      tactic: typed.tactic,
    };
  });
  const rest = {
    secondaryGoal: answers.secondaryGoal,
    campaign: campaignName(answers).trim(),
    start: answers.start,
    end: answers.end,
    budget: answers.budget.trim() === "" || Number.isNaN(budget) ? null : budget,
    kpis,
  };
  const { goal } = answers;
  return {
    draft: goal ? { goal, ...rest } : null,
    input: { goal: goal || null, ...rest },
    problems,
  };
}

/** Core's field errors, minus those for fields the sidebar already found a problem with. */
export const coreErrors = (errors: readonly FieldError[], local: readonly LocalProblem[]) =>
  errors.filter((error) => !local.some((problem) => problem.field === error.field));

/** What a KPI's fields warn about as they are typed; nothing here stops a write. */
export interface KpiWarnings {
  /** A rate that is not a share of a whole, typed above 100 %: meant? */
  readonly baseline?: "wizard.kpi.rateHigh";
  readonly target?: "wizard.kpi.rateHigh";
  /** A deadline already past: the KPI shows Missed unless it is met. */
  readonly deadline?: "wizard.kpi.deadlinePast";
}

export function kpiWarnings(start: WizardStart, answers: Answers, kpi: KpiId): KpiWarnings {
  const typed = kpiAnswers(answers, kpi);
  const metric = headlineOf(typed, kpi);
  const high = (text: string) => {
    if (metric.unit !== "rate" || metric.share) return false;
    const read = readField(start, metric.unit, text);
    return read.kind === "number" && Math.abs(read.value) > 1;
  };
  const typedBaseline = baselineFrom(start, answers, kpi) === "typed";
  return {
    ...(typedBaseline && high(typed.baseline) && { baseline: "wizard.kpi.rateHigh" as const }),
    ...(high(typed.target) && { target: "wizard.kpi.rateHigh" as const }),
    ...(deadlineOf(start, answers, kpi) < start.today && {
      deadline: "wizard.kpi.deadlinePast" as const,
    }),
  };
}

/**
 * A number for a field, as the spreadsheet's locale types it and read back as the same
 * number: "1234,5" in da_DK, a rate in percent ("4.8734" for 0.048734), every digit kept so a
 * value read from the sheet is written back unchanged. No thousands marks, which a locale the
 * add-on does not know could read two ways.
 */
export function fieldNumber(start: WizardStart, unit: Unit, value: number): string {
  const decimal = numberConventions(start.locale)?.decimal ?? ".";
  const shown = unit === "rate" ? value * 100 : value;
  if (!(Math.abs(shown) < 1e21)) return String(shown);
  const [whole = "", fraction = ""] = shown.toFixed(10).split(".");
  const digits = fraction.replace(/0+$/, "");
  const text = digits === "" ? whole : `${whole}${decimal}${digits}`;
  // "1.234" could be 1234 where the locale is unknown; "1.2340" cannot.
  return digits !== "" && readField(start, undefined, text).kind !== "number" ? `${text}0` : text;
}

/** A value as the sheet shows it: "$748,613.95", "4.87%", for the choices and hints. */
export const shownValue = (start: WizardStart, unit: Unit, value: number): string =>
  formatter(start.locale, start.currency).value(unit, value);
