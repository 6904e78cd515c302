/**
 * Judging a KPI's progress (DOMAIN.md, "Judging progress"), the same rule wherever a status
 * shows: the KPI Framework's Status column and every report.
 * - Time elapsed = (today − start) ÷ (deadline − start), clipped to 0..1; once the campaign's
 *   activity is over (its end date has passed, or spend has reached the budget) it counts as
 *   1: what is left can only come from late results.
 * - Met at progress ≥ 1; Missed once the deadline has passed below it; On track while progress
 *   ≥ time elapsed; At risk behind it; In progress without a start or deadline to judge by.
 * - With inputs left out, the KPI is judged at the lowest and the highest value they could
 *   give it (tally.ts, metricRange): Check inputs when the two give different statuses, or
 *   when there is no Actual to judge.
 */
import { isoDay } from "../framework/dates";
import type { KpiStatus } from "./model";

/** Days since 1970-01-01 of an ISO date, or undefined for none. */
const day = (iso: string | null | undefined) => (iso ? isoDay(iso) : undefined);

/**
 * Time elapsed between start and deadline as of today, clipped to 0..1; 1 once the activity
 * is over; null without both dates (and activity still on).
 */
export function timeElapsed(
  start: number | undefined,
  deadline: number | undefined,
  today: number,
  over = false,
): number | null {
  if (over) return 1;
  if (start === undefined || deadline === undefined) return null;
  if (deadline <= start || today >= deadline) return 1;
  if (today <= start) return 0;
  return (today - start) / (deadline - start);
}

/** The status for a progress, as of today; Check inputs where there is no progress to judge. */
export function kpiStatus(
  progress: number | null,
  elapsed: number | null,
  deadline: number | undefined,
  today: number,
): KpiStatus {
  if (progress === null) return "checkInputs";
  if (progress >= 1) return "met";
  if (deadline !== undefined && deadline < today) return "missed";
  if (elapsed === null) return "inProgress";
  return progress >= elapsed ? "onTrack" : "atRisk";
}

/** (actual − baseline) ÷ (target − baseline); null when one is missing or target = baseline. */
export function kpiProgress(
  actual: number | null,
  baseline: number | null,
  target: number | null,
): number | null {
  if (actual === null || baseline === null || target === null || target === baseline) return null;
  return (actual - baseline) / (target - baseline);
}

/** Whether the campaign's activity is over: its end has passed, or spend reached the budget. */
export function activityOver(
  end: string | null | undefined,
  today: string,
  spend?: number | null,
  budget?: number | null,
): "ended" | "budgetSpent" | null {
  const last = day(end);
  const now = isoDay(today);
  if (last !== undefined && now !== undefined && last < now) return "ended";
  if (budget != null && budget > 0 && spend != null && spend >= budget) return "budgetSpent";
  return null;
}

export interface KpiJudging {
  readonly actual: number | null;
  /**
   * The lowest and highest value the actual could take with its left-out inputs counted at
   * any reading (tally.ts, metricRange); absent when none was left out.
   */
  readonly range?: { readonly low: number | null; readonly high: number | null };
  readonly baseline: number | null;
  readonly target: number | null;
  /** ISO dates: the campaign's start, the KPI's deadline and the campaign's end. */
  readonly start: string | null;
  readonly deadline: string | null;
  readonly end?: string | null;
  /** Today in the spreadsheet's time zone, ISO. */
  readonly today: string;
  /** The campaign's spend and budget, for "activity over". */
  readonly spend?: number | null;
  readonly budget?: number | null;
}

export interface KpiJudgement {
  readonly status: KpiStatus;
  readonly progress: number | null;
  readonly elapsed: number | null;
  /** Why time elapsed counts as 1, if it does because the activity is over. */
  readonly over: "ended" | "budgetSpent" | null;
  /**
   * With inputs left out: the statuses at the actual's lowest and highest value. The status is
   * Check inputs when they differ, and theirs when they agree.
   */
  readonly ends?: { readonly low: KpiStatus; readonly high: KpiStatus };
}

/** A KPI's status by DOMAIN.md's rule, with left-out inputs at their best and worst reading. */
export function judgeKpi(kpi: KpiJudging): KpiJudgement {
  const today = isoDay(kpi.today) ?? 0;
  const deadline = day(kpi.deadline);
  const over = activityOver(kpi.end, kpi.today, kpi.spend, kpi.budget);
  const elapsed = timeElapsed(day(kpi.start), deadline, today, over !== null);
  // A blank baseline is 0, as KPIPROGRESS reads it in the KPI Framework.
  const baseline = kpi.baseline ?? 0;
  const progress = kpiProgress(kpi.actual, baseline, kpi.target);
  const statusAt = (actual: number | null) =>
    kpiStatus(kpiProgress(actual, baseline, kpi.target), elapsed, deadline, today);
  if (!kpi.range) return { status: statusAt(kpi.actual), progress, elapsed, over };
  const ends = { low: statusAt(kpi.range.low), high: statusAt(kpi.range.high) };
  // No Actual to judge (it divides by zero) is Check inputs, whatever its cells could give.
  const status = progress !== null && ends.low === ends.high ? ends.low : "checkInputs";
  return { status, progress, elapsed, over, ends };
}
