/**
 * Writes one campaign's KPIs into the KPI Framework: a row per KPI, its Actual a live formula
 * over the campaign's tracker rows, or an input cell noted with its source for a metric the
 * tracker cannot hold. Writing again for the same campaign updates its rows in place: a KPI
 * kept stays on its row, a new one takes a freed row or goes after the last row, a dropped
 * one is cleared. Only the add-on's columns are written, so the user's own columns are never
 * touched; other campaigns' rows between ours get back exactly what they held. Everything is
 * read and planned before the first write (so what the write changes can be read first, for
 * Undo), and the number of calls is the same for 1 KPI or 12.
 */
import type { CellValue } from "../../core/cells";
import { describeMeasure } from "../../core/framework/describe";
import { GOALS } from "../../core/framework/goals";
import { KPIS } from "../../core/framework/kpis";
import { headlineMetric, METRICS } from "../../core/framework/metrics";
import type {
  Framework,
  FrameworkKpi,
  KpiId,
  MetricDef,
  MetricId,
} from "../../core/framework/model";
import { renderText } from "../../core/framework/text";
import { type Catalog, format, type MessageKey } from "../../core/i18n/catalog";
import type { Lang } from "../../core/i18n/languages";
import { afterColon } from "../../core/i18n/sentence";
import { FRAMEWORK_KEYS, type FrameworkKey } from "../../core/tracker-columns";
import { columnLetter } from "../../sheets/a1";
import { figureFormula } from "../../sheets/figure-formulas";
import {
  FRAMEWORK_FIRST_ROW,
  idsByLabel,
  normal,
  readFrameworkTable,
} from "../../sheets/readers/framework";
import { trackerColumns } from "../../sheets/readers/tracker";
import { type LocaleFormats, TEXT_FORMAT, unitFormat } from "../../sheets/templates/template";
import { TRACKER } from "../../sheets/templates/tracker";
import {
  type Block,
  type CellInput,
  calendarDay,
  formula,
  type Rect,
  type SheetRef,
  type WorkbookPort,
} from "../../sheets/workbook";

/** Columns in the unit of the KPI's metric. */
const UNIT_KEYS: ReadonlySet<FrameworkKey> = new Set([
  "baseline",
  "target",
  "actual",
  "lowest",
  "highest",
]);

/** Columns the wizard writes: all but the template's live Progress and Status. */
const WRITTEN: readonly FrameworkKey[] = FRAMEWORK_KEYS.filter(
  (key) => key !== "progress" && key !== "status",
);

export interface FrameworkSheets {
  readonly framework: SheetRef;
  readonly tracker: SheetRef;
}

export interface RowsOptions {
  /** The sheets' language, and its catalog. */
  readonly language: Lang;
  readonly catalog: Catalog;
  /** Every language the sheets may have been in, to recognise KPIs and headers by. */
  readonly known: readonly Catalog[];
  readonly formats: LocaleFormats;
}

interface RowsWritten {
  /** The campaign's rows after the write. */
  readonly rows: readonly number[];
  readonly added: number;
  readonly updated: number;
  /** KPIs the campaign had and no longer has. */
  readonly removed: number;
}

/**
 * What a write changes: in rows first to last (counted after it), the add-on's columns (runs of
 * adjacent ones) and the Actual column's notes; `inserted` rows come in new after row `after`.
 */
export interface WriteExtent {
  readonly first: number;
  readonly last: number;
  readonly columns: readonly { readonly start: number; readonly count: number }[];
  readonly actual: number;
  readonly inserted: { readonly after: number; readonly count: number } | null;
}

/** A write planned whole: the sheet as it was read, what will change, and the writes. */
export interface RowsPlan {
  /** The framework's values as read before the write. */
  readonly values: readonly (readonly CellValue[])[];
  readonly extent: WriteExtent;
  /** Inserts the rows the plan needs, then paints: the same calls for 1 KPI or 12. */
  apply(): RowsWritten;
}

type Row = Partial<Record<FrameworkKey, CellInput>>;

/** Which of the framework's goals a KPI serves: the primary's, else the secondary's. */
function goalOf(framework: Framework, kpi: KpiId) {
  const { goal, secondaryGoal } = framework;
  return secondaryGoal && !GOALS[goal].kpis.includes(kpi) && GOALS[secondaryGoal].kpis.includes(kpi)
    ? secondaryGoal
    : goal;
}

/** Runs of consecutive column numbers: one block each. */
function runs(columns: readonly number[]): { start: number; count: number }[] {
  const found: { start: number; count: number }[] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = found[found.length - 1];
    if (last && last.start + last.count === column) last.count++;
    else found.push({ start: column, count: 1 });
  }
  return found;
}

