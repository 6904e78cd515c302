/**
 * The wizard's answers as typed (numbers still text, in the spreadsheet's locale), the steps
 * they make, and the draft they become. No DOM here: the components render what this says.
 */
import type { Tier } from "../../../../core/defaults";
import { formatter } from "../../../../core/framework/format";
import { GOALS, suggestedKpis } from "../../../../core/framework/goals";
import { KPIS } from "../../../../core/framework/kpis";
import { METRICS } from "../../../../core/framework/metrics";
import type {
  FieldError,
  FrameworkDraft,
  GoalId,
  KpiDraft,
  KpiId,
  MetricId,
  TacticId,
  Unit,
} from "../../../../core/framework/model";
import { LIMITS } from "../../../../core/framework/validate";
import type { Message } from "../../../../core/i18n/catalog";
import { type NumberConventions, numberConventions } from "../../../../core/i18n/number-format";
import { readNumber } from "../../../../core/numbers";
import type { CampaignSummary, ExistingFramework, WizardStart } from "../../contract";

export interface KpiAnswers {
  readonly metrics: readonly MetricId[];
  readonly baseline: string;
  readonly target: string;
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
  readonly platforms: readonly string[];
  readonly tiers: readonly Tier[];
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

export function initialAnswers(start: WizardStart): Answers {
  const blank: Answers = {
    goal: null,
    secondaryGoal: null,
    campaignChoice: start.campaigns[0]?.name ?? NEW_CAMPAIGN,
    newCampaign: "",
    start: "",
    end: "",
    datesFromPosts: false,
    budget: "",
    platforms: [],
    tiers: [],
    kpis: [],
    kpiAnswers: {},
    suggestedFor: "",
    filledFrom: null,
  };
  return chooseCampaign(start, blank, blank.campaignChoice);
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
 * framework in the sheet brings it back (goals, start, KPIs and what was typed for them), so a
 * second run changes what is there rather than starting over.
 */
export function chooseCampaign(start: WizardStart, answers: Answers, choice: string): Answers {
  let next: Answers = { ...answers, campaignChoice: choice };
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
    const shown = (value: number | null) => (value === null ? "" : shownNumber(start, unit, value));
    kpiAnswers[kpi.kpi] = {
      metrics,
      baseline: shown(kpi.baseline),
      target: shown(kpi.target),
      deadline: kpi.deadline ?? answers.end,
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
        ? shownNumber(start, "money", existing.budget)
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

/** What a KPI starts with: its headline metric, the campaign's end as deadline. */
export const kpiAnswers = (answers: Answers, kpi: KpiId): KpiAnswers =>
  answers.kpiAnswers[kpi] ?? {
    metrics: KPIS[kpi].metrics.slice(0, 1),
    baseline: "",
    target: "",
    deadline: answers.end,
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

/** Goal, campaign, KPIs, one step per chosen KPI, then the SMART review. */
export type Step =
  | { readonly kind: "goal" | "campaign" | "kpis" | "review" }
  | { readonly kind: "kpi"; readonly index: number };

export function steps(answers: Answers): Step[] {
  return [
    { kind: "goal" },
    { kind: "campaign" },
    { kind: "kpis" },
    ...answers.kpis.map((_, index): Step => ({ kind: "kpi", index })),
    { kind: "review" },
  ];
}

const CAMPAIGN_FIELDS = new Set(["campaign", "start", "end", "budget", "platforms", "tiers"]);

/** Which step holds a field ("kpis.1.target" is on the second KPI's step). */
export function stepOfField(field: string): number | undefined {
  if (field === "goal" || field === "secondaryGoal") return 0;
  const head = field.split(".")[0] ?? "";
  if (CAMPAIGN_FIELDS.has(head)) return 1;
  const kpi = /^kpis\.(\d+)/.exec(field);
  if (kpi) return 3 + Number(kpi[1]);
  if (head === "kpis") return 2;
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

/** The answers as a draft, with the numbers typed in the spreadsheet's locale read. */
export function toDraft(
  start: WizardStart,
  answers: Answers,
): { draft: FrameworkDraft | null; problems: LocalProblem[] } {
  const conventions = numberConventions(start.locale);
  const problems: LocalProblem[] = [];
  const number = (field: string, label: string, text: string, optional: boolean) => {
    const read = readNumber(text, conventions);
    if (read.kind === "number") return read.value;
    if (read.kind === "bad") problems.push({ field, label, problem: read.problem });
    else if (!optional) problems.push({ field, label, problem: { key: "problem.missing" } });
    return Number.NaN;
  };
  const budget = number("budget", "wizard.campaign.budget", answers.budget, true);
  const kpis = answers.kpis.map((kpi, index): KpiDraft => {
    const typed = kpiAnswers(answers, kpi);
    const at = (name: string) => `kpis.${index}.${name}`;
    return {
      kpi,
      metrics: typed.metrics,
      baseline: number(at("baseline"), "wizard.kpi.baseline", typed.baseline, false),
      target: number(at("target"), "wizard.kpi.target", typed.target, false),
      deadline: typed.deadline,
      owner: typed.owner.trim(),
      tactic: typed.tactic,
    };
  });
  if (!answers.goal) return { draft: null, problems };
  return {
    draft: {
      goal: answers.goal,
      secondaryGoal: answers.secondaryGoal,
      campaign: campaignName(answers).trim(),
      start: answers.start,
      end: answers.end,
      budget: answers.budget.trim() === "" || Number.isNaN(budget) ? null : budget,
      platforms: answers.platforms,
      tiers: answers.tiers,
      kpis,
    },
    problems,
  };
}

/** Core's field errors, minus those for fields the sidebar already found a problem with. */
export const coreErrors = (errors: readonly FieldError[], local: readonly LocalProblem[]) =>
  errors.filter((error) => !local.some((problem) => problem.field === error.field));

/**
 * A tracker value as the sheet shows it ("$748,613.95", "2,6 %"), to offer as a baseline: text
 * the field reads back as the same number, else the plainer typedNumber form.
 */
export function shownNumber(start: WizardStart, unit: Unit, value: number): string {
  const conventions = numberConventions(start.locale);
  const shown = formatter(start.locale, start.currency).value(unit, value);
  const plain = typedNumber(value, unit === "rate", conventions);
  const read = readNumber(shown, conventions);
  const back = readNumber(plain, conventions);
  return read.kind === "number" && back.kind === "number" && read.value === back.value
    ? shown
    : plain;
}

/** A number as the spreadsheet's locale types it, for a field: "1234,5" in da_DK, "4.5%". */
function typedNumber(
  value: number,
  rate: boolean,
  conventions: NumberConventions | undefined,
): string {
  const shown = rate ? value * 100 : value;
  // Two decimals at most: "1.250" would read as 1.25 or 1250 where the locale is unknown.
  const text = String(Math.round(shown * 100) / 100).replace(".", conventions?.decimal ?? ".");
  return rate ? `${text}%` : text;
}
