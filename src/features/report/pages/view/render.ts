/**
 * The stakeholder report as one standalone HTML page: inline CSS, inline SVG charts from
 * core/charts.ts, no script and nothing fetched. Shown in a dialog in Sheets and written to
 * out/report.html locally. Readable at a phone's 360 px (wide tables scroll inside their own
 * box) and printable (A4 landscape, no row or chart split across pages). Every text from the
 * sheet (campaign, influencer and platform names, cell values) is HTML-escaped.
 */
import { barChart, funnelChart, progressChart, type Tone } from "../../../../core/charts";
import { formatter } from "../../../../core/framework/format";
import { METRICS } from "../../../../core/framework/metrics";
import type { FrameworkText, Unit } from "../../../../core/framework/model";
import { renderText } from "../../../../core/framework/text";
import type { MessageKey } from "../../../../core/i18n/catalog";
import { escapeHtml } from "../../../../core/markup";
import {
  type BreakdownLine,
  ISSUES_SHOWN,
  type KpiStatus,
  lineLabel as lineName,
  type ReportModel,
  type ScorecardLine,
} from "../../../../core/report/model";

export interface ReportView {
  /** The catalog of the reader's language. */
  readonly messages: Readonly<Record<string, string>>;
  /** The spreadsheet's locale and Settings currency, for numbers, money and dates. */
  readonly locale: string;
  readonly currency: string;
  /** The page's language (html lang). */
  readonly lang: string;
}

const STYLE = `*{box-sizing:border-box}
body{margin:0;padding:16px;font:14px/1.45 Roboto,Arial,"Noto Sans","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#202124;background:#fff;overflow-wrap:break-word}
main{max-width:1120px;margin:auto}
h1{font-size:1.6em;margin:0 0 8px}
h2{font-size:1.25em;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid #dadce0}
h3{font-size:1.05em;margin:18px 0 6px}
dl{margin:0}dd{margin:0}
.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:6px 16px}
.meta dt,.figs dt,.note{color:#5f6368;font-size:.86em}
.headline{font-size:1.15em;font-weight:500;margin:16px 0;padding:10px 14px;background:#e8f0fe;border-left:4px solid #1a73e8}
.figs{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px}
.figs div{border:1px solid #dadce0;border-radius:8px;padding:6px 10px}
.figs dd{font-size:1.25em;font-weight:600}
.scroll{overflow-x:auto;margin:8px 0}
table{border-collapse:collapse;font-size:.93em;min-width:100%}
th,td{padding:6px 10px;border-bottom:1px solid #e8eaed;text-align:left;vertical-align:top}
th{color:#5f6368;font-size:.92em;font-weight:600}
th:first-child,td:first-child{position:sticky;left:0;background:#fff;max-width:14em;box-shadow:inset -1px 0 #e8eaed}
th:not(.n),td:not(.n){min-width:7em}
.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
th.n{white-space:normal}
.w{min-width:16em}.m{min-width:11em}
ul.flags{margin:0;padding-left:16px}
ul.notes{margin:4px 0 12px;padding-left:18px;color:#5f6368;font-size:.93em}
.tag{display:inline-block;padding:0 8px;border-radius:10px;white-space:nowrap;background:#f1f3f4}
.good{background:#e6f4ea;color:#137333}.ok{background:#e8f0fe;color:#174ea6}.warn{background:#fef7e0;color:#b06000}.bad{background:#fce8e6;color:#c5221f}
figure{margin:16px 0 20px}figcaption{font-weight:600;margin-bottom:6px}
.chart{display:block;max-width:760px;margin:12px 0 20px}figure .chart{margin:0}
footer{margin-top:32px;font-size:.86em;color:#5f6368}
footer dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin-bottom:12px}
footer h2,footer dt{color:#202124}footer dt{font-weight:600}
@media (max-width:480px){body{padding:12px}h1{font-size:1.35em}}
@media print{@page{size:A4 landscape;margin:12mm}body{padding:0;font-size:11px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.scroll{overflow:visible}th:first-child,td:first-child{position:static;box-shadow:none}
tr,svg,figure,.figs div,.headline,li{break-inside:avoid}h2,h3{break-after:avoid}}`;

