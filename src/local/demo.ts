/**
 * npm run demo: the add-on's main job on the in-memory workbook. It loads dist/Code.js (what
 * clasp pushes), clicks "Insert templates" in its menu, loads the sample tracker through the
 * same sheets port, adds a few KPIs to the framework, lets every formula evaluate, and saves
 * out/demo.xlsx. `npm run demo -- --lang da` does it for a Danish user in a Danish
 * spreadsheet (any of en, zh-CN, da, it, ky).
 *
 * Before the frameworks and reports, it imports a sample Instagram export and a Shopify orders
 * export (src/local/samples) through Import data's own code, and any files given with
 * `npm run demo -- --import FILE...` (import-files.ts), printing what each added, updated and
 * could not read.
 */
import { writeFileSync } from "node:fs";
import { spreadsheetAppWorkbook } from "../apps-script/spreadsheet-app-workbook";
import { moneyFormat } from "../core/currency";
import { formatter } from "../core/framework/format";
import { METRICS } from "../core/framework/metrics";
import { english, type MessageKey } from "../core/i18n/catalog";
import {
  HOME_LOCALES,
  LANGUAGE_CODES,
  LANGUAGES,
  type Lang,
  parseLanguage,
} from "../core/i18n/languages";
import { signAfter } from "../core/i18n/locale-formats";
import { numberConventions } from "../core/i18n/number-format";
import { columnLabel } from "../core/labels";
import { readNumber } from "../core/numbers";
import { CELL_ERROR_PREFIX } from "../core/ranges";
import { type FigureId, type TrackerColumns, trackerFigure } from "../core/report/figure";
import {
  FRAMEWORK_KEYS,
  type FrameworkKey,
  TRACKER_COLUMNS,
  TRACKER_KEYS,
} from "../core/tracker-columns";
import type { ReportView } from "../features/report/contract";
import { renderReportHtml } from "../features/report/pages/view/render";
import type { WriteOutcome } from "../features/wizard/contract";
import { ownSheet } from "../sheets/insert-templates";
import { engagementBase, settingsCurrency, settingsRates } from "../sheets/readers/settings";
import { SETTINGS_NAMES } from "../sheets/templates/named-ranges";
import { positionOf } from "../sheets/templates/template";
import { TRACKER, type TrackerKey } from "../sheets/templates/tracker";
import { appendTrackerRows } from "../sheets/tracker-rows";
import { loadBundle } from "./bundle";
import { catalogOf } from "./catalogs";
import { ArgumentError, importArguments, importFile } from "./import-files";
import { createAppsScript, installAppsScript } from "./in-memory/index";
import { projectPath } from "./paths";
import { SAMPLE_FRAMEWORKS } from "./sample-frameworks";
import { marksOf, sampleTracker } from "./sample-tracker";
import { exportWorkbook } from "./xlsx";

/** The language asked for on the command line (--lang da or --lang=da); English by default. */
function languageArgument(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at < 0) return "en";
  const value = argv[at]?.includes("=") ? argv[at]?.split("=")[1] : argv[at + 1];
  const lang = parseLanguage(value);
  if (lang) return lang;
  const choices = LANGUAGE_CODES.map((code) => `${code} (${LANGUAGES[code]})`).join(", ");
  console.error(`Unknown language "${value ?? ""}". Choose one of: ${choices}.`);
  process.exit(2);
}

/**
 * The Danish demo: a Danish brand counts and sells in kroner and pays its German creator in
 * euros, at the rate in her contract (Settings' exchange rates), so the Summer campaign is paid
 * partly in euros and reported in kroner.
 */
const DANISH_MONEY = {
  currency: "DKK",
  shop: "shopify-orders-dkk.csv",
  paid: { influencer: "Lena Vogel", campaign: "Summer Sun Sale", currency: "EUR" },
  // Fixed for the campaign her contract is for.
  rates: [
    [
      "EUR",
      7.4604,
      new Date(Date.UTC(2026, 5, 1, 12)),
      "Kontrakt med Lena Vogel",
      "Summer Sun Sale",
    ],
  ],
} as const;

/** The creator's fees formatted in her currency, and the rate in Settings. */
function payInOtherCurrency(plan: typeof DANISH_MONEY): void {
  const sheet = standIn.spreadsheet.sheetNamed(tracker.name);
  const rows = sheet?.getDataRange().getValues() ?? [];
  const column = positionOf(TRACKER_KEYS, "cost");
  rows.forEach((row, i) => {
    const at = (key: TrackerKey) => row[positionOf(TRACKER_KEYS, key) - 1];
    if (at("influencer") !== plan.paid.influencer || at("campaign") !== plan.paid.campaign) return;
    // The format first, then the amount again: a format alone recalculates nothing.
    const cell = sheet?.getRange(i + 1, column);
    const value = cell?.getValue();
    cell?.setValue("");
    cell?.setNumberFormat(moneyFormat(plan.paid.currency, signAfter(locale)));
    cell?.setValue(value);
  });
  const table = standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.rates);
  table
    ?.getSheet()
    .getRange(table.getRow(), table.getColumn(), plan.rates.length, 5)
    .setValues(plan.rates.map((line) => [...line]));
}

