/**
 * npm run bench: what a user's sheet pays for the add-on, measured on the bundle clasp pushes.
 * Prints figures, asserts nothing: targets are listed beside each figure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { HyperFormula } from "hyperformula";
import { chromium } from "playwright-core";
import { serverFile, serverGlobal } from "../src/apps-script/feature";
import { KPIS } from "../src/core/framework/kpis";
import { METRICS } from "../src/core/framework/metrics";
import type { KpiId } from "../src/core/framework/model";
import { CUSTOM_FUNCTIONS } from "../src/core/function-specs";
import { enCore } from "../src/core/i18n/en-core";
import { buildReport } from "../src/core/report/build";
import type { ReportInput } from "../src/core/report/model";
import { TRACKER_COLUMNS, TRACKER_INDEX, TRACKER_KEYS } from "../src/core/tracker-columns";
import { FEATURES } from "../src/features/features";
import type { ImportOutcome, ImportStart } from "../src/features/import/contract";
import { readFileBytes } from "../src/features/import/files/read-file";
import { readPayload } from "../src/features/import/payload";
import { planPosts } from "../src/features/import/plan-posts";
import { payloadOf, prepare, readWith } from "../src/features/import/prepare";
import { BUNDLE_PATH, type LoadedBundle, loadBundle } from "../src/local/bundle";

const DIST = dirname(BUNDLE_PATH);

import { spreadsheetAppWorkbook } from "../src/apps-script/spreadsheet-app-workbook";
import { catalogOf } from "../src/local/catalogs";
import { createAppsScript, installAppsScript } from "../src/local/in-memory/index";
import { startPreview } from "../src/local/preview-server";
import { insertTemplates, ownSheet } from "../src/sheets/insert-templates";
import { readTrackerCells } from "../src/sheets/readers/tracker-cells";
import { positionOf } from "../src/sheets/templates/template";
import { TRACKER } from "../src/sheets/templates/tracker";
import { appendTrackerRows } from "../src/sheets/tracker-rows";
import { instagramExport, shopifyExport } from "./features/import/large-export";

const ROWS = 100_000;
const source = readFileSync(BUNDLE_PATH, "utf8");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function line(label: string, value: string, target = ""): void {
  console.log(`${label.padEnd(44)} ${value.padStart(12)}  ${target}`);
}

/** A plausible column for each argument kind, with some blanks and pasted text. */
function column(kind: string, seed: number): unknown[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    if (i % 97 === 0) return [""];
    const n = 1 + ((i * 7919 + seed * 104_729) % 50_000);
    if (kind === "cpm") return [i % 2 ? "Instagram" : 6.5];
    if (kind === "thresholds") return [""];
    if (i % 101 === 0) return [`${(n / 1000).toFixed(1)}K`];
    return [kind === "cost" ? n / 10 : n];
  });
}

/** Arguments where the formula has an answer (e.g. all mentions at least the brand's). */
function argumentsFor(name: string, params: readonly { name: string; kind: string }[]): unknown[] {
  const args: unknown[] = params.map((p, i) => column(p.kind, i + 1));
  if (name === "TIER") return [args[0]];
  if (name === "SOV") args[1] = (args[0] as unknown[][]).map(([v]) => [v === "" ? "" : 60_000]);
  if (name === "KPIPROGRESS") args[1] = 80_000;
  // KPIACTUAL and KPIRANGE: ROAS over every post, with a campaign column of four campaigns.
  if (name === "KPIACTUAL" || name === "KPIRANGE") {
    args[0] = "roas";
    args[1] = "";
    args[2] = Array.from({ length: ROWS }, (_, i) => [`Campaign ${i % 4}`]);
    // Up to the base: the optional columns' numbers and rates are left out.
    const base = params.findIndex((param) => param.name === "base");
    args[base] = "followers";
    return args.slice(0, base + 1);
  }
  return args;
}