const TONE: Readonly<Record<KpiStatus, Tone>> = {
  met: "good",
  onTrack: "ok",
  inProgress: "ok",
  atRisk: "warn",
  missed: "bad",
  checkInputs: "none",
};
const VERDICT_TONE = { scale: "good", keep: "ok", review: "warn", tooLittleData: "none" } as const;

const DASH = "–";

/** The first letter upper case: metric names are written to sit inside a sentence. */
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The report in the reader's language, as one HTML document. */
export function renderReportHtml(model: ReportModel, view: ReportView): string {
  const { messages } = view;
  const format = formatter(view.locale, view.currency);
  const t = (key: MessageKey): string => messages[key] ?? key;
  const h = (key: MessageKey): string => escapeHtml(t(key));
  const say = (text: FrameworkText): string => escapeHtml(renderText(messages, text));
  const fill = (key: MessageKey, values: Readonly<Record<string, string | number>>) =>
    say({ key, params: values });
  // Values as text (for charts, which escape their own), then as HTML: a currency code from
  // Settings shows as it is typed, so even a formatted amount may hold user text.
  const valueText = (unit: Unit, amount: number | null): string =>
    amount === null ? DASH : format.value(unit, amount);
  /** A computed rate to a sensible precision: 124%, 6.9%, 0.41%. */
  const rateText = (amount: number | null): string => {
    if (amount === null) return DASH;
    const places = Math.abs(amount) >= 0.1 ? 2 : Math.abs(amount) >= 0.01 ? 3 : 4;
    return format.value("rate", Math.round(amount * 10 ** places) / 10 ** places);
  };
  const value = (unit: Unit, amount: number | null) => escapeHtml(valueText(unit, amount));
  const rate = (amount: number | null) => escapeHtml(rateText(amount));
  const money = (amount: number | null) => value("money", amount);
  const date = (iso: string | null): string => escapeHtml(iso ? format.date(iso) : DASH);
  const tag = (tone: Tone, label: string) =>
    `<span class="tag ${tone}">${escapeHtml(label)}</span>`;

  /** A table in its own horizontal scroll box. Cells are HTML already; numeric columns flagged. */
  const table = (
    label: string,
    heads: readonly (readonly [string, boolean?])[],
    rows: readonly (readonly string[])[],
  ): string => {
    const cls = (i: number) => (heads[i]?.[1] ? ' class="n"' : "");
    return `<div class="scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)}"><table><thead><tr>${heads
      .map(([head], i) => `<th scope="col"${cls(i)}>${escapeHtml(head)}</th>`)
      .join("")}</tr></thead><tbody>${rows
      .map((cells) => `<tr>${cells.map((cell, i) => `<td${cls(i)}>${cell}</td>`).join("")}</tr>`)
      .join("")}</tbody></table></div>`;
  };
  const section = (title: string, body: string) =>
    `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
  const note = (key: MessageKey) => `<p class="note">${h(key)}</p>`;
  const figure = (caption: string, chart: string) =>
    `<figure><figcaption>${escapeHtml(caption)}</figcaption>${chart}</figure>`;

  const { header } = model;
  const campaign = header.campaign ?? t("page.allCampaigns");
  const goal = header.goal
    ? header.secondaryGoal
      ? renderText(messages, {
          key: "page.secondaryGoal",
          labels: { goal: `goal.${header.goal}`, secondary: `goal.${header.secondaryGoal}` },
        })
      : t(`goal.${header.goal}`)
    : DASH;
  const meta: [MessageKey, string][] = [
    ["page.goal", escapeHtml(goal)],
    [
      "page.dates",
      header.from || header.to ? `${date(header.from)} ${DASH} ${date(header.to)}` : DASH,
    ],
    ["page.spend", money(header.spend)],
    ...(header.budget === null
      ? []
      : ([
          [
            "page.budget",
            fill("page.spendOfBudget", {
              spend: valueText("money", header.spend),
              budget: valueText("money", header.budget),
              share: header.budget > 0 ? rateText(header.spend / header.budget) : DASH,
            }),
          ],
        ] as [MessageKey, string][])),
    ["page.currency", escapeHtml(header.currency)],
    ["page.asOf", date(header.asOf)],
    [
      "page.rows",
      fill("page.rowsCount", {
        covered: format.number(header.rowsCovered),
        leftOut: format.number(header.rowsLeftOut),
      }),
    ],
  ];
  const headline = model.headline.map(say).join(h("join.sentences"));
  const top = `<header><h1>${escapeHtml(campaign)}</h1><dl class="meta">${meta
    .map(([key, shown]) => `<div><dt>${h(key)}</dt><dd>${shown}</dd></div>`)
    .join("")}</dl></header><p class="headline">${headline}</p>`;

  // KPI scorecard, then its progress chart; each KPI with its campaign in a report on all.
  // Without a framework there is none: the headline says so.
  const lines = model.scorecard;
  const all = header.campaign === null;
  const kpiName = (line: ScorecardLine) =>
    all ? `${line.campaign}${t("join.label")}${t(`kpi.${line.kpi}`)}` : t(`kpi.${line.kpi}`);
  const scorecard = lines.length
    ? section(
        t("page.scorecard"),
        table(
          t("page.scorecard"),
          [
            ...(all ? [[t("col.campaign")] as const] : []),
            [t("col.kpi")],
            [t("page.metric")],
            [t("col.actual"), true],
            [t("col.baseline"), true],
            [t("col.target"), true],
            [t("col.progress"), true],
            [t("col.deadline"), true],
            [t("col.status")],
            [t("col.smartNotes")],
          ],
          lines.map((line) => {
            const unit = METRICS[line.metric].unit;
            return [
              ...(all ? [escapeHtml(line.campaign)] : []),
              h(`kpi.${line.kpi}`),
              escapeHtml(capital(t(`metric.${line.metric}`))),
              value(unit, line.actual),
              value(unit, line.baseline),
              value(unit, line.target),
              rate(line.progress),
              date(line.deadline),
              tag(TONE[line.status], t(`status.${line.status}`)),
              line.note || line.smartFlags.length
                ? `<ul class="flags w">${[
                    ...(line.note ? [say(line.note)] : []),
                    ...line.smartFlags.map(escapeHtml),
                  ]
                    .map((flag) => `<li>${flag}</li>`)
                    .join("")}</ul>`
                : "",
            ];
          }),
        ) +
          (model.scorecardNotes.length
            ? `<ul class="notes">${model.scorecardNotes.map((text) => `<li>${say(text)}</li>`).join("")}</ul>`
            : "") +
          figure(
            t("page.progressChart"),
            progressChart(
              t("page.progressChart"),
              lines.map((line) => ({
                label: kpiName(line),
                progress: line.progress,
                elapsed: line.elapsed,
                text: `${rateText(line.progress)} · ${t(`status.${line.status}`)}`,
                tone: TONE[line.status],
              })),
              { target: t("page.target"), elapsed: t("page.elapsed") },
              t("join.label"),
            ),
          ),
      )
    : "";

  const figureLabel = (key: ReportModel["figures"][number]["key"]) =>
    t(
      key === "spend"
        ? "page.spend"
        : key === "reach"
          ? "page.reachSummed"
          : key === "aov"
            ? "page.aov"
            : `col.${key}`,
    );
  const figures = `<dl class="figs">${model.figures
    .map(
      (f) =>
        `<div><dt>${escapeHtml(figureLabel(f.key))}</dt><dd>${f.unit === "rate" ? rate(f.value) : value(f.unit, f.value)}</dd></div>`,
    )
    .join("")}</dl>`;

  const funnel =
    funnelChart(
      t("page.funnel"),
      model.funnel.map((stage) => ({
        label: t(stage.stage === "exposure" ? "page.exposure" : `col.${stage.stage}`),
        value: stage.value,
        text: format.number(stage.value),
        rate: stage.rate === null ? null : rateText(stage.rate),
      })),
      t("join.label"),
    ) +
    `<p class="note">${fill("page.engagementsBeside", {
      engagements: format.number(model.engagements.value),
      rate: rateText(model.engagements.rate),
    })}</p>`;

  // Breakdowns: influencers with their suggestion, then platforms and tiers.
  const breakdown = (
    title: string,
    nameHead: string,
    items: readonly BreakdownLine[],
    name: (line: BreakdownLine) => string,
  ) => {
    const judged = items.some((line) => line.suggestion);
    const heads: (readonly [string, boolean?])[] = [
      [nameHead],
      [t("page.posts"), true],
      [t("col.cost"), true],
      [t("col.emv"), true],
      [t("col.cpe"), true],
      [t("col.engagementRate"), true],
      [t("col.ctr"), true],
      [t("col.conversions"), true],
      [t("col.roas"), true],
      [t("col.roi"), true],
    ];
    if (judged) heads.push([t("page.suggestion")], [t("page.reason")]);
    return `<h3>${escapeHtml(title)}</h3>${table(
      title,
      heads,
      items.map((line) => {
        const cells = [
          escapeHtml(name(line)),
          format.number(line.posts),
          money(line.cost),
          money(line.emv),
          money(line.cpe),
          rate(line.engagementRate),
          rate(line.ctr),
          format.number(line.conversions),
          value("ratio", line.roas),
          rate(line.roi),
        ];
        const s = line.suggestion;
        if (judged) {
          cells.push(
            s ? tag(VERDICT_TONE[s.verdict], t(`page.${s.verdict}`)) : "",
            s ? `<div class="w">${say(s.reason)}</div>` : "",
          );
        }
        return cells;
      }),
    )}`;
  };
  const influencers = model.breakdowns.influencer;
  const SHOWN = 15;
  const charted = influencers.slice(0, SHOWN);
  const byInfluencer =
    breakdown(t("page.byInfluencer"), t("col.influencer"), influencers, lineName) +
    (charted.length
      ? figure(
          t("page.emvCost"),
          barChart(
            t("page.emvCost"),
            [t("col.emv"), t("col.cost")],
            charted.map((line) => ({
              label: lineName(line),
              values: [line.emv, line.cost],
              texts: [valueText("money", line.emv), valueText("money", line.cost)],
            })),
            t("join.label"),
          ),
        ) +
        (influencers.length > SHOWN
          ? `<p class="note">${fill("page.chartFirst", { shown: SHOWN, count: influencers.length })}</p>`
          : "")
      : "");
  const platforms = model.breakdowns.platform;
  const breakdowns =
    byInfluencer +
    breakdown(t("page.byPlatform"), t("col.platform"), platforms, (l) => l.name) +
    (platforms.length
      ? figure(
          t("page.emvCostPlatform"),
          barChart(
            t("page.emvCostPlatform"),
            [t("col.emv"), t("col.cost")],
            platforms.map((line) => ({
              label: line.name,
              values: [line.emv, line.cost],
              texts: [valueText("money", line.emv), valueText("money", line.cost)],
            })),
            t("join.label"),
          ),
        )
      : "") +
    (model.breakdowns.pooled ? `<p class="note">${say(model.breakdowns.pooled)}</p>` : "") +
    breakdown(
      t("page.byTier"),
      t("col.tier"),
      model.breakdowns.tier,
      (l) => messages[`tier.${l.name}`] ?? l.name,
    );

  const benchmarks = model.benchmarks.length
    ? `${table(
        t("page.benchmarks"),
        [
          [t("col.platform")],
          [t("col.followers"), true],
          [t("col.formula")],
          [t("page.influencers"), true],
          [t("page.posts"), true],
          [t("page.ours"), true],
          [t("page.benchmark"), true],
          [t("page.compared")],
          [t("page.source")],
          [t("page.note")],
        ],
        model.benchmarks.map((b) => [
          escapeHtml(b.platform),
          `${format.number(b.followers[0])}${b.followers[1] === null ? "+" : `${DASH}${format.number(b.followers[1])}`}`,
          h(`report.benchmarkFormula.${b.formula}`),
          format.number(b.influencers),
          format.number(b.posts),
          rate(b.ours),
          `${value("rate", b.low)}${DASH}${value("rate", b.high)}`,
          b.comparable && b.verdict
            ? tag(
                b.verdict === "within" ? "ok" : b.verdict === "above" ? "good" : "warn",
                t(`page.${b.verdict}`),
              )
            : tag("none", t("page.notComparable")),
          `<div class="m">${say(b.source)}</div>`,
          `<div class="w">${say(b.note)}</div>`,
        ]),
      )}<p class="note">${say(model.benchmarkNote)}</p>`
    : note("page.noBenchmarks");

  // The rates amounts in other currencies counted at, those amounts as typed, and lines of
  // Settings' rates table that give no rate.
  const { rates: used, rateProblems } = model.header;
  const ratesTable = used.length
    ? `${table(
        t("page.rates"),
        [
          [t("settings.rateCurrency")],
          [t("settings.rate"), true],
          [t("settings.rateAsOf"), true],
          [t("settings.rateSource")],
          [t("col.campaign")],
          [t("col.cost"), true],
          [t("col.revenue"), true],
        ],
        used.map((rate) => {
          const own = formatter(view.locale, rate.currency);
          return [
            escapeHtml(rate.currency),
            escapeHtml(`${format.number(rate.rate, 6)} ${model.header.currency}`),
            date(rate.asOf || null),
            escapeHtml(rate.source),
            escapeHtml(rate.campaign || t("page.allCampaigns")),
            escapeHtml(own.value("money", rate.cost)),
            escapeHtml(own.value("money", rate.revenue)),
          ];
        }),
      )}<p class="note">${h("page.ratesNote")}</p>`
    : "";
  const rates =
    ratesTable +
    (rateProblems.length
      ? `<ul class="notes">${rateProblems.map((text) => `<li>${say(text)}</li>`).join("")}</ul>`
      : "");

  const insights = model.insights.length
    ? `<ul>${model.insights.map((text) => `<li>${say(text)}</li>`).join("")}</ul>`
    : note("page.noInsights");

  const more = model.dataIssues.length - ISSUES_SHOWN;
  const issues = model.dataIssues.length
    ? table(
        t("page.dataIssues"),
        [[t("page.cell")], [t("page.value")], [t("page.problem")]],
        model.dataIssues
          .slice(0, ISSUES_SHOWN)
          .map((issue) => [
            escapeHtml(issue.cell),
            escapeHtml(issue.value),
            `<div class="w">${issue.column ? `${h(`col.${issue.column}`)}${h("join.words")}` : ""}${say(issue.problem)}</div>`,
          ]),
      ) +
      (more > 0
        ? `<p class="note">${fill("page.moreIssues", { count: format.number(more) })}</p>`
        : "")
    : note("page.noIssues");

  const definitions = `<footer><h2>${h("page.definitions")}</h2><dl>${model.figures
    .map((f) => `<dt>${escapeHtml(figureLabel(f.key))}</dt><dd>${say(f.formula)}</dd>`)
    .join("")}</dl>${model.definitions.map((text) => `<p>${say(text)}</p>`).join("")}</footer>`;

  return `<!DOCTYPE html><html lang="${escapeHtml(view.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`${campaign}${t("join.title")}${t("page.title")}`)}</title><style>${STYLE}</style></head><body><main>${top}${scorecard}${section(t("page.figures"), figures)}${rates ? section(t("page.rates"), rates) : ""}${section(t("page.funnel"), funnel)}${section(
    t("page.breakdowns"),
    breakdowns,
  )}${section(t("page.benchmarks"), benchmarks)}${section(t("page.insights"), insights)}${section(
    t("page.dataIssues"),
    issues,
  )}${definitions}</main></body></html>`;
}
