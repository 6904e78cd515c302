/**
 * npm run demo: the add-on's formulas over a realistic sample tracker, computed by the bundle
 * clasp pushes (dist/Code.js, one call per column as a sheet would make them), written to
 * out/demo.xlsx with a per-campaign summary.
 */
import { readNumber } from "../core/numbers";
import { CELL_ERROR_PREFIX } from "../core/ranges";
import {
  type CellValue,
  TRACKER_COLUMNS,
  TRACKER_INDEX,
  type TrackerColumnKey,
} from "../core/tracker-columns";
import { FakeUi, fakeHtmlService } from "./apps-script/ui";
import { loadBundle } from "./bundle";
import { projectPath } from "./paths";
import { sampleTracker } from "./sample-tracker";
import { writeXlsx, type XlsxColumn } from "./xlsx";

type Column = unknown[][];

const bundle = loadBundle({
  SpreadsheetApp: { getUi: () => new FakeUi() },
  HtmlService: fakeHtmlService,
});
const rows = sampleTracker();
const column = (key: TrackerColumnKey): Column => rows.map((row) => [row[TRACKER_INDEX[key]]]);
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args) as Column;

// Instagram reports views instead of impressions since 2025: use views where impressions are blank.
const impressionsOrViews = rows.map((row) => {
  const impressions = row[TRACKER_INDEX.impressions];
  return [impressions === "" ? row[TRACKER_INDEX.views] : impressions];
});
const engagements = call(
  "ENGAGEMENTS",
  column("likes"),
  column("comments"),
  column("shares"),
  column("saves"),
);

const KPI_COLUMNS: readonly (XlsxColumn & { values: Column })[] = [
  { header: "Tier", values: call("TIER", column("followers")) },
  { header: "Engagements", format: "#,##0", values: engagements },
  {
    header: "Eng. rate (followers)",
    format: "0.00%",
    values: call("ENGRATE", engagements, column("followers")),
  },
  {
    header: "EMV",
    format: "$#,##0.00",
    values: call("EMV", impressionsOrViews, column("platform")),
  },
  { header: "CPM", format: "$#,##0.00", values: call("CPM", column("cost"), impressionsOrViews) },
  { header: "CPE", format: "$#,##0.00", values: call("CPE", column("cost"), engagements) },
  { header: "CTR", format: "0.00%", values: call("CTR", column("clicks"), impressionsOrViews) },
  {
    header: "Conv. rate",
    format: "0.00%",
    values: call("CONVRATE", column("conversions"), column("clicks")),
  },
  { header: "ROI", format: "0%", values: call("ROI", column("revenue"), column("cost")) },
  { header: "ROAS", format: "0.00", values: call("ROAS", column("revenue"), column("cost")) },
  {
    header: "Frequency",
    format: "0.00",
    values: call("REACHFREQ", column("impressions"), column("reach")),
  },
];

const INPUT_FORMATS: Partial<Record<TrackerColumnKey, XlsxColumn["format"]>> = {
  postDate: "yyyy-mm-dd",
  revenue: "$#,##0.00",
  cost: "$#,##0.00",
};

/** The value a computed column has on a row; results past a trimmed range are blank. */
const valueAt = (values: Column, row: number): unknown => values[row]?.[0] ?? "";

const trackerRows = rows.map((row, r) => [...row, ...KPI_COLUMNS.map((k) => valueAt(k.values, r))]);

/** Flagged cells grouped by column and problem, with how many rows each affects. */
const problems = new Map<string, number>();
for (const row of trackerRows) {
  row.forEach((value, c) => {
    if (typeof value !== "string" || !value.startsWith(CELL_ERROR_PREFIX)) return;
    const key = `${KPI_COLUMNS[c - TRACKER_COLUMNS.length]?.header}: ${value}`;
    problems.set(key, (problems.get(key) ?? 0) + 1);
  });
}

