/**
 * The SMART check of one KPI: specific, measurable, achievable, relevant, time-bound, each
 * pass, warn or fail with one line the user can act on. The draft is already validated:
 * ids are known, numbers finite, the deadline a date on or after the start.
 */
import type { Message, MessageKey } from "../i18n/catalog";
import { isoDay } from "./dates";
import type { Formatter } from "./format";
import { GOALS } from "./goals";
import { KPIS } from "./kpis";
import { headlineMetric } from "./metrics";
import type { FrameworkDraft, FrameworkText, Funnel, GoalDef, KpiDraft, SmartCheck } from "./model";
import { say } from "./text";

/** A target more than this many times the baseline (or a cut to less than 1/10) is a stretch. */
const STRETCH = 10;
/** A deadline this many days after the campaign ends can hardly be credited to it. */
const LATE_DAYS = 90;

interface SmartContext {
  readonly draft: FrameworkDraft;
  /** Today as an ISO date; a deadline before it has passed. */
  readonly today: string;
  readonly format: Formatter;
}

type Finding = Omit<SmartCheck, "criterion">;

const finding = (
  verdict: SmartCheck["verdict"],
  key: MessageKey,
  params?: Message["params"],
  labels?: FrameworkText["labels"],
): Finding => ({ verdict, reason: say(key, params, labels) });

export function smartChecks(kpi: KpiDraft, context: SmartContext): SmartCheck[] {
  return [
    { criterion: "specific", ...specific(kpi) },
    { criterion: "measurable", ...measurable(kpi) },
    { criterion: "achievable", ...achievable(kpi, context.format) },
    { criterion: "relevant", ...relevant(kpi, context.draft) },
    { criterion: "timeBound", ...timeBound(kpi, context) },
  ];
}

const metricLabel = (kpi: KpiDraft) => ({ metric: `metric.${headlineMetric(kpi).id}` }) as const;

function specific(kpi: KpiDraft): Finding {
  if (kpi.owner === "") return finding("warn", "smart.specific.noOwner");
  return finding("pass", "smart.specific.pass", { owner: kpi.owner }, metricLabel(kpi));
}

function measurable(kpi: KpiDraft): Finding {
  const { measure } = headlineMetric(kpi);
  if (measure.kind !== "manual") return finding("pass", "smart.measurable.tracker");
  const source = { source: `source.${measure.source}` } as const;
  // A hand-entered metric at 0 was most likely never measured (DOMAIN.md: benchmark first).
  if (kpi.baseline === 0) {
    return finding("warn", "smart.measurable.noBenchmark", {}, { ...source, ...metricLabel(kpi) });
  }
  return finding("pass", "smart.measurable.manual", {}, source);
}

/** The draft is validated: targets move the metric's better way, shares stay within 100 %. */
function achievable(kpi: KpiDraft, format: Formatter): Finding {
  const { baseline, target } = kpi;
  if (baseline === 0) return finding("pass", "smart.achievable.fromZero");
  // Across zero (ROI from −10 % to 50 %) there is no multiple to judge.
  const times = baseline > 0 && target > 0 ? Math.max(target / baseline, baseline / target) : 1;
  if (times > STRETCH) {
    return finding("warn", "smart.achievable.tooFar", { times: format.number(times, 1) });
  }
  return finding("pass", "smart.achievable.pass");
}

/** Funnel stages as positions, top 0 to bottom 2; "top to middle" spans two. */
const STAGES: Readonly<Partial<Record<Funnel, readonly number[]>>> = {
  top: [0],
  topMid: [0, 1],
  mid: [1],
  bottom: [2],
};

/** 0 at the same stage, 1 next to it, 2 across the funnel; the program is beside every stage. */
function distance(a: Funnel, b: Funnel): number {
  if (a === b) return 0;
  const [from, to] = [STAGES[a], STAGES[b]];
  if (!from || !to) return 1;
  return Math.min(...from.flatMap((x) => to.map((y) => Math.abs(x - y))));
}

function relevant(kpi: KpiDraft, draft: FrameworkDraft): Finding {
  const main = GOALS[draft.goal];
  const goals = draft.secondaryGoal ? [main, GOALS[draft.secondaryGoal]] : [main];
  const named = (goal: GoalDef) => ({ goal: `goal.${goal.id}` }) as const;
  const suggesting = goals.find((goal) => goal.kpis.includes(kpi.kpi));
  if (suggesting) return finding("pass", "smart.relevant.suggested", {}, named(suggesting));
  const { funnel } = KPIS[kpi.kpi];
  if (funnel === "any" || goals.some((goal) => goal.funnel === "any")) {
    return finding("pass", "smart.relevant.anyStage");
  }
  const nearest = goals.reduce((best, goal) =>
    distance(funnel, goal.funnel) < distance(funnel, best.funnel) ? goal : best,
  );
  switch (distance(funnel, nearest.funnel)) {
    case 0:
      return finding("pass", "smart.relevant.stage", {}, named(nearest));
    case 1:
      return finding("warn", "smart.relevant.off", {}, named(main));
    default:
      return finding(
        "fail",
        "smart.relevant.far",
        {},
        { ...named(main), stage: `funnel.${funnel}` },
      );
  }
}

function timeBound(kpi: KpiDraft, { draft, today, format }: SmartContext): Finding {
  const deadline = isoDay(kpi.deadline) ?? 0;
  const end = isoDay(draft.end) ?? deadline;
  const now = isoDay(today);
  const shown = format.date(kpi.deadline);
  if (now !== undefined && deadline < now) {
    return finding("warn", "smart.timeBound.past", { deadline: shown });
  }
  const days = deadline - end;
  if (days <= 0) return finding("pass", "smart.timeBound.pass", { deadline: shown });
  // A campaign already over is framed from today: a deadline soon after today is not late.
  const from = now === undefined ? end : Math.max(end, now);
  if (deadline - from > LATE_DAYS)
    return finding("warn", "smart.timeBound.late", { days: format.number(days) });
  return finding("pass", "smart.timeBound.after", { deadline: shown, days: format.number(days) });
}
