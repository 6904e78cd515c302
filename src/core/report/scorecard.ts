/**
 * The KPI scorecard: each KPI of the framework judged on the report's rows by DOMAIN.md's
 * rule (the KPI Framework sheet's Status column applies the same one), and the headline that
 * sums it up in one sentence.
 */
import { isBlank } from "../cells";
import { isoDay } from "../framework/dates";
import { campaignValues, type TrackerRecord } from "../framework/measure";
import { METRICS } from "../framework/metrics";
import type { EngagementBase, FrameworkText, Measure, MetricId } from "../framework/model";
import { say } from "../framework/text";
import type { NumberConventions } from "../i18n/number-format";
import { readNumber } from "../numbers";
import type { FrameworkRow, KpiStatus, ScorecardLine } from "./model";
import { campaignKey } from "./read";

/** A campaign's rows in the report, and the columns where one of its cells was left out. */
export interface CampaignRows {
  readonly records: readonly TrackerRecord[];
  readonly flagged: ReadonlySet<string> | undefined;
}

export interface ScoreOptions {
  readonly today: string;
  readonly base: EngagementBase;
  readonly conventions: NumberConventions | undefined;
}

/** Time elapsed = (today − start) / (deadline − start), clipped to 0..1; null without both dates. */
export function elapsed(start: number | undefined, deadline: number | undefined, today: number) {
  if (start === undefined || deadline === undefined) return null;
  if (deadline <= start || today >= deadline) return 1;
  if (today <= start) return 0;
  return (today - start) / (deadline - start);
}

/**
 * Check inputs when an input is flagged or progress cannot be computed; Met at progress ≥ 1;
 * Missed once the deadline has passed; In progress without a start or deadline; On track
 * while progress ≥ time elapsed; At risk otherwise.
 */
export function kpiStatus(
  progress: number | null,
  timeElapsed: number | null,
  deadline: number | undefined,
  today: number,
  flagged: boolean,
): KpiStatus {
  if (flagged || progress === null) return "checkInputs";
  if (progress >= 1) return "met";
  if (deadline !== undefined && deadline < today) return "missed";
  if (timeElapsed === null) return "inProgress";
  return progress >= timeElapsed ? "onTrack" : "atRisk";
}

/** The tracker columns a measure reads; views stand in for blank impressions. */
function columnsRead(measure: Measure, base: EngagementBase): string[] {
  const read = (column: string) => (column === "impressions" ? [column, "views"] : [column]);
  switch (measure.kind) {
    case "sum":
      return read(measure.column);
    case "ratio":
      return [...read(measure.numerator), ...read(measure.denominator)];
    case "engagementRate":
      return ["engagements", base];
    default:
      return [];
  }
}

const day = (iso: string | null) => (iso === null ? undefined : isoDay(iso));

export function scoreKpis(
  framework: readonly FrameworkRow[],
  campaigns: ReadonlyMap<string, CampaignRows>,
  options: ScoreOptions,
): ScorecardLine[] {
  const today = isoDay(options.today) ?? 0;
  const values = new Map<string, Partial<Record<MetricId, number>>>();
  const lines: ScorecardLine[] = [];
  for (const kpi of framework) {
    const key = campaignKey(kpi.campaign);
    const rows = campaigns.get(key);
    const metric = kpi.metrics[0];
    if (!rows || metric === undefined) continue;
    const { measure } = METRICS[metric];
    let actual: number | null = null;
    let flagged = false;
    if (measure.kind === "manual") {
      // Entered by hand in the KPI Framework: read as the tracker reads its cells.
      if (!isBlank(kpi.actual)) {
        const read = readNumber(kpi.actual, options.conventions);
        if (read.kind === "number") actual = read.value;
        else flagged = read.kind === "bad";
      }
    } else {
      let current = values.get(key);
      if (!current) {
        current = campaignValues(rows.records, { base: options.base });
        values.set(key, current);
      }
      actual = current[metric] ?? null;
      flagged = columnsRead(measure, options.base).some((column) => rows.flagged?.has(column));
    }
    const { baseline, target } = kpi;
    const progress =
      actual === null || baseline === null || target === null || target === baseline
        ? null
        : (actual - baseline) / (target - baseline);
    const deadline = day(kpi.deadline);
    const timeElapsed = elapsed(day(kpi.start), deadline, today);
    lines.push({
      campaign: kpi.campaign,
      kpi: kpi.kpi,
      metric,
      actual,
      baseline,
      target,
      progress,
      elapsed: timeElapsed,
      start: kpi.start,
      deadline: kpi.deadline,
      status: kpiStatus(progress, timeElapsed, deadline, today, flagged),
      smartFlags: kpi.smartNotes
        .split("\n")
        .map((note) => note.trim())
        .filter((note) => note !== ""),
    });
  }
  return lines;
}

/** Did we hit the goal? One sentence from the scorecard. */
export function headline(lines: readonly ScorecardLine[]): FrameworkText {
  const total = lines.length;
  if (total === 0) return say("report.headline.none");
  const count = (status: KpiStatus) => lines.filter((line) => line.status === status).length;
  const [met, onTrack, atRisk, missed] = [
    count("met"),
    count("onTrack"),
    count("atRisk"),
    count("missed"),
  ];
  if (met === total) return say("report.headline.allMet", { total });
  if (atRisk + missed > 0) return say("report.headline.behind", { met, total, atRisk, missed });
  const open = total - met - onTrack;
  if (open === 0) return say("report.headline.onTrack", { met, total });
  return say("report.headline.open", { met, total, onTrack, open });
}