console.log(`Influencer KPIs bench (Node ${process.version})\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
line(
  "dist/Code.js size",
  kb(Buffer.byteLength(source)),
  "target ≤ 150 KB: the custom functions, the menu and a stub per function",
);
line(
  "  of which English texts and the manifests",
  kb(Buffer.byteLength(JSON.stringify(enCore)) + Buffer.byteLength(JSON.stringify(FEATURES))),
  "the rest of English is i18n_en.html",
);
// What each feature adds: its server file, read and evaluated on its first call in an
// execution (never by a custom function), and its pages, sent to the browser.
for (const feature of FEATURES) {
  const server = readFileSync(join(DIST, `${serverFile(feature.id)}.html`), "utf8");
  const loadMs = median(
    Array.from({ length: 11 }, () =>
      time(() => vm.runInContext(`${server}\n${serverGlobal(feature.id)};`, vm.createContext({}))),
    ),
  );
  const pages = feature.pages.map((page) => statSync(join(DIST, `${page.file}.html`)).size);
  line(
    `  feature ${feature.id}`,
    kb(Buffer.byteLength(server)),
    `server file, loads in ${loadMs.toFixed(1)} ms on first call${
      pages.length > 0 ? `; pages ${pages.map(kb).join(", ")}` : ""
    }`,
  );
}
const featureFiles = new Set(
  FEATURES.flatMap((feature) => [
    `${serverFile(feature.id)}.html`,
    ...feature.pages.map((page) => `${page.file}.html`),
  ]),
);
for (const file of readdirSync(DIST).filter((name) => name.endsWith(".html"))) {
  if (featureFiles.has(file)) continue;
  line(`  beside it: ${file}`, kb(statSync(join(DIST, file)).size), "read only when shown");
}

const loads: number[] = [];
for (let i = 0; i < 41; i++) {
  const context = vm.createContext({});
  loads.push(time(() => vm.runInContext(source, context)));
}
line("cold load, first", `${loads[0]?.toFixed(2)} ms`);
line("cold load, median of 41 fresh contexts", `${median(loads).toFixed(2)} ms`, "target ≤ 2 ms");

console.log(
  `\nOne call over a ${ROWS.toLocaleString("en")}-row range (median of 5), target ≤ 150 ms:`,
);
const bundle = loadBundle();
const rangeTimes = new Map<string, number>();
for (const spec of CUSTOM_FUNCTIONS) {
  const args = argumentsFor(spec.name, spec.params);
  bundle.call(spec.name, ...args);
  const ms = median(Array.from({ length: 5 }, () => time(() => bundle.call(spec.name, ...args))));
  rangeTimes.set(spec.name, ms);
  line(`  ${spec.name}`, `${ms.toFixed(1)} ms`, ms <= 150 ? "" : "OVER TARGET");
}

// Per-cell custom functions load the whole script for each cell; timing 100,000 fresh loads
// would take minutes, so time 500 and scale up.
const SAMPLE = 500;
const perCell = time(() => {
  for (let i = 0; i < SAMPLE; i++) {
    const fresh = loadBundle({}, source);
    fresh.call("CPE", 100 + i, 4);
  }
});
const perCellTotal = (perCell / SAMPLE) * ROWS;
const rangeCpe = rangeTimes.get("CPE") ?? Number.NaN;
console.log("");
line("CPE per cell, fresh load each (per call)", `${(perCell / SAMPLE).toFixed(3)} ms`);
line(`  ...scaled to ${ROWS.toLocaleString("en")} cells`, `${(perCellTotal / 1000).toFixed(1)} s`);
line("  ...vs one range call", `${rangeCpe.toFixed(1)} ms`);
line("range call advantage", `${Math.round(perCellTotal / rangeCpe)}×`, "target ≥ 100×");

// A custom function asks the spreadsheet its locale only to read text numbers or to word an
// error, and loads a translation only for an error in another language than English.
function serviceCalls(column: unknown[][], locale: string): string {
  const calls: string[] = [];
  const counted = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetLocale: () => {
          calls.push("getSpreadsheetLocale");
          return locale;
        },
      }),
    },
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => {
        calls.push("createHtmlOutputFromFile");
        return { getContent: () => readFileSync(join(DIST, `${name}.html`), "utf8") };
      },
    },
  });
  counted.call("CPE", column, column);
  return `${calls.length} (${calls.join(", ") || "none"})`;
}
console.log("\nService calls of one CPE call over 100,000 rows:");
const numbers = Array.from({ length: ROWS }, (_, i) => [i + 1]);
line("  numbers only", serviceCalls(numbers, "da_DK"));
line("  with text numbers", serviceCalls([...numbers.slice(1), ["1.234,5"]], "da_DK"));
line("  with a bad cell, Danish sheet", serviceCalls([...numbers.slice(1), [0]], "da_DK"));

console.log("\nSheets calls (in-memory workbook, counted per call):");
/** Tracker rows of one campaign by 25 influencers: platform, followers, impressions, cost. */
function benchPosts(rows: number): (string | number)[][] {
  return Array.from({ length: rows }, (_, i) => {
    const row: (string | number)[] = Array(TRACKER_COLUMNS.length).fill("");
    row[TRACKER_INDEX.campaign] = "Bench";
    row[TRACKER_INDEX.influencer] = `Creator ${i % 25}`;
    row[TRACKER_INDEX.platform] = "Instagram";
    row[TRACKER_INDEX.followers] = 10_000 + (i % 25) * 1000;
    row[TRACKER_INDEX.impressions] = 1000 + i;
    row[TRACKER_INDEX.cost] = 50;
    return row;
  });
}
function templatesAndLoad(rows: number) {
  const standIn = createAppsScript();
  const uninstall = installAppsScript(standIn);
  const log = standIn.spreadsheet.log;
  try {
    const port = spreadsheetAppWorkbook();
    log.reset();
    insertTemplates(port, { userLanguage: "en", catalog: catalogOf });
    const insert = { sheets: log.sheetsCalls, all: log.total, counts: [...log.counts] };
    const tracker = ownSheet(port, "tracker");
    const posts = benchPosts(rows);
    log.reset();
    appendTrackerRows(port, tracker, posts);
    const load = log.total;
    log.reset();
    insertTemplates(port, { userLanguage: "en", catalog: catalogOf });
    return { insert, load, rerun: log.sheetsCalls };
  } finally {
    uninstall();
  }
}
const small = templatesAndLoad(100);
const large = templatesAndLoad(50_000);
line(
  "Insert templates, new spreadsheet",
  `${small.insert.sheets} calls`,
  `reads and writes (goal ≤ 40); ${small.insert.all} with handles and the lock`,
);
console.log(`  ${small.insert.counts.map(([name, n]) => `${name} ${n}`).join(", ")}`);
line("load 100 tracker rows", `${small.load} calls`);
line(
  "load 50,000 tracker rows",
  `${large.load} calls`,
  large.load === small.load ? "equal" : "NOT EQUAL",
);
line("Insert templates again (check and repair), 100 rows", `${small.rerun} calls`);
line(
  "Insert templates again, 50,000 rows",
  `${large.rerun} calls`,
  large.rerun === small.rerun ? "equal" : "NOT EQUAL",
);

/** The sidebar's payload for a framework of the bench campaign with this many KPIs. */
function benchDraft(count: number) {
  const kpis = (Object.keys(KPIS) as KpiId[]).slice(0, count).map((kpi) => {
    const [metric] = KPIS[kpi].metrics;
    if (!metric) throw new Error(`${kpi} has no metric`);
    // A cost falls from its baseline; everything else rises.
    const falls = METRICS[metric].lowerIsBetter;
    return {
      kpi,
      metrics: [metric],
      baseline: 0.2,
      target: falls ? 0.1 : 0.3,
      deadline: "2099-12-31",
      owner: "",
      tactic: "",
    };
  });
  return {
    goal: "awareness",
    secondaryGoal: null,
    campaign: "Bench",
    start: "2099-01-01",
    end: "2099-12-31",
    budget: null,
    kpis,
  };
}

/**
 * A stand-in spreadsheet with templates and this many posts, and the bundle loaded on it: the
 * measure runs there, then the stand-in's globals are taken away.
 */
function withBenchTracker<T>(
  rows: number,
  measure: (standIn: ReturnType<typeof createAppsScript>, server: LoadedBundle) => T,
): T {
  const standIn = createAppsScript();
  const uninstall = installAppsScript(standIn);
  try {
    const port = spreadsheetAppWorkbook();
    insertTemplates(port, { userLanguage: "en", catalog: catalogOf });
    appendTrackerRows(port, ownSheet(port, "tracker"), benchPosts(rows));
    return measure(standIn, loadBundle(standIn.globals, source));
  } finally {
    uninstall();
  }
}

// Writing a framework through the sidebar's server function, on templates with 100 posts.
function frameworkCalls(count: number): { calls: number; ok: boolean } {
  return withBenchTracker(100, (standIn, server) => {
    standIn.spreadsheet.log.reset();
    const outcome = server.call("writeFramework", benchDraft(count)) as { ok: boolean };
    return { calls: standIn.spreadsheet.log.sheetsCalls, ok: outcome.ok };
  });
}
const threeKpis = frameworkCalls(3);
const twelveKpis = frameworkCalls(12);
line(
  "write a KPI framework of 3 KPIs",
  `${threeKpis.calls} calls`,
  `target ≤ 19${threeKpis.ok ? "" : " (REFUSED)"}`,
);
line(
  "write a KPI framework of 12 KPIs",
  `${twelveKpis.calls} calls`,
  `${twelveKpis.calls === threeKpis.calls ? "equal" : "NOT EQUAL"}${twelveKpis.ok ? "" : " (REFUSED)"}`,
);

// A report sheet of all campaigns through the report dialog's server function, and the
// report model alone over synthetic rows.
function reportCalls(rows: number): { calls: number; ok: boolean } {
  return withBenchTracker(rows, (standIn, server) => {
    standIn.spreadsheet.log.reset();
    const outcome = server.call("createReportSheet", { campaign: null, from: null, to: null });
    return { calls: standIn.spreadsheet.log.sheetsCalls, ok: (outcome as { ok: boolean }).ok };
  });
}
const smallReport = reportCalls(100);
const largeReport = reportCalls(50_000);
line(
  "create a report sheet, 100 tracker rows",
  `${smallReport.calls} calls`,
  `target ≤ 40, charts included${smallReport.ok ? "" : " (REFUSED)"}`,
);
line(
  "create a report sheet, 50,000 tracker rows",
  `${largeReport.calls} calls`,
  `${largeReport.calls === smallReport.calls ? "equal" : "NOT EQUAL"}${largeReport.ok ? "" : " (REFUSED)"}`,
);
// A person pastes a currency down the Currency column of every post: the onEdit trigger
// formats their amounts in it.
function currencyEditCalls(rows: number): { calls: number; ok: boolean } {
  return withBenchTracker(rows, (standIn, server) => {
    const tracker = standIn.spreadsheet.sheetNamed("Campaign Tracker");
    if (!tracker) throw new Error("no tracker");
    const column = positionOf(TRACKER_KEYS, "currency");
    const pasted = tracker.getRange(TRACKER.firstDataRow, column, rows, 1);
    pasted.setValues(Array.from({ length: rows }, () => ["EUR"]));
    standIn.spreadsheet.log.reset();
    server.call("onEdit", { authMode: "LIMITED", range: pasted });
    const calls = standIn.spreadsheet.log.sheetsCalls;
    const last = tracker.getRange(
      TRACKER.firstDataRow + rows - 1,
      positionOf(TRACKER_KEYS, "cost"),
    );
    return { calls, ok: last.getNumberFormat() === "[$€]#,##0.00" };
  });
}
const smallEdit = currencyEditCalls(100);
const largeEdit = currencyEditCalls(50_000);
line(
  "type a Currency down 100 rows (onEdit)",
  `${smallEdit.calls} calls`,
  smallEdit.ok ? "" : "(NOT FORMATTED)",
);
line(
  "type a Currency down 50,000 rows (onEdit)",
  `${largeEdit.calls} calls`,
  `${largeEdit.calls === smallEdit.calls ? "equal" : "NOT EQUAL"}${largeEdit.ok ? "" : " (NOT FORMATTED)"}`,
);

// Opening the wizard (wizardStart: every campaign with its current values and framework) and
// the report dialog (reportStart: the campaigns), on one campaign of many rows with a framework
// of 12 KPIs: time (median of 3, the stand-in's reads included) and Sheets calls.
function startCalls(rows: number) {
  return withBenchTracker(rows, (standIn, server) => {
    server.call("writeFramework", benchDraft(12));
    const measure = (name: string) => {
      standIn.spreadsheet.log.reset();
      server.call(name);
      const calls = standIn.spreadsheet.log.sheetsCalls;
      const ms = median(Array.from({ length: 3 }, () => time(() => server.call(name))));
      return { calls, ms };
    };
    return { rows, wizard: measure("wizardStart"), dialog: measure("reportStart") };
  });
}
const starts = [100, 10_000, 50_000].map(startCalls);
for (const [key, label] of [
  ["wizard", "open the KPI wizard"],
  ["dialog", "open the report dialog"],
] as const) {
  const [first, middle, last] = starts.map((start) => start[key]);
  for (const [i, start] of starts.entries()) {
    const { calls, ms } = start[key];
    const rows = start.rows.toLocaleString("en");
    // From 10,000 to 50,000 rows the time should grow about 5×, as the rows do.
    const growth = (last?.ms ?? 0) / (middle?.ms ?? 1);
    const note =
      i === 0
        ? ""
        : `${calls === first?.calls ? "calls equal" : "CALLS NOT EQUAL"}${
            i === 2
              ? `; ×${growth.toFixed(1)} for 5× the rows${growth > 10 ? ", NOT LINEAR" : ""}`
              : ""
          }`;
    line(
      `${label}, ${rows} rows`,
      `${ms.toFixed(0)} ms`,
      `${calls} calls${note ? `, ${note}` : ""}`,
    );
  }
}

// Import data: an Instagram export of 50,000 rows read and planned as the dialog and the
// server do it (parse, recognise, read every cell; check the payload, match every post), and
// the Sheets calls of the import itself at 100 and 50,000 rows, half updated and half added.
const importLink = (i: number) => `https://www.instagram.com/p/BENCH${i}/`;
function importRun(rows: number) {
  const standIn = createAppsScript();
  const uninstall = installAppsScript(standIn);
  try {
    const port = spreadsheetAppWorkbook();
    insertTemplates(port, { userLanguage: "en", catalog: catalogOf });
    const posts = benchPosts(rows / 2).map((post, i) => {
      post[TRACKER_INDEX.postUrl] = importLink(i);
      return post;
    });
    appendTrackerRows(port, ownSheet(port, "tracker"), posts);
    const server = loadBundle(standIn.globals, source);
    const start = JSON.parse(JSON.stringify(server.call("importStart"))) as ImportStart;
    const bytes = instagramExport(rows, importLink);
    const page = performance.now();
    const read = readFileBytes(bytes);
    if (!("table" in read)) throw new Error(read.problem.key);
    const prepared = prepare(read.table, start);
    const choices = { ...prepared.choices, campaign: "Bench" };
    const payload = payloadOf(prepared, choices, readWith(prepared, choices, start));
    const pageMs = performance.now() - page;
    if (!payload) throw new Error("The bench export needs a choice");
    const checked = readPayload(JSON.parse(JSON.stringify(payload)), "USD");
    const plan = performance.now();
    if (!checked.ok) throw new Error("The bench payload was refused");
    const planned = planPosts(
      readTrackerCells(port, ownSheet(port, "tracker"), [catalogOf("en")]),
      checked.batch,
      "USD",
    );
    const planMs = performance.now() - plan;
    standIn.spreadsheet.log.reset();
    const run = performance.now();
    const outcome = server.call("runImport", payload) as ImportOutcome;
    const runMs = performance.now() - run;
    const ok =
      outcome.ok && outcome.summary.added === rows / 2 && outcome.summary.updated === rows / 2;
    return { pageMs, planMs, runMs, calls: standIn.spreadsheet.log.sheetsCalls, ok, planned };
  } finally {
    uninstall();
  }
}
const smallImport = importRun(100);
const largeImport = importRun(50_000);
console.log("");
line(
  "import: read a 50,000-row export in the page",
  `${largeImport.pageMs.toFixed(0)} ms`,
  "decode, parse, recognise, read every cell",
);
line(
  "import: check and plan 50,000 rows",
  `${largeImport.planMs.toFixed(0)} ms`,
  `payload checked, ${largeImport.planned.updated.toLocaleString("en")} posts matched, ${largeImport.planned.added.toLocaleString("en")} new`,
);
line(
  "import: write 50,000 rows (in-memory workbook)",
  `${(largeImport.runMs / 1000).toFixed(1)} s`,
  "the stand-in's time, not Sheets'",
);
line(
  "import 100 rows (50 updated, 50 added)",
  `${smallImport.calls} calls`,
  smallImport.ok ? "" : "(FAILED)",
);
line(
  "import 50,000 rows (25,000 updated, 25,000 added)",
  `${largeImport.calls} calls`,
  `${largeImport.calls === smallImport.calls ? "equal" : "NOT EQUAL"}${largeImport.ok ? "" : " (FAILED)"}`,
);

// Sales: a Shopify export of 100 or 50,000 orders credited to 25 influencers' codes, into a
// new sales ledger and then, with as many new orders, into that ledger again.
function salesRun(orders: number) {
  const standIn = createAppsScript();
  const uninstall = installAppsScript(standIn);
  try {
    const port = spreadsheetAppWorkbook();
    insertTemplates(port, { userLanguage: "en", catalog: catalogOf });
    const posts = benchPosts(100).map((post, i) => {
      post[TRACKER_INDEX.promoCode] = `CODE${i % 25}`;
      return post;
    });
    appendTrackerRows(port, ownSheet(port, "tracker"), posts);
    const server = loadBundle(standIn.globals, source);
    const start = JSON.parse(JSON.stringify(server.call("importStart"))) as ImportStart;
    const codes = Array.from({ length: 25 }, (_, i) => `CODE${i}`);
    const calls = (bytes: Uint8Array) => {
      const read = readFileBytes(bytes);
      if (!("table" in read)) throw new Error(read.problem.key);
      const prepared = prepare(read.table, start);
      const payload = payloadOf(
        prepared,
        prepared.choices,
        readWith(prepared, prepared.choices, start),
      );
      standIn.spreadsheet.log.reset();
      const outcome = server.call("runImport", payload) as ImportOutcome;
      const ok = outcome.ok && outcome.summary.sales?.ledger.added === orders;
      return { calls: standIn.spreadsheet.log.sheetsCalls, ok };
    };
    return {
      first: calls(shopifyExport(orders, codes)),
      later: calls(shopifyExport(orders, codes, orders + 1)),
    };
  } finally {
    uninstall();
  }
}
const smallSales = salesRun(100);
const largeSales = salesRun(50_000);
for (const step of ["first", "later"] as const) {
  const what = step === "first" ? "into a new sales ledger" : "added to that ledger";
  line(
    `Shopify import, 100 orders ${what}`,
    `${smallSales[step].calls} calls`,
    smallSales[step].ok ? "" : "(FAILED)",
  );
  line(
    `Shopify import, 50,000 orders ${what}`,
    `${largeSales[step].calls} calls`,
    `${largeSales[step].calls === smallSales[step].calls ? "equal" : "NOT EQUAL"}${largeSales[step].ok ? "" : " (FAILED)"}`,
  );
}
const importDialog = readFileSync(join(DIST, "ImportDialog.html"));
line(
  "dist/ImportDialog.html",
  kb(importDialog.length),
  `${kb(gzipSync(importDialog).length)} gzipped; Papa Parse, fflate and Preact inlined`,
);

function modelInput(rows: number): ReportInput {
  return {
    trackerSheet: "Campaign Tracker",
    columns: {},
    framework: [],
    rows: Array.from({ length: rows }, (_, i) => ({
      row: i + 3,
      cells: {
        campaign: `Campaign ${i % 4}`,
        influencer: `Creator ${i % 300}`,
        platform: ["Instagram", "TikTok", "YouTube"][i % 3] ?? "",
        postDate: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
        followers: 5_000 + ((i * 7919) % 900_000),
        impressions: 1000 + (i % 5000),
        reach: 800 + (i % 4000),
        likes: 40 + (i % 90),
        comments: i % 12,
        clicks: i % 30,
        conversions: i % 3,
        revenue: (i % 7) * 25,
        cost: 50 + (i % 200),
        engagements: 45 + (i % 100),
        emv: 6.7 + (i % 33),
      },
    })),
  };
}
const reportOptions = {
  campaign: null,
  from: null,
  to: null,
  today: "2026-11-25",
  locale: "en_US",
  currency: "USD",
  base: "followers" as const,
  tierThresholds: [1_000, 10_000, 100_000, 1_000_000] as const,
};
for (const rows of [1_000, 10_000, 50_000]) {
  const input = modelInput(rows);
  buildReport(input, reportOptions);
  const ms = median(Array.from({ length: 5 }, () => time(() => buildReport(input, reportOptions))));
  line(
    `  report model, ${rows.toLocaleString("en")} rows`,
    `${ms.toFixed(1)} ms`,
    rows === 50_000 ? "target ≤ 300 ms, growing linearly" : "",
  );
}

// The sidebar in Chromium, served by the preview with its stand-in google.script.run: from
// navigation to the goal step ready to click (its texts come from the server's wizardStart).
async function sidebarReady(): Promise<number[]> {
  const preview = await startPreview();
  preview.workbook();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      await page.goto(preview.sidebarUrl("en"));
      // The first step: the campaign's name, or the choice of a campaign where some exist.
      await page.waitForSelector(
        "main[data-step=campaign] input, main[data-step=choose] :is(button, input)",
      );
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await browser.close();
    await preview.close();
  }
}
const sidebar = statSync(join(DIST, "Sidebar.html")).size;
console.log("");
line(
  "dist/Sidebar.html",
  `${kb(sidebar)}`,
  `target ≤ 60 KB; ${kb(gzipSync(readFileSync(join(DIST, "Sidebar.html"))).length)} gzipped`,
);
if (existsSync("/usr/bin/chromium")) {
  const ready = await sidebarReady();
  line(
    "  load to first interactive step, Chromium",
    `${median(ready).toFixed(0)} ms`,
    `median of ${ready.length}; first ${ready[0]?.toFixed(0)} ms`,
  );
} else {
  line("  load to first interactive step, Chromium", "skipped", "no /usr/bin/chromium");
}

// The same EMV column as one call of ours, and as one native formula per row evaluated by
// HyperFormula (a spreadsheet engine, standing in for per-cell formulas).
const impressions = Array.from({ length: ROWS }, (_, i) => [1000 + i]);
const ours = median(
  Array.from({ length: 5 }, () => time(() => bundle.call("EMV", impressions, 6.7))),
);
const native = median(
  Array.from({ length: 3 }, () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: ROWS + 10 });
    const sheet = hf.getSheetId(hf.addSheet("S")) as number;
    hf.setCellContents({ sheet, row: 2, col: 1 }, [[6.7]]);
    hf.setCellContents({ sheet, row: 1, col: 7 }, impressions);
    const formulas = impressions.map((_, r) => [`=H${r + 2}/1000*$B$3`]);
    const ms = time(() => hf.setCellContents({ sheet, row: 1, col: 8 }, formulas));
    hf.destroy();
    return ms;
  }),
);
console.log("");
line(`EMV, ${ROWS.toLocaleString("en")} rows, one call of ours`, `${ours.toFixed(1)} ms`);
line("  native =H2/1000*$B$3 per row (HyperFormula)", `${native.toFixed(1)} ms`);
line("  ratio", `${(native / ours).toFixed(1)}×`);
