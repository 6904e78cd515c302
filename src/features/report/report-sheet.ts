/**
 * A report as a sheet: the report model laid out top to bottom in twelve columns (title,
 * headline, facts, scorecard, figures, funnel, breakdowns, benchmarks, insights, data issues,
 * definitions), painted as one block, with native charts to the right of the data so they
 * cover none of it. Planned as plain data; the port writes it in a fixed number of calls.
 */
import { moneyFormat } from "../../core/currency";
import { formatter } from "../../core/framework/format";
import { METRICS } from "../../core/framework/metrics";
import { renderText } from "../../core/framework/text";
import { type Catalog, format, type MessageKey } from "../../core/i18n/catalog";
import { signAfter } from "../../core/i18n/locale-formats";
import {
  type BreakdownLine,
  type FigureKey,
  ISSUES_SHOWN,
  lineLabel,
  type ReportModel,
  type Suggestion,
} from "../../core/report/model";
import {
  EXCHANGE_RATE_FORMAT,
  HEADER_GREY,
  type LocaleFormats,
  TEXT_FORMAT,
  unitFormat,
} from "../../sheets/templates/template";
import {
  type CellInput,
  type ChartSpec,
  calendarDay,
  type SheetPaint,
} from "../../sheets/workbook";

/** Columns the report's tables use; charts start after a gap. */
const WIDTH = 12;
const CHART_COLUMN = WIDTH + 2;
const TITLE_GREY = "#f1f3f4";

/** How a cell is formatted; money in another currency names it ("money:EUR"). */
type Kind = "text" | "count" | "money" | "rate" | "ratio" | "date" | "exchange" | `money:${string}`;

interface Line {
  cells: CellInput[];
  kinds: Kind[];
  bold: boolean;
  background: string | null;
}

export interface ReportSheetPlan {
  readonly paint: SheetPaint;
  readonly charts: readonly ChartSpec[];
  readonly rows: number;
}

const FIGURE_LABELS: Readonly<Record<FigureKey, MessageKey>> = {
  spend: "page.spend",
  impressions: "col.impressions",
  views: "col.views",
  reach: "page.reachSummed",
  engagements: "col.engagements",
  clicks: "col.clicks",
  conversions: "col.conversions",
  orders: "col.orders",
  revenue: "col.revenue",
  aov: "page.aov",
  emv: "col.emv",
  cpm: "col.cpm",
  cpe: "col.cpe",
  ctr: "col.ctr",
  conversionRate: "col.conversionRate",
  roas: "col.roas",
  roi: "col.roi",
};

const SUGGESTIONS: Readonly<Record<Suggestion, MessageKey>> = {
  keep: "page.keep",
  scale: "page.scale",
  review: "page.review",
  tooLittleData: "page.tooLittleData",
};

/** A computed rate to a sensible precision: 124%, 6.9%, 0.41%. */
const round = (rate: number) => {
  const places = Math.abs(rate) >= 0.1 ? 2 : Math.abs(rate) >= 0.01 ? 3 : 4;
  return Math.round(rate * 10 ** places) / 10 ** places;
};

/** A date of the model (yyyy-mm-dd), or an empty cell. */
const day = (iso: string | null) => (iso ? calendarDay(iso) : "");

