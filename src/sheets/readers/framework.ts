/**
 * The KPI Framework sheet read back: each campaign's KPI rows as the wizard's answers, found by
 * any label they carry in any language the sheets have been in, columns wherever they are.
 */
import { type CellValue, isDate } from "../../core/cells";
import { GOALS } from "../../core/framework/goals";
import { KPIS } from "../../core/framework/kpis";
import { METRICS } from "../../core/framework/metrics";
import type { GoalId, KpiId, MetricId, TacticId } from "../../core/framework/model";
import type { Catalog, MessageKey } from "../../core/i18n/catalog";
import { textsOf } from "../../core/labels";
import { FRAMEWORK_KEYS, type FrameworkKey } from "../../core/tracker-columns";
import { locateHeader } from "../headers";
import type { Positions } from "../templates/template";
import type { SheetRef, WorkbookPort } from "../workbook";

/** The framework's first KPI row, under its header. */
export const FRAMEWORK_FIRST_ROW = 2;

const text = (value: CellValue | undefined) => String(value ?? "").trim();
/** How a label is matched: trimmed, case aside. */
export const normal = (value: CellValue | undefined) => text(value).toLowerCase();

/** Ids by every label they have had in the known languages and in earlier releases. */
export function idsByLabel<I extends string>(
  ids: readonly I[],
  prefix: "kpi." | "metric." | "goal." | "tactic.",
  known: readonly Catalog[],
): Map<string, I> {
  const found = new Map<string, I>();
  for (const id of ids) {
    for (const label of textsOf(known, `${prefix}${id}` as MessageKey)) {
      found.set(normal(label), id);
    }
  }
  return found;
}

/** A campaign's KPI rows read back as the wizard's answers, by any label they carry. */
export interface CampaignFramework {
  readonly goals: readonly GoalId[];
  /** Days are the spreadsheet's calendar days (ISO); numbers only where a cell holds one. */
  readonly start: string | null;
  /** The campaign's end (its activity's last day), from its first row that has one. */
  readonly end: string | null;
  /** The campaign's budget, from its first row that has one. */
  readonly budget: number | null;
  readonly kpis: readonly {
    readonly kpi: KpiId;
    readonly metrics: readonly MetricId[];
    readonly baseline: number | null;
    readonly target: number | null;
    readonly deadline: string | null;
    readonly owner: string;
    readonly tactic: TacticId | "";
    /** The row's goal, Actual and SMART notes, as the sheet shows them. */
    readonly goal: GoalId | null;
    readonly actual: CellValue;
    readonly smartNotes: string;
  }[];
}

const numberIn = (cell: CellValue | undefined) =>
  typeof cell === "number" && Number.isFinite(cell) ? cell : null;

/**
 * Every campaign's framework in the KPI Framework, by campaign name, in one read; rows whose
 * KPI is not one of the catalog's (typed by hand) are left out. A sheet without the campaign
 * column (before version 3) has none.
 */
export function readFrameworks(
  port: WorkbookPort,
  sheet: SheetRef,
  known: readonly Catalog[],
): Map<string, CampaignFramework> {
  const values = port.readTable(sheet);
  const dayIn = (cell: CellValue | undefined) => (isDate(cell) ? port.isoDay(cell) : null);
  // Each campaign's framework is built in place, one push per row.
  type Building = {
    goals: GoalId[];
    readonly start: string | null;
    end: string | null;
    budget: number | null;
    kpis: CampaignFramework["kpis"][number][];
  };
  const found = new Map<string, Building>();
  let positions: Positions<FrameworkKey>;
  try {
    positions = locateHeader(values[0] ?? [], FRAMEWORK_KEYS, known, sheet);
  } catch {
    return found;
  }
  const kpis = idsByLabel(Object.keys(KPIS) as KpiId[], "kpi.", known);
  const metrics = idsByLabel(Object.keys(METRICS) as MetricId[], "metric.", known);
  const goals = idsByLabel(Object.keys(GOALS) as GoalId[], "goal.", known);
  const tacticIds = [...new Set(Object.values(GOALS).flatMap((goal) => goal.tactics))];
  const tactics = idsByLabel(tacticIds, "tactic.", known);
  for (const line of values.slice(FRAMEWORK_FIRST_ROW - 1)) {
    const cell = (key: FrameworkKey) => line[positions[key] - 1];
    const campaign = text(cell("campaign"));
    const kpi = kpis.get(normal(cell("kpi")));
    if (campaign === "" || !kpi) continue;
    let framework = found.get(campaign);
    if (!framework) {
      framework = { goals: [], start: dayIn(cell("start")), end: null, budget: null, kpis: [] };
      found.set(campaign, framework);
    }
    const goal = goals.get(normal(cell("goal")));
    framework.budget ??= numberIn(cell("budget"));
    framework.end ??= dayIn(cell("end"));
    if (goal && !framework.goals.includes(goal)) framework.goals.push(goal);
    framework.kpis.push({
      kpi,
      metrics: (["metric1", "metric2", "metric3"] as const).flatMap((key) => {
        const id = metrics.get(normal(cell(key)));
        return id ? [id] : [];
      }),
      baseline: numberIn(cell("baseline")),
      target: numberIn(cell("target")),
      deadline: dayIn(cell("deadline")),
      owner: text(cell("owner")),
      tactic: tactics.get(normal(cell("tactic"))) ?? "",
      goal: goal ?? null,
      actual: cell("actual") ?? "",
      smartNotes: text(cell("smartNotes")),
    });
  }
  return found;
}

/** The framework's values as they stand, and where its columns are. */
export interface FrameworkTable {
  readonly values: readonly (readonly CellValue[])[];
  readonly positions: Positions<FrameworkKey>;
}

/** The KPI Framework in one read, its columns found by header (a clear error if one is gone). */
export function readFrameworkTable(
  port: WorkbookPort,
  sheet: SheetRef,
  catalogs: readonly Catalog[],
): FrameworkTable {
  const values = port.readTable(sheet);
  return { values, positions: locateHeader(values[0] ?? [], FRAMEWORK_KEYS, catalogs, sheet) };
}