const lang = languageArgument(process.argv.slice(2));
const imports = (() => {
  try {
    return importArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
})();
const locale = HOME_LOCALES[lang];
const standIn = createAppsScript({ locale, userLocale: locale });
const bundle = loadBundle(standIn.globals);
bundle.call("insertTemplatesFromMenu");
// The Danish demo's brand counts in kroner: Settings' currency, then Insert templates again so
// the money formats follow it.
const money = lang === "da" ? DANISH_MONEY : undefined;
if (money) {
  standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.currency)?.setValue(money.currency);
  bundle.call("insertTemplatesFromMenu");
}
for (const alert of standIn.ui.alerts) throw new Error(`Insert templates failed: ${alert.prompt}`);

installAppsScript(standIn);
const port = spreadsheetAppWorkbook();
const tracker = ownSheet(port, "tracker");
const posts = sampleTracker(marksOf(locale));
appendTrackerRows(port, tracker, posts);
if (money) payInOtherCurrency(money);

// Platform and sales exports, imported as the Import data dialog does.
const catalog = catalogOf(lang);
const imported = [
  ...importFile(
    bundle,
    projectPath("src", "local", "samples", "instagram-posts.csv"),
    { campaign: "Summer Sun Sale" },
    catalog,
  ),
  ...importFile(
    bundle,
    projectPath("src", "local", "samples", money?.shop ?? "shopify-orders.csv"),
    {},
    catalog,
  ),
  ...imports.files.flatMap((file) => importFile(bundle, file, imports.options, catalog)),
];

const trackerColumn = (key: TrackerKey) => positionOf(TRACKER_KEYS, key);
// A framework per campaign, through the server function the wizard's sidebar calls.
for (const draft of SAMPLE_FRAMEWORKS) {
  const outcome = bundle.call("writeFramework", draft) as WriteOutcome;
  if (!outcome.ok) {
    throw new Error(`The ${draft.campaign} framework was refused: ${JSON.stringify(outcome)}`);
  }
}

// A report sheet per campaign and one for all, through the report dialog's server function;
// the report of all campaigns also as the page "View report" shows.
const reports: string[] = [];
for (const campaign of [...SAMPLE_FRAMEWORKS.map((f) => f.campaign), null]) {
  const outcome = bundle.call("createReportSheet", { campaign, from: null, to: null }) as
    | { ok: true; sheet: string }
    | { ok: false; message: string };
  if (!outcome.ok) throw new Error(`The report of ${campaign ?? "all"} failed: ${outcome.message}`);
  reports.push(outcome.sheet);
}
// The page View report shows, rendered as its browser would from the same server function.
const view = JSON.parse(
  JSON.stringify(bundle.call("reportForPage", { campaign: null, from: null, to: null })),
) as ReportView;
if (!view.ok) throw new Error(`The report page failed: ${view.message}`);
const page = renderReportHtml(view.model, view);

const outFile = projectPath("out", "demo.xlsx");
const htmlFile = projectPath("out", "report.html");
let wrote = `Wrote ${outFile} and ${htmlFile}`;
try {
  await exportWorkbook(standIn.spreadsheet, outFile);
  writeFileSync(htmlFile, page);
} catch (error) {
  wrote = (error as Error).message;
}

// What the sheets now show, read back as a user would see it.
const values = standIn.spreadsheet.sheetNamed(tracker.name)?.getDataRange().getValues() ?? [];
const at = (row: readonly unknown[], key: TrackerKey) => row[trackerColumn(key) - 1];
const amount = (value: unknown) => {
  const read = readNumber(value);
  return read.kind === "number" ? read.value : 0;
};
// Figures as the spreadsheet's locale and Settings' currency write them, as the report does.
const shown = formatter(locale, settingsCurrency(port));
const amountShown = (v: number) => shown.value("money", Math.round(v));
const percent = (v: unknown) =>
  typeof v === "number" ? shown.value("rate", Math.round(v * 100) / 100) : String(v);
const totals = values[TRACKER.totalsRow - 1] ?? [];
const dataRows = values.slice(TRACKER.firstDataRow - 1);
const data = dataRows.filter((row) => at(row, "campaign") !== "");

