/**
 * A small Campaign Tracker for the report model's tests, with values to check by hand, and
 * helpers to build a report from it.
 */
import { DEFAULT_TIER_THRESHOLDS } from "../../src/core/defaults";
import type { FrameworkText } from "../../src/core/framework/model";
import { renderText } from "../../src/core/framework/text";
import { en as english } from "../../src/core/i18n/en";
import { buildReport } from "../../src/core/report/build";
import type {
  FrameworkRow,
  ReportInput,
  ReportModel,
  ReportOptions,
  TrackedRow,
} from "../../src/core/report/model";
import { TRACKER_KEYS } from "../../src/core/tracker-columns";
import { columnLetter } from "../../src/sheets/a1";

export const en = (text: FrameworkText): string => renderText(english, text);

/** Column letters in sheet order: campaign A … cost S, currency T … emv AA. */
const COLUMNS = Object.fromEntries(
  TRACKER_KEYS.map((key, i) => [key, columnLetter(i + 1)]),
) as ReportInput["columns"];

export const OPTIONS: ReportOptions = {
  campaign: "Spring",
  from: null,
  to: null,
  today: "2026-03-20",
  locale: "en_US",
  currency: "USD",
  base: "followers",
  tierThresholds: DEFAULT_TIER_THRESHOLDS,
};

type Cells = TrackedRow["cells"];

/**
 * Spring, three posts (rows 3 to 5), and one post of another campaign (row 6).
 * Ana: 1,000 spent, 500 engagements, 3,000 in sales (DOMAIN.md: CPE 2.00, ROI 2.0).
 * Ben on TikTok reports views only: they stand in for his blank impressions. Every outcome
 * is filled in: nothing is pending.
 */
export const ANA: Cells = {
  campaign: "Spring",
  influencer: "Ana",
  platform: "Instagram",
  postDate: "2026-03-01",
  followers: 20_000,
  impressions: 40_000,
  reach: 35_000,
  likes: 300,
  comments: 100,
  shares: 50,
  saves: 50,
  clicks: 400,
  conversions: 20,
  orders: 15,
  revenue: 3_000,
  cost: 1_000,
  emv: 268,
};
export const BEN: Cells = {
  campaign: "Spring",
  influencer: "Ben",
  platform: "TikTok",
  postDate: "2026-03-05",
  followers: 30_000,
  impressions: "",
  views: 10_000,
  reach: 9_000,
  likes: 80,
  comments: 20,
  clicks: 100,
  conversions: 5,
  orders: 4,
  revenue: 200,
  cost: 400,
  emv: 100,
};
export const CARA: Cells = {
  campaign: "Spring",
  influencer: "Cara",
  platform: "ig",
  postDate: "2026-03-10",
  followers: 8_000,
  impressions: 10_000,
  reach: 9_000,
  likes: 150,
  comments: 50,
  clicks: 50,
  conversions: 0,
  orders: 0,
  revenue: 0,
  cost: 100,
  emv: 67,
};
export const OTHER: Cells = { ...ANA, campaign: "Autumn", postDate: "2026-03-02", cost: 999 };

/** Rows from row 3 on, as the tracker holds them. */
export const rows = (...cells: Cells[]): TrackedRow[] =>
  cells.map((c, i) => ({ row: i + 3, cells: c }));

export const input = (
  tracked: readonly TrackedRow[] = rows(ANA, BEN, CARA, OTHER),
  framework: readonly FrameworkRow[] = [],
): ReportInput => ({
  rows: tracked,
  framework,
  trackerSheet: "Campaign Tracker",
  columns: COLUMNS,
});

/** The report, failing the test with its problem if there is none. */
export function report(
  given: ReportInput = input(),
  options: Partial<ReportOptions> = {},
): ReportModel {
  const result = buildReport(given, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(`no report: ${en(result.problem)}`);
  return result.report;
}

export const kpiRow = (change: Partial<FrameworkRow> = {}): FrameworkRow => ({
  campaign: "Spring",
  goal: "sales",
  kpi: "sales",
  metrics: ["revenue"],
  baseline: 0,
  target: 3_200,
  start: "2026-03-01",
  deadline: "2026-03-31",
  actual: "",
  smartNotes: "",
  budget: null,
  ...change,
});