export function planReportSheet(
  model: ReportModel,
  catalog: Catalog,
  formats: LocaleFormats,
  locale: string,
): ReportSheetPlan {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    format(catalog, key, params);
  const say = (text: Parameters<typeof renderText>[1]) => renderText(catalog, text);
  const shown = formatter(locale, model.header.currency);
  const lines: Line[] = [];
  const add = (
    cells: CellInput[],
    kinds: Kind[] = [],
    bold = false,
    background: string | null = null,
  ) => lines.push({ cells, kinds, bold, background });
  const heading = (key: MessageKey) => {
    add([]);
    add([t(key)], [], true);
  };
  const tableHead = (keys: MessageKey[]) =>
    add(
      keys.map((key) => t(key)),
      [],
      true,
      HEADER_GREY,
    );
  const number = (value: number | null) => (value === null ? "" : value);

  const { header } = model;
  const title = [t("page.title"), header.campaign ?? t("page.allCampaigns")].join(t("join.title"));
  add([title], [], true, TITLE_GREY);
  add([model.headline.map(say).join(t("join.sentences"))], [], true);
  add([]);
  const goal = header.goal ? t(`goal.${header.goal}` as MessageKey) : "";
  const goals =
    header.goal && header.secondaryGoal
      ? t("page.secondaryGoal", {
          goal,
          secondary: t(`goal.${header.secondaryGoal}` as MessageKey),
        })
      : goal;
  if (goals) add([t("page.goal"), goals]);
  add([t("page.dates"), day(header.from), day(header.to)], ["text", "date", "date"]);
  add([t("page.spend"), header.spend], ["text", "money"]);
  if (header.budget !== null) {
    const share = header.budget > 0 ? header.spend / header.budget : "";
    add([t("page.budget"), header.budget, share], ["text", "money", "rate"]);
  }
  add([t("page.currency"), header.currency]);
  add([t("page.asOf"), day(header.asOf)], ["text", "date"]);
  add([
    t("page.rows"),
    t("page.rowsCount", { covered: header.rowsCovered, leftOut: header.rowsLeftOut }),
  ]);

  heading("page.scorecard");
  let scorecard: { first: number; count: number; headed: boolean } | undefined;
  if (model.scorecard.length === 0) add([t("page.noKpis")]);
  else {
    tableHead([
      "col.kpi",
      "page.metric",
      "col.actual",
      "col.baseline",
      "col.target",
      "col.progress",
      "col.deadline",
      "col.status",
      "col.smartNotes",
    ]);
    scorecard = { first: lines.length + 1, count: model.scorecard.length, headed: true };
    for (const line of model.scorecard) {
      const unit = METRICS[line.metric].unit;
      add(
        [
          t(`kpi.${line.kpi}` as MessageKey),
          t(`metric.${line.metric}` as MessageKey),
          number(line.actual),
          number(line.baseline),
          number(line.target),
          number(line.progress),
          day(line.deadline),
          t(`status.${line.status}` as MessageKey),
          [...(line.note ? [say(line.note)] : []), ...line.smartFlags].join("\n"),
        ],
        ["text", "text", unit, unit, unit, "rate", "date"],
      );
    }
  }
  for (const text of model.scorecardNotes) add([say(text)]);

  heading("page.figures");
  for (const figure of model.figures) {
    add(
      [t(FIGURE_LABELS[figure.key]), number(figure.value), say(figure.formula)],
      ["text", figure.unit],
    );
  }

  // The rates amounts in other currencies counted at, and those amounts as typed.
  if (header.rates.length > 0 || header.rateProblems.length > 0) heading("page.rates");
  if (header.rates.length > 0) {
    tableHead([
      "settings.rateCurrency",
      "settings.rate",
      "settings.rateAsOf",
      "settings.rateSource",
      "col.campaign",
      "col.cost",
      "col.revenue",
    ]);
    for (const used of header.rates) {
      const own: Kind = `money:${used.currency}`;
      add(
        [
          used.currency,
          used.rate,
          day(used.asOf || null),
          used.source,
          used.campaign || t("page.allCampaigns"),
          used.cost,
          used.revenue,
        ],
        ["text", "exchange", "date", "text", "text", own, own],
      );
    }
    add([t("page.ratesNote")]);
  }
  for (const problem of header.rateProblems) add([say(problem)]);

  heading("page.funnel");
  const funnelFirst = lines.length + 1;
  for (const stage of model.funnel) {
    const label = stage.stage === "exposure" ? t("page.exposure") : t(`col.${stage.stage}`);
    add([label, stage.value, number(stage.rate)], ["text", "count", "rate"]);
  }
  const funnel = { first: funnelFirst, count: model.funnel.length, headed: false };
  add([
    t("page.engagementsBeside", {
      engagements: shown.number(model.engagements.value),
      rate:
        model.engagements.rate === null ? "–" : shown.value("rate", round(model.engagements.rate)),
    }),
  ]);

  const breakdown = (
    key: MessageKey,
    name: MessageKey,
    items: readonly BreakdownLine[],
    suggestions: boolean,
    /** How a line's name reads: tiers by their label in the language. */
    shownName: (name: string) => string = (name) => name,
  ) => {
    heading(key);
    tableHead([
      name,
      "page.posts",
      "col.cost",
      "col.emv",
      "col.cpe",
      "col.engagementRate",
      "col.ctr",
      "col.conversions",
      "col.roas",
      "col.roi",
      ...(suggestions ? (["page.suggestion", "page.reason"] as const) : []),
    ]);
    const first = lines.length + 1;
    for (const item of items) {
      add(
        [
          shownName(lineLabel(item)),
          item.posts,
          item.cost,
          item.emv,
          number(item.cpe),
          number(item.engagementRate),
          number(item.ctr),
          item.conversions,
          number(item.roas),
          number(item.roi),
          ...(item.suggestion
            ? [t(SUGGESTIONS[item.suggestion.verdict]), say(item.suggestion.reason)]
            : []),
        ],
        ["text", "count", "money", "money", "money", "rate", "rate", "count", "ratio", "rate"],
      );
    }
    return { first, count: items.length, headed: true };
  };
  const { influencer, platform, tier } = model.breakdowns;
  const influencers = breakdown("page.byInfluencer", "col.influencer", influencer, true);
  const platforms = breakdown("page.byPlatform", "col.platform", platform, false);
  if (model.breakdowns.pooled) add([say(model.breakdowns.pooled)]);
  breakdown("page.byTier", "col.tier", tier, false, (name) => t(`tier.${name}` as MessageKey));

  heading("page.benchmarks");
  if (model.benchmarks.length === 0) add([t("page.noBenchmarks")]);
  else {
    tableHead([
      "col.platform",
      "col.followers",
      "page.influencers",
      "page.ours",
      "page.benchmark",
      "page.compared",
      "page.source",
      "page.note",
    ]);
    for (const line of model.benchmarks) {
      const [low, high] = line.followers;
      const band =
        high === null ? `${shown.number(low)}+` : `${shown.number(low)}–${shown.number(high)}`;
      const range = `${shown.value("rate", line.low)}–${shown.value("rate", line.high)}`;
      const verdict = line.verdict ? t(`page.${line.verdict}`) : t("page.notComparable");
      add(
        [
          line.platform,
          band,
          line.influencers,
          number(line.ours),
          range,
          verdict,
          say(line.source),
          say(line.note),
        ],
        ["text", "text", "count", "rate"],
      );
    }
    add([say(model.benchmarkNote)]);
  }

  heading("page.insights");
  if (model.insights.length === 0) add([t("page.noInsights")]);
  for (const insight of model.insights) add([say(insight)]);

  heading("page.dataIssues");
  if (model.dataIssues.length === 0) add([t("page.noIssues")]);
  else {
    tableHead(["page.cell", "page.value", "page.problem"]);
    for (const issue of model.dataIssues.slice(0, ISSUES_SHOWN)) {
      const column = issue.column
        ? `${t(`col.${issue.column}` as MessageKey)}${t("join.words")}`
        : "";
      add([issue.cell, issue.value, `${column}${say(issue.problem)}`]);
    }
    const more = model.dataIssues.length - ISSUES_SHOWN;
    if (more > 0) add([t("page.moreIssues", { count: shown.number(more) })]);
  }

  heading("page.definitions");
  for (const definition of model.definitions) add([say(definition)]);

  const formatOf = (kind: Kind | undefined): string =>
    kind === "date"
      ? formats.date
      : kind === undefined || kind === "text"
        ? TEXT_FORMAT
        : kind === "exchange"
          ? EXCHANGE_RATE_FORMAT
          : kind.startsWith("money:")
            ? moneyFormat(kind.slice("money:".length), signAfter(locale))
            : unitFormat(kind as "count" | "money" | "rate" | "ratio", formats);
  const grid = <T>(cell: (line: Line, column: number) => T): T[][] =>
    lines.map((line) => Array.from({ length: WIDTH }, (_, column) => cell(line, column)));
  const paint: SheetPaint = {
    newSheet: true,
    blocks: [
      {
        row: 1,
        column: 1,
        values: grid((line, c) => line.cells[c] ?? ""),
        formats: grid((line, c) => formatOf(line.kinds[c])),
        bold: grid((line) => line.bold),
        backgrounds: grid((line) => line.background),
      },
    ],
    frozenRows: 2,
    widths: [
      { column: 1, count: 1, width: 220 },
      { column: 2, count: WIDTH - 1, width: 110 },
    ],
  };

  // Charts stack down the column after the table's, one per table with lines: labels in
  // the table's first column, values in the columns given.
  const charts: ChartSpec[] = [];
  const chart = (
    type: ChartSpec["type"],
    title: MessageKey,
    table: { first: number; count: number; headed: boolean } | undefined,
    columns: readonly number[],
  ) => {
    if (!table || table.count === 0) return;
    // A headed table's header row names the series (EMV, Cost) in the chart's legend.
    const headers = table.headed ? 1 : 0;
    const ranges = [1, ...columns].map((column) => ({
      row: table.first - headers,
      column,
      numRows: table.count + headers,
      numColumns: 1,
    }));
    const row = 1 + charts.length * 20;
    charts.push({
      type,
      title: t(title),
      ranges,
      headers,
      row,
      column: CHART_COLUMN,
      width: 560,
      height: 360,
    });
  };
  chart("bar", "page.progressChart", scorecard, [6]);
  chart("bar", "page.emvCost", influencers, [3, 4]);
  chart("column", "page.funnel", funnel, [2]);
  chart("column", "page.emvCostPlatform", platforms, [3, 4]);
  return { paint, charts, rows: lines.length };
}
