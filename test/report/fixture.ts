/**
 * A realistic report model for tests of its renderings: a sales campaign with three KPIs
 * (at risk, on track, met), five influencers on three platforms (one named with an HTML
 * injection), benchmarks comparable and not, insights and data issues.
 *
 * Its texts use two keys of its own until the report's catalog exists: "fixture.text" shows
 * its `text` parameter as it is, "fixture.headline" names a KPI by label. Merge the
 * catalog the rendering reads over FIXTURE_MESSAGES.
 */
import type { FrameworkText } from "../../src/core/framework/model";
import type { MessageKey } from "../../src/core/i18n/catalog";
import type { BreakdownLine, ReportModel } from "../../src/core/report/model";

export const INJECTION = "<img src=x onerror=alert(1)>";

export const FIXTURE_MESSAGES: Readonly<Record<string, string>> = {
  "fixture.text": "{text}",
  "fixture.headline":
    "Not yet: {met} of {total} KPIs met. {kpi} is at risk, at {progress} of its target with {elapsed} of the time gone.",
};

const text = (shown: string): FrameworkText => ({
  key: "fixture.text" as MessageKey,
  params: { text: shown },
});

const line = (
  name: string,
  posts: number,
  cost: number,
  emv: number,
  engagements: number,
  engagementRate: number | null,
  ctr: number | null,
  conversions: number,
  revenue: number,
  suggestion?: BreakdownLine["suggestion"],
): BreakdownLine => ({
  name,
  posts,
  cost,
  emv,
  cpe: engagements > 0 ? cost / engagements : null,
  engagementRate,
  ctr,
  conversions,
  roas: cost > 0 ? revenue / cost : null,
  roi: cost > 0 ? (revenue - cost) / cost : null,
  ...(suggestion && { suggestion }),
});

