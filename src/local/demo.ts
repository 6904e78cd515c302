/**
 * npm run demo: the add-on's main job on the in-memory workbook. It loads dist/Code.js (what
 * clasp pushes), clicks "Insert templates" in its menu, loads the sample tracker through the
 * same sheets port, adds a few KPIs to the framework, lets every formula evaluate, and saves
 * out/demo.xlsx.
 */
import { readNumber } from "../core/numbers";
import { CELL_ERROR_PREFIX } from "../core/ranges";
import { TRACKER_COLUMNS, TRACKER_INDEX } from "../core/tracker-columns";
import { columnLetter } from "../sheets/a1";
import { sheetReference } from "../sheets/cell-input";
import { ownSheet } from "../sheets/insert-templates";
import { spreadsheetAppWorkbook } from "../sheets/spreadsheet-app-workbook";
import { FRAMEWORK_HEADERS } from "../sheets/templates/framework";
import { TRACKER, TRACKER_HEADERS } from "../sheets/templates/tracker";
import { appendTrackerRows } from "../sheets/tracker-rows";
import { type CellInput, formula } from "../sheets/workbook";
import { loadBundle } from "./bundle";
import { createAppsScript, installAppsScript } from "./in-memory";
import { projectPath } from "./paths";
import { sampleTracker } from "./sample-tracker";
import { exportWorkbook } from "./xlsx";

const standIn = createAppsScript();
loadBundle(standIn.globals).call("insertTemplatesFromMenu");
for (const alert of standIn.ui.alerts) throw new Error(`Insert templates failed: ${alert.prompt}`);

installAppsScript(standIn);
const port = spreadsheetAppWorkbook();
const tracker = ownSheet(port, "tracker");
const posts = sampleTracker();
appendTrackerRows(port, tracker, posts);

/** A cell of the tracker's live totals row, for framework formulas. */
const totalOf = (header: string) =>
  `${sheetReference(tracker.name)}!${columnLetter(TRACKER_HEADERS.indexOf(header) + 1)}${TRACKER.totalsRow}`;
const deadline = new Date(Date.UTC(2026, 11, 31));
// Goal, KPI, metrics 1-3, formula, data source, baseline, target, deadline, owner, tactic,
// SMART status, actual.
const kpis: CellInput[][] = [
  [
    "Sales",
    "Return on ad spend",
    "Revenue",
    "Cost",
    "",
    "=ROAS(revenue, cost)",
    "Shop, tracker",
    1,
    2.5,
    deadline,
    "Brand manager",
    "Discount codes, affiliate links",
    "8 of 8",
    formula(`=${totalOf("ROAS")}`),
  ],
  [
    "Brand awareness",
    "Earned media value",
    "Impressions",
    "Views",
    "CPM",
    "=EMV(impressions, platform)",
    "Platform insights",
    0,
    100_000,
    deadline,
    "Social lead",
    "Sponsored posts, takeovers",
    "8 of 8",
    formula(`=${totalOf("EMV")}`),
  ],
  [
    "Engagement",
    "Cost per engagement",
    "Engagements",
    "Cost",
    "",
    "=CPE(cost, engagements)",
    "Platform insights, tracker",
    2,
    1,
    deadline,
    "Social lead",
    "Co-created content",
    "8 of 8",
    formula(`=${totalOf("CPE")}`),
  ],
];
port.writeTable(ownSheet(port, "framework"), { row: 2, column: 1, values: kpis });

const outFile = projectPath("out", "demo.xlsx");
await exportWorkbook(standIn.spreadsheet, outFile);

// What the sheets now show, read back as a user would see it.
const sheet = standIn.spreadsheet.sheetNamed(tracker.name);
const values = sheet?.getDataRange().getValues() ?? [];
const header = values[0] ?? [];
const at = (row: readonly unknown[], name: string) => row[header.indexOf(name)];
const amount = (value: unknown) => {
  const read = readNumber(value);
  return read.kind === "number" ? read.value : 0;
};
const money = (v: number) => `$${Math.round(v).toLocaleString("en-US")}`;
const percent = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 100)}%` : String(v));
const totals = values[TRACKER.totalsRow - 1] ?? [];
const data = values.slice(TRACKER.firstDataRow - 1).filter((row) => row[0] !== "");

console.log(
  `Sheets: ${standIn.spreadsheet
    .allSheets()
    .map((s) => s.name)
    .join(", ")}`,
);
console.log(
  `Campaign Tracker: ${data.length} posts by ${new Set(data.map((r) => r[TRACKER_INDEX.influencer])).size} influencers`,
);
console.log(
  `Totals row (native SUM, live without the add-on): spend ${money(amount(at(totals, "Cost")))}, revenue ${money(amount(at(totals, "Revenue")))}, EMV ${money(amount(at(totals, "EMV")))}, ROI ${percent(at(totals, "ROI"))}`,
);
const numeric = TRACKER_COLUMNS.flatMap((c, i) =>
  c.kind === "count" || c.kind === "money" ? [i] : [],
);
const textNumbers = data.flatMap((r, i) =>
  numeric
    .filter((c) => typeof r[c] === "string" && r[c] !== "")
    .map((c) => `row ${i + TRACKER.firstDataRow} ${TRACKER_COLUMNS[c]?.label} "${r[c]}"`),
);
console.log(
  `${textNumbers.length} cells hold numbers typed as text, which SUM skips, the custom functions read, and validation marks:\n  ${textNumbers.join(", ")}\n`,
);
console.log("Per campaign, reading every cell as the custom functions do:");
for (const campaign of new Set(data.map((r) => String(r[TRACKER_INDEX.campaign])))) {
  const rows = data.filter((r) => r[TRACKER_INDEX.campaign] === campaign);
  const sum = (name: string) => rows.reduce((total, r) => total + amount(at(r, name)), 0);
  const roi = (sum("Revenue") - sum("Cost")) / sum("Cost");
  console.log(
    `  ${campaign.padEnd(20)} ${String(rows.length).padStart(3)} posts  spend ${money(sum("Cost")).padStart(8)}  revenue ${money(sum("Revenue")).padStart(8)}  EMV ${money(sum("EMV")).padStart(8)}  ROI ${percent(roi)}`,
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
for (const kpi of framework.slice(1).filter((row) => row[0] !== "")) {
  const col = (h: (typeof FRAMEWORK_HEADERS)[number]) => kpi[FRAMEWORK_HEADERS.indexOf(h)];
  console.log(
    `KPI ${String(col("KPI")).padEnd(20)} progress ${percent(col("Progress")).padStart(5)}  ${col("Status")}`,
  );
}
console.log(`\nWrote ${outFile}`);