/** Sums a column, reading pasted text ("$1,200") as the custom functions do. */
function total(values: Column): number {
  return values.reduce((sum, [v]) => {
    const read = readNumber(v);
    return sum + (read.kind === "number" ? read.value : 0);
  }, 0);
}

const campaigns = [...new Set(rows.map((row) => String(row[TRACKER_INDEX.campaign])))];
const summaryRows = campaigns.map((name) => {
  const picks = rows
    .map((row, r) => (row[TRACKER_INDEX.campaign] === name ? r : -1))
    .filter((r) => r >= 0);
  const only = (values: Column): Column => picks.map((r) => [valueAt(values, r)]);
  const cost = total(only(column("cost")));
  const revenue = total(only(column("revenue")));
  const engaged = total(only(engagements));
  const influencers = new Set(picks.map((r) => rows[r]?.[TRACKER_INDEX.influencer])).size;
  return [
    name,
    picks.length,
    influencers,
    cost,
    revenue,
    total(only(KPI_COLUMNS[3]?.values ?? [])),
    engaged,
    bundle.call("CPE", cost, engaged),
    bundle.call("ROI", revenue, cost),
    bundle.call("ROAS", revenue, cost),
    bundle.call("AOV", revenue, total(only(column("orders")))),
  ];
});

const SUMMARY_COLUMNS: readonly XlsxColumn[] = [
  { header: "Campaign", width: 22 },
  { header: "Posts" },
  { header: "Influencers" },
  { header: "Spend", format: "$#,##0" },
  { header: "Revenue", format: "$#,##0" },
  { header: "EMV", format: "$#,##0" },
  { header: "Engagements", format: "#,##0" },
  { header: "CPE", format: "$#,##0.00" },
  { header: "ROI", format: "0%" },
  { header: "ROAS", format: "0.00" },
  { header: "AOV", format: "$#,##0.00" },
];

const outFile = projectPath("out", "demo.xlsx");
await writeXlsx(outFile, [
  {
    name: "Campaign Tracker",
    columns: [
      ...TRACKER_COLUMNS.map((c): XlsxColumn => {
        const format = INPUT_FORMATS[c.key];
        return {
          header: c.label,
          ...(format ? { format } : {}),
          width: c.kind === "text" ? 18 : 11,
        };
      }),
      ...KPI_COLUMNS.map(({ header, format }) => ({ header, ...(format ? { format } : {}) })),
    ],
    rows: trackerRows as CellValue[][],
    headerFill: (c) => (c < TRACKER_COLUMNS.length ? "FFE8EAED" : "FFD2E3FC"),
  },
  { name: "Campaign Summary", columns: SUMMARY_COLUMNS, rows: summaryRows },
]);

const money = (v: unknown) =>
  typeof v === "number" ? `$${Math.round(v).toLocaleString("en-US")}` : String(v);
const cents = (v: unknown) => (typeof v === "number" ? `$${v.toFixed(2)}` : String(v));
const percent = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 100)}%` : String(v));
console.log(
  `Sample tracker: ${rows.length} posts, ${campaigns.length} campaigns, ${new Set(rows.map((r) => r[TRACKER_INDEX.influencer])).size} influencers`,
);
console.log(`Computed ${KPI_COLUMNS.length} KPI columns with dist/Code.js, one call per column\n`);
for (const [name, posts, , cost, revenue, emv, , cpe, roi] of summaryRows) {
  console.log(
    `  ${String(name).padEnd(20)} ${String(posts).padStart(3)} posts  spend ${money(cost).padStart(8)}  revenue ${money(revenue).padStart(8)}  EMV ${money(emv).padStart(8)}  CPE ${cents(cpe)}  ROI ${percent(roi)}`,
  );
}
console.log(`\nCells flagged in the sheet (${CELL_ERROR_PREFIX.trim()}), the rest computed:`);
for (const [problem, count] of problems)
  console.log(`  ${problem} (${count} ${count === 1 ? "row" : "rows"})`);
console.log(`\nWrote ${outFile}`);