export function reportFixture(): ReportModel {
  return {
    header: {
      campaign: "Spring Glow 2025",
      goal: "sales",
      secondaryGoal: "awareness",
      from: "2025-03-01",
      to: "2025-04-30",
      spend: 18_450,
      budget: 20_000,
      currency: "USD",
      asOf: "2025-04-15",
      rowsCovered: 42,
      rowsLeftOut: 3,
      rates: [
        {
          currency: "EUR",
          rate: 1.08,
          asOf: "2025-03-01",
          campaign: "",
          source: "Contract",
          cost: 2500,
          revenue: 0,
        },
      ],
      rateProblems: [],
    },
    headline: [
      {
        key: "fixture.headline" as MessageKey,
        params: { met: 1, total: 3, progress: "69%", elapsed: "75%" },
        labels: { kpi: "kpi.sales" },
      },
      text("Spent $18,450 of the $20,000 budget (92%)."),
    ],
    scorecard: [
      {
        campaign: "Spring Glow 2025",
        kpi: "sales",
        metric: "revenue",
        actual: 41_300,
        baseline: 0,
        target: 60_000,
        progress: 41_300 / 60_000,
        elapsed: 0.75,
        start: "2025-03-01",
        deadline: "2025-04-30",
        status: "atRisk",
        smartFlags: [],
      },
      {
        campaign: "Spring Glow 2025",
        kpi: "returnOnSpend",
        metric: "roas",
        actual: 2.9,
        baseline: 1.5,
        target: 3,
        progress: (2.9 - 1.5) / (3 - 1.5),
        elapsed: 0.75,
        start: "2025-03-01",
        deadline: "2025-04-30",
        status: "onTrack",
        smartFlags: ["Name an owner: a KPI nobody owns rarely moves."],
      },
      {
        campaign: "Spring Glow 2025",
        kpi: "reach",
        metric: "reach",
        actual: 1_240_000,
        baseline: 200_000,
        target: 1_000_000,
        progress: (1_240_000 - 200_000) / (1_000_000 - 200_000),
        elapsed: 0.75,
        start: "2025-03-01",
        deadline: "2025-04-30",
        status: "met",
        smartFlags: [],
        note: text(
          "2 posts with cells left out (Cost): however they are read, the status would still be Met.",
        ),
      },
    ],
    scorecardNotes: [text("On every KPI: Add a qualitative KPI.")],
    figures: [
      { key: "spend", value: 18_450, unit: "money", formula: text("sum of Cost") },
      { key: "impressions", value: 2_150_000, unit: "count", formula: text("sum of Impressions") },
      { key: "views", value: 640_000, unit: "count", formula: text("sum of Views") },
      { key: "reach", value: 1_240_000, unit: "count", formula: text("sum of Reach") },
      {
        key: "engagements",
        value: 96_400,
        unit: "count",
        formula: text("likes + comments + shares + saves"),
      },
      { key: "clicks", value: 8_920, unit: "count", formula: text("sum of Clicks") },
      { key: "conversions", value: 612, unit: "count", formula: text("sum of Conversions") },
      { key: "orders", value: 540, unit: "count", formula: text("sum of Orders") },
      { key: "revenue", value: 41_300, unit: "money", formula: text("sum of Revenue") },
      { key: "aov", value: 41_300 / 540, unit: "money", formula: text("revenue ÷ orders") },
      {
        key: "emv",
        value: 17_820.4,
        unit: "money",
        formula: text("impressions (or views) ÷ 1,000 × the platform's CPM"),
      },
      { key: "cpm", value: 8.58, unit: "money", formula: text("cost ÷ impressions × 1,000") },
      { key: "cpe", value: 0.19, unit: "money", formula: text("cost ÷ engagements") },
      { key: "ctr", value: 0.00415, unit: "rate", formula: text("clicks ÷ impressions") },
      {
        key: "conversionRate",
        value: 0.0686,
        unit: "rate",
        formula: text("conversions ÷ clicks"),
      },
      { key: "roas", value: 2.24, unit: "ratio", formula: text("revenue ÷ cost") },
      { key: "roi", value: 1.24, unit: "rate", formula: text("(revenue − cost) ÷ cost") },
    ],
    funnel: [
      { stage: "exposure", value: 2_790_000, rate: null },
      { stage: "clicks", value: 8_920, rate: 8_920 / 2_790_000 },
      { stage: "conversions", value: 612, rate: 612 / 8_920 },
      { stage: "orders", value: 540, rate: 540 / 612 },
    ],
    engagements: { value: 96_400, rate: 96_400 / 2_790_000 },
    pending: { posts: 2, clicks: 2, conversions: 2, orders: 0, revenue: 0 },
    breakdowns: {
      influencer: [
        line("Lena Sørensen", 9, 3_200, 4_910, 21_400, 0.041, 0.0061, 214, 14_800, {
          verdict: "scale",
          metric: "roas",
          value: 2.5,
          reason: text("ROI 363% is above the median (124%) and CPE $0.15 below it ($0.19)."),
        }),
        line("王小美", 8, 4_100, 5_230, 26_900, 0.052, 0.0048, 171, 11_200, {
          verdict: "keep",
          metric: "roas",
          value: 2.5,
          reason: text("ROI 173% is above the median, CPE $0.15 below it."),
        }),
        line("Marco Bianchi", 12, 5_650, 3_960, 24_100, 0.027, 0.0039, 128, 8_900, {
          verdict: "keep",
          metric: "roas",
          value: 2.5,
          reason: text("ROI 58% is below the median, CPE $0.23 above it."),
        }),
        line("Айгерим Токтогулова", 11, 4_300, 2_870, 17_600, 0.022, 0.0029, 96, 3_100, {
          verdict: "review",
          metric: "roas",
          value: 2.5,
          reason: text("ROI −28% is negative and CPE $0.24 is above the median ($0.19)."),
        }),
        line(INJECTION, 2, 1_200, 850, 6_400, 0.018, 0.0022, 3, 300, {
          verdict: "tooLittleData",
          metric: "roas",
          value: 2.5,
          reason: text("2 posts: fewer than 3 to judge by."),
        }),
      ],
      platform: [
        line("Instagram", 19, 8_400, 9_650, 47_500, 0.034, 0.0052, 341, 22_700),
        line("TikTok", 15, 6_150, 5_330, 37_800, 0.061, 0.0036, 204, 13_100),
        line("YouTube", 8, 3_900, 2_840, 11_100, 0.019, 0.0031, 67, 5_500),
      ],
      tier: [
        line("Nano", 2, 1_200, 850, 6_400, 0.018, 0.0022, 3, 300),
        line("Micro", 29, 12_050, 11_790, 63_100, 0.038, 0.0047, 438, 29_800),
        line("Macro", 11, 5_200, 5_180, 26_900, 0.031, 0.0036, 171, 11_200),
      ],
    },
    benchmarks: [
      {
        platform: "Instagram",
        formula: "likesPerFollower",
        influencers: 3,
        posts: 7,
        followers: [10_000, 50_000],
        ours: 0.034,
        low: 0.0084,
        high: 0.0111,
        source: text("Modash, engagement-rate calculator (modash.io), Instagram, read 2025"),
        year: 2025,
        comparable: false,
        verdict: null,
        note: text(
          "Modash divides median likes by followers; this report divides engagements by reach, so the two are not comparable.",
        ),
      },
      {
        platform: "TikTok",
        formula: "engagementsPerView",
        influencers: 4,
        posts: 9,
        followers: [100_000, 500_000],
        ours: 0.071,
        low: 0.0666,
        high: 0.0739,
        source: text("Modash, engagement-rate calculator (modash.io), TikTok, November 2025"),
        year: 2025,
        comparable: true,
        verdict: "within",
        note: text("Engagements ÷ views, as Modash computes it (November 2025)."),
      },
      {
        platform: "TikTok",
        formula: "engagementsPerView",
        influencers: 3,
        posts: 4,
        followers: [1_000_000, null],
        ours: 0.081,
        low: 0.062,
        high: 0.0684,
        source: text("Modash, engagement-rate calculator (modash.io), TikTok, November 2025"),
        year: 2025,
        comparable: true,
        verdict: "above",
        note: text("Engagements ÷ views, as Modash computes it (November 2025)."),
      },
    ],
    benchmarkNote: text("Sponsored posts usually engage less than a profile's average."),
    insights: [
      text(
        "Many clicks but few conversions: 8,920 clicks gave 612 conversions (6.9%). Check the landing page.",
      ),
      text("Impressions (2,150,000) are 1.7 times reach (1,240,000): people saw posts repeatedly."),
      text("Best by ROI: Lena Sørensen (363%). Worst by CPE: Айгерим Токтогулова ($0.24)."),
      text(`${INJECTION} has the lowest ROI (−75%) from 2 posts.`),
    ],
    dataIssues: [
      {
        cell: "'Campaign Tracker'!R14",
        value: "€ 760",
        column: "cost",
        problem: text("is typed in EUR, not USD: left out of the totals."),
      },
      {
        cell: "'Campaign Tracker'!H22",
        value: "12.5.3",
        column: "impressions",
        problem: text("is 12.5.3, not a number"),
      },
      {
        cell: "'Campaign Tracker'!31:31",
        value: "",
        column: null,
        problem: text("The row has no platform: left out of the totals."),
      },
    ],
    definitions: [
      text(
        "Status: Met at 100% progress; Missed once the deadline has passed below it; otherwise On track while progress keeps pace with the time elapsed, At risk when it falls behind.",
      ),
      text("Progress = (actual − baseline) ÷ (target − baseline); 100% means the target is met."),
      text(
        "Suggestion: scale when ROI is above the campaign's median and CPE below it; review when ROI is negative and CPE above the median; keep otherwise; fewer than 3 posts is too little data.",
      ),
      text("Engagement rate = engagements ÷ reach (the base chosen in Settings)."),
    ],
  };
}