export function planFrameworkRows(
  port: WorkbookPort,
  sheets: FrameworkSheets,
  framework: Framework,
  options: RowsOptions,
): RowsPlan {
  const { language, catalog, known, formats } = options;
  const label = (key: string) => catalog[key as MessageKey] ?? key;
  // Metric names are written for sentences ("increase reach from ..."); a cell starts upper case.
  const metricCell = (id: MetricId | undefined) => {
    const name = id ? label(`metric.${id}`) : "";
    return name.charAt(0).toUpperCase() + name.slice(1);
  };

  const trackerPositions = trackerColumns(port, sheets.tracker, known);
  const { values, positions } = readFrameworkTable(port, sheets.framework, known);
  const cell = (row: number, key: FrameworkKey) => values[row - 1]?.[positions[key] - 1];
  const kpiByLabel = idsByLabel(Object.keys(KPIS) as KpiId[], "kpi.", known);
  const metricByLabel = idsByLabel(Object.keys(METRICS) as MetricId[], "metric.", known);
  const metricAt = (row: number): MetricDef | undefined => {
    const id = metricByLabel.get(normal(cell(row, "metric1")));
    return id && METRICS[id];
  };

  // Which row each KPI goes to.
  const free: number[] = [];
  for (let row = FRAMEWORK_FIRST_ROW; row <= values.length; row++) {
    if (String(cell(row, "campaign") ?? "").trim() === framework.campaign) free.push(row);
  }
  const rowOf = new Map<FrameworkKpi, number>();
  for (const kpi of framework.kpis) {
    const at = free.findIndex((row) => kpiByLabel.get(normal(cell(row, "kpi"))) === kpi.kpi);
    if (at >= 0) rowOf.set(kpi, free.splice(at, 1)[0] as number);
  }
  const updated = rowOf.size;
  const removed = free.length;
  // New KPIs take the rows of dropped ones, then rows right under the campaign's last (so its
  // rows stay together), or after the table for a campaign new to the framework.
  const campaignEnd = Math.max(FRAMEWORK_FIRST_ROW - 1, ...rowOf.values(), ...free);
  const tableEnd = Math.max(values.length, FRAMEWORK_FIRST_ROW - 1);
  const under = updated + free.length > 0 && campaignEnd < tableEnd;
  let next = (under ? campaignEnd : tableEnd) + 1;
  for (const kpi of framework.kpis) if (!rowOf.has(kpi)) rowOf.set(kpi, free.shift() ?? next++);
  const cleared = free;
  const lastRow = next - 1;
  const inserted = under ? lastRow - campaignEnd : 0;

  const planned = new Map<number, { row: Row; metric: MetricDef }>();
  for (const [kpi, row] of rowOf) {
    const metric = headlineMetric(kpi);
    planned.set(row, { metric, row: kpiCells(kpi, metric, row) });
  }
  for (const row of cleared) planned.set(row, { metric: undefined as never, row: {} });

  const touched = [...planned.keys()];
  const first = Math.min(...touched);
  const last = Math.max(...touched);
  const span = (column: number, count: number): Rect => ({
    row: first,
    column,
    numRows: last - first + 1,
    numColumns: count,
  });
  const columnRuns = runs(WRITTEN.map((key) => positions[key]));
  const keyAt = new Map(WRITTEN.map((key) => [positions[key], key]));
  const left = columnRuns[0]?.start ?? 1;
  const right = Math.max(...columnRuns.map((r) => r.start + r.count - 1));
  // Other campaigns' rows between ours get back what they hold, formulas as formulas.
  let others = false;
  for (let row = first; row <= last && !others; row++) others = !planned.has(row);
  const kept = others ? port.readFormulas(sheets.framework, span(left, right - left + 1)) : [];
  const keptCell = (row: number, column: number): CellInput => {
    const typed = kept[row - first]?.[column - left];
    if (typed) return formula(typed);
    // KPIRANGE in Lowest fills Highest: a value written there would block it.
    if (column === positions.highest) return "";
    const value = values[row - 1]?.[column - 1];
    return value === undefined ? "" : value;
  };

  const blocks: Block[] = columnRuns.map(({ start, count }) => {
    const lines: CellInput[][] = [];
    const lineFormats: string[][] = [];
    for (let row = first; row <= last; row++) {
      const plan = planned.get(row);
      const metric = plan ? plan.metric : metricAt(row);
      const line: CellInput[] = [];
      const rowFormats: string[] = [];
      for (let column = start; column < start + count; column++) {
        const key = keyAt.get(column) as FrameworkKey;
        line.push(plan ? (plan.row[key] ?? "") : keptCell(row, column));
        rowFormats.push(
          key === "start" || key === "end" || key === "deadline"
            ? formats.date
            : key === "budget" || key === "spent"
              ? formats.money
              : UNIT_KEYS.has(key)
                ? unitFormat(metric?.unit, formats)
                : TEXT_FORMAT,
        );
      }
      lines.push(line);
      lineFormats.push(rowFormats);
    }
    return { row: first, column: start, values: lines, formats: lineFormats };
  });
  // The Actual column's notes are all the add-on's: where to enter a hand-kept value.
  const notes: string[][] = [];
  for (let row = first; row <= last; row++) {
    const plan = planned.get(row);
    const metric = plan ? plan.metric : metricAt(row);
    const measure = metric?.measure;
    notes.push([
      measure?.kind === "manual"
        ? format(catalog, "framework.manualNote", { source: label(`source.${measure.source}`) })
        : "",
    ]);
  }
  blocks.push({ row: first, column: positions.actual, notes });

  // Rows the table needs beyond the campaign's, or beyond the sheet's last row.
  let insert: WriteExtent["inserted"] = null;
  if (inserted > 0) insert = { after: campaignEnd, count: inserted };
  else if (lastRow > values.length) {
    const maxRows = port.maxRows(sheets.framework);
    if (lastRow > maxRows) insert = { after: maxRows, count: lastRow - maxRows };
  }

  return {
    values,
    extent: { first, last, columns: columnRuns, actual: positions.actual, inserted: insert },
    apply: () => {
      if (insert) port.insertRowsAfter(sheets.framework, insert.after, insert.count);
      port.paint(sheets.framework, { blocks });
      return {
        rows: [...rowOf.values()].sort((a, b) => a - b),
        added: framework.kpis.length - updated,
        updated,
        removed,
      };
    },
  };

  function kpiCells(kpi: FrameworkKpi, metric: MetricDef, row: number): Row {
    // The report's own figures for the campaign named on the row: its Actual, its spend, and
    // the lowest and highest Actual (spilling into the Highest column) with cells left out.
    const refs = {
      tracker: sheets.tracker.name,
      firstRow: TRACKER.firstDataRow,
      positions: trackerPositions,
      baseWords: {
        reach: known.map((c) => c["base.reach"]),
        views: known.map((c) => c["base.views"]),
      },
    };
    const campaignCell = `$${columnLetter(positions.campaign)}${row}`;
    const tracked = metric.measure.kind !== "manual";
    const live = tracked && figureFormula("KPIACTUAL", metric.id, campaignCell, refs);
    const range = tracked && figureFormula("KPIRANGE", metric.id, campaignCell, refs);
    // A hand-entered value stays as long as the KPI keeps its headline metric.
    const typed = cell(row, "actual");
    const keepTyped = metricAt(row)?.id === metric.id && typeof typed === "number";
    const passed = kpi.smart.filter((check) => check.verdict === "pass").length;
    return {
      campaign: framework.campaign,
      budget: framework.budget,
      spent: formula(figureFormula("KPIACTUAL", "spend", campaignCell, refs)),
      goal: label(`goal.${goalOf(framework, kpi.kpi)}`),
      kpi: label(`kpi.${kpi.kpi}`),
      metric1: metricCell(kpi.metrics[0]),
      metric2: metricCell(kpi.metrics[1]),
      metric3: metricCell(kpi.metrics[2]),
      formula: describeMeasure(metric, catalog),
      dataSource: label(
        `source.${metric.measure.kind === "manual" ? metric.measure.source : "tracker"}`,
      ),
      baseline: kpi.baseline,
      target: kpi.target,
      start: calendarDay(framework.start),
      end: calendarDay(framework.end),
      deadline: calendarDay(kpi.deadline),
      owner: kpi.owner,
      tactic: kpi.tactic ? label(`tactic.${kpi.tactic}`) : "",
      smartStatus: format(catalog, "framework.smartScore", {
        passed,
        total: kpi.smart.length,
      }),
      statement: renderText(catalog, kpi.statement),
      smartNotes: kpi.smart
        .filter((check) => check.verdict !== "pass")
        .map((check) =>
          [
            label(`smart.${check.criterion}`),
            afterColon(renderText(catalog, check.reason), language),
          ].join(catalog["join.label"]),
        )
        .join("\n"),
      actual: live ? formula(live) : keepTyped ? typed : "",
      lowest: range ? formula(range) : "",
      highest: "",
    };
  }
}