console.log(`Language: ${LANGUAGES[lang]} (spreadsheet locale ${locale})`);
console.log(
  `Sheets: ${standIn.spreadsheet
    .allSheets()
    .map((s) => s.name)
    .join(", ")}`,
);
console.log(
  `Campaign Tracker: ${data.length} posts by ${new Set(data.map((r) => at(r, "influencer"))).size} influencers`,
);
console.log(
  `Totals row (live; money and rates through KPIACTUAL, counted as the report counts them): spend ${amountShown(amount(at(totals, "cost")))}, revenue ${amountShown(amount(at(totals, "revenue")))}, EMV ${amountShown(amount(at(totals, "emv")))}, ROI ${percent(at(totals, "roi"))}`,
);
const numeric = TRACKER_COLUMNS.filter((c) => c.kind === "count" || c.kind === "money");
const textNumbers = data.flatMap((r, i) =>
  numeric
    .filter((c) => typeof at(r, c.key) === "string" && at(r, c.key) !== "")
    .map((c) => `row ${i + TRACKER.firstDataRow} ${columnLabel(english, c.key)} "${at(r, c.key)}"`),
);
console.log(
  `${textNumbers.length} cells hold numbers typed as text, which every figure leaves out (the totals row, the custom functions, the framework and the report alike) and validation marks; Clean up numbers would turn them into numbers:\n  ${textNumbers.join(", ")}\n`,
);
// The same figures the framework's Actuals and the report show, from the same core code.
const trackerSheet = standIn.spreadsheet.sheetNamed(tracker.name);
const formatsOf = (key: TrackerKey) =>
  trackerSheet
    ?.getRange(TRACKER.firstDataRow, trackerColumn(key), dataRows.length, 1)
    .getNumberFormats()
    .map(([format]) => String(format ?? ""));
const table = {
  cells: Object.fromEntries(TRACKER_KEYS.map((key) => [key, dataRows.map((r) => at(r, key))])),
  formats: { cost: formatsOf("cost"), revenue: formatsOf("revenue") },
} as TrackerColumns;
const figureOptions = {
  currency: settingsCurrency(port),
  conventions: numberConventions(locale),
  base: engagementBase(port, [catalogOf(lang)]),
  rates: settingsRates(port, settingsCurrency(port)),
};
console.log("Per campaign, as the framework and the report count it:");
for (const campaign of new Set(data.map((r) => String(at(r, "campaign"))))) {
  const figure = (id: FigureId) => trackerFigure(table, id, campaign, figureOptions).value ?? 0;
  const posts = data.filter((r) => at(r, "campaign") === campaign).length;
  console.log(
    `  ${campaign.padEnd(20)} ${String(posts).padStart(3)} posts  spend ${amountShown(figure("spend")).padStart(8)}  revenue ${amountShown(figure("revenue")).padStart(8)}  EMV ${amountShown(figure("emv")).padStart(8)}  ROI ${percent(figure("roi"))}`,
  );
}
const flagged = data.flatMap((r) =>
  r.filter((v) => typeof v === "string" && v.startsWith(CELL_ERROR_PREFIX)),
);
console.log(
  `\n${flagged.length} computed cells flagged with ${CELL_ERROR_PREFIX.trim()}: ${[...new Set(flagged)].join("; ")}`,
);
const framework =
  standIn.spreadsheet.sheetNamed(ownSheet(port, "framework").name)?.getDataRange().getValues() ??
  [];
const cell = (row: readonly unknown[], key: FrameworkKey) =>
  row[positionOf(FRAMEWORK_KEYS, key) - 1];
// Each Actual in its headline metric's unit (the row's first metric, by its label).
const metricByLabel = new Map(
  Object.values(METRICS).map((m) => [catalog[`metric.${m.id}` as MessageKey].toLowerCase(), m]),
);
console.log("\nKPI Framework, live from the tracker:");
for (const kpi of framework.slice(1).filter((row) => cell(row, "kpi") !== "")) {
  const actual = cell(kpi, "actual");
  const unit = metricByLabel.get(String(cell(kpi, "metric1")).toLowerCase())?.unit ?? "count";
  const value =
    typeof actual === "number" ? shown.value(unit, actual) : String(actual || "(by hand)");
  console.log(
    `  ${String(cell(kpi, "campaign")).padEnd(20)} ${String(cell(kpi, "kpi")).slice(0, 28).padEnd(28)} actual ${value.padStart(12)}  progress ${percent(cell(kpi, "progress")).padStart(6)}  ${cell(kpi, "status")}`,
  );
}
for (const rate of view.model.header.rates) {
  const own = formatter(locale, rate.currency);
  console.log(
    `\n${catalog["page.rates"]}: ${rate.currency} ${shown.number(rate.rate, 6)} ${view.currency} (${[rate.campaign, rate.source, rate.asOf ? shown.date(rate.asOf) : ""].filter(Boolean).join(", ")}): ${catalog["col.cost"]} ${own.value("money", rate.cost)}, ${catalog["col.revenue"]} ${own.value("money", rate.revenue)}`,
  );
}
console.log(`\nImport data:\n${imported.join("\n")}`);
console.log(`\nReports: ${reports.join(", ")}`);
console.log(`\n${wrote}`);
