/**
 * Keep, scale or review, by DOMAIN.md's rule, on small campaigns computed by hand: each
 * verdict fires and does not, by each goal's yardstick, against a target or the campaign.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import type { FrameworkRow, ReportModel, TrackedRow } from "../../src/core/report/model";
import { en, input, kpiRow, report, rows } from "./tracker";

interface Creator {
  readonly name: string;
  readonly posts: number;
  readonly cost: CellValue;
  readonly conversions?: number;
  readonly revenue?: number;
  readonly reach?: CellValue;
  readonly views?: number;
  readonly likes?: number;
}

/** Each creator's posts, alike: 10,000 impressions, 300 clicks, 200 likes unless given. */
const tracker = (creators: readonly Creator[], campaign = "Spring"): TrackedRow["cells"][] =>
  creators.flatMap((c) =>
    Array.from({ length: c.posts }, () => ({
      campaign,
      influencer: c.name,
      platform: "Instagram",
      postDate: "2026-03-05",
      followers: 20_000,
      impressions: 10_000,
      views: c.views ?? "",
      reach: c.reach ?? 8_000,
      likes: c.likes ?? 200,
      clicks: 300,
      conversions: c.conversions ?? 0,
      orders: c.conversions ?? 0,
      revenue: c.revenue ?? 0,
      cost: c.cost,
    })),
  );

const judge = (creators: readonly Creator[], framework: Partial<FrameworkRow>[]) =>
  report(
    input(
      rows(...tracker(creators)),
      framework.map((kpi) => kpiRow(kpi)),
    ),
  ).breakdowns.influencer;

const verdicts = (lines: ReportModel["breakdowns"]["influencer"]) =>
  Object.fromEntries(lines.map((line) => [line.name, line.suggestion?.verdict]));
const reason = (lines: ReportModel["breakdowns"]["influencer"], name: string) =>
  en(lines.find((line) => line.name === name)?.suggestion?.reason ?? { key: "join.list" });

describe("a conversions campaign, by cost per conversion against the KPI's target ($120)", () => {
  // Per post: cost and conversions. Paid posts that count: spend 30,970, 256 conversions.
  const lines = judge(
    [
      { name: "Big", posts: 3, cost: 7_200, conversions: 60 }, // $120: on target
      { name: "Xia", posts: 3, cost: 500, conversions: 6 }, // $83.33: 31% better, 7% of results
      { name: "Yan", posts: 3, cost: 400, conversions: 4 }, // $100: 17% better
      { name: "Ivy", posts: 3, cost: 100, conversions: 4 }, // $25: better, but 4.7% of results
      { name: "Uma", posts: 3, cost: 540, conversions: 4 }, // $135: 12.5% worse, 5.9% of spend
      { name: "Wes", posts: 3, cost: 1_000, conversions: 4 }, // $250: 108% worse
      { name: "Kim", posts: 3, cost: 200, conversions: 0 }, // $600 spent, no conversion
      { name: "Lee", posts: 3, cost: 50, conversions: 0 }, // $150 spent, no conversion
      { name: "Zoe", posts: 2, cost: 500, conversions: 5 }, // 2 posts
      { name: "Gus", posts: 3, cost: 0, conversions: 5 }, // gifted
      { name: "Eve", posts: 3, cost: "€ 100", conversions: 5 }, // cost in euros
    ],
    [
      {
        goal: "conversions",
        kpi: "conversionEfficiency",
        metrics: ["cpa"],
        baseline: 200,
        target: 120,
      },
    ],
  );

  it("gives each influencer the verdict its numbers call for", () => {
    expect(verdicts(lines)).toEqual({
      Big: "keep",
      Xia: "scale",
      Yan: "keep",
      Ivy: "keep",
      Uma: "keep",
      Wes: "review",
      Kim: "review",
      Lee: "tooLittleData",
      Zoe: "tooLittleData",
      Gus: "tooLittleData",
      Eve: "tooLittleData",
    });
  });

  it("ranks judged influencers best first by the yardstick, then those with too little data", () => {
    expect(lines.map((line) => line.name)).toEqual([
      "Ivy",
      "Xia",
      "Yan",
      "Big",
      "Uma",
      "Wes",
      "Kim",
      "Zoe",
      "Eve",
      "Gus",
      "Lee",
    ]);
    expect(lines.find((line) => line.name === "Xia")?.suggestion).toMatchObject({
      metric: "cpa",
      value: 1_500 / 18,
    });
  });

  it("names the metric, the gap, the share of spend and the sample in every reason", () => {
    expect(reason(lines, "Xia")).toBe(
      "Cost per conversion $83.33 against $120, the KPI's target: 31% better, with 7% of the campaign's results on 4.8% of its spend. Sample: 3 posts, 18 conversions.",
    );
    expect(reason(lines, "Yan")).toBe(
      "Cost per conversion $100 against $120, the KPI's target: 17% better, short of the 20% needed to scale; 3.9% of spend. Sample: 3 posts, 12 conversions.",
    );
    expect(reason(lines, "Ivy")).toBe(
      "Cost per conversion $25 against $120, the KPI's target: 79% better, but 4.7% of the campaign's results is under the 5% needed to scale. Sample: 3 posts, 12 conversions.",
    );
    expect(reason(lines, "Uma")).toBe(
      "Cost per conversion $135 against $120, the KPI's target: 13% worse, short of the 25% that calls for a review, on 5.2% of spend (under 10%). Sample: 3 posts, 12 conversions.",
    );
    expect(reason(lines, "Wes")).toBe(
      "Cost per conversion $250 against $120, the KPI's target: 108% worse, on 9.7% of spend. Sample: 3 posts, 12 conversions.",
    );
    expect(reason(lines, "Kim")).toBe(
      "No conversions from $600 (1.9% of spend), at least three times the target cost per conversion ($120). Sample: 3 posts, 0 conversions.",
    );
    expect(reason(lines, "Lee")).toBe(
      "Too little data: 3 posts, 0 conversions; it takes 3 posts, 10 conversions.",
    );
    expect(reason(lines, "Zoe")).toBe(
      "Too little data: 2 posts, 10 conversions; it takes 3 posts, 10 conversions.",
    );
    expect(reason(lines, "Gus")).toBe(
      "No paid posts that count: gifted posts, and posts whose cost or revenue is left out, do not count toward a verdict.",
    );
    expect(reason(lines, "Eve")).toBe(reason(lines, "Gus"));
  });

  it("reviews a big spender that misses the reference, however slightly", () => {
    const big = judge(
      [
        { name: "Big", posts: 3, cost: 1_300, conversions: 10 }, // $130: 8% worse, 46% of spend
        { name: "Rest", posts: 3, cost: 1_500, conversions: 15 },
      ],
      [{ goal: "conversions", kpi: "conversionEfficiency", metrics: ["cpa"], target: 120 }],
    );
    expect(verdicts(big).Big).toBe("review");
    expect(reason(big, "Big")).toBe(
      "Cost per conversion $130 against $120, the KPI's target: 8.3% worse, on 46% of spend: 10% or more of spend while missing the reference. Sample: 3 posts, 30 conversions.",
    );
  });

  it("scales on 20 conversions even under 5% of the campaign's results", () => {
    const many = judge(
      [
        { name: "Big", posts: 3, cost: 60_000, conversions: 500 },
        { name: "Ivy", posts: 3, cost: 300, conversions: 7 }, // 21 conversions, 1.4% of them
      ],
      [{ goal: "conversions", kpi: "conversionEfficiency", metrics: ["cpa"], target: 120 }],
    );
    expect(verdicts(many).Ivy).toBe("scale");
  });
});

describe("a sales campaign, by ROAS with cost per conversion as a guard", () => {
  const creators: Creator[] = [
    { name: "Bea", posts: 3, cost: 1_000, revenue: 3_090, conversions: 40 }, // ROAS 3.09
    { name: "Sam", posts: 3, cost: 1_000, revenue: 4_000, conversions: 50 }, // 4: 33% better
    { name: "Gil", posts: 3, cost: 1_000, revenue: 4_000, conversions: 4 }, // 4, at $250 a conversion
    { name: "Lou", posts: 3, cost: 1_000, revenue: 500, conversions: 20 }, // 0.5
  ];

  it("judges ROAS against the KPI's target", () => {
    const lines = judge(creators, [
      { kpi: "returnOnSpend", metrics: ["roas"], baseline: 1, target: 3 },
    ]);
    expect(verdicts(lines)).toEqual({ Sam: "scale", Gil: "keep", Bea: "keep", Lou: "review" });
    expect(reason(lines, "Bea")).toBe(
      "ROAS 3.09 against 3, the KPI's target: 3% better, short of the 20% needed to scale; 25% of spend. Sample: 3 posts, 120 conversions.",
    );
    // Cost per conversion of the campaign: 12,000 ÷ 342 = $35.09.
    expect(reason(lines, "Gil")).toBe(
      "ROAS 4 against 3, the KPI's target: 33% better, but cost per conversion $250 is 612% worse than $35.09: hold before scaling. Sample: 3 posts, 12 conversions.",
    );
  });

  it("reads an ROI target as ROAS = 1 + ROI", () => {
    const lines = judge(creators, [
      { kpi: "returnOnSpend", metrics: ["roi"], baseline: 0, target: 2 },
    ]);
    expect(verdicts(lines)).toEqual({ Sam: "scale", Gil: "keep", Bea: "keep", Lou: "review" });
  });

  it("without a target, against the campaign's spend-weighted ROAS", () => {
    // 11,590 ÷ 4,000 = 2.90.
    const lines = judge(creators, [{}]);
    expect(reason(lines, "Sam")).toMatch(
      /^ROAS 4 against 2\.9, the campaign's spend-weighted value: 38% better/,
    );
  });
});

describe("an awareness campaign, by cost per 1,000 reached, never by ROI", () => {
  const lines = judge(
    [
      { name: "Ada", posts: 3, cost: 100, reach: 10_000 }, // $10 per 1,000 reached
      { name: "Bo", posts: 3, cost: 300, reach: 10_000 }, // $30
      { name: "Cy", posts: 3, cost: 200, reach: 10_000 }, // $20
      { name: "Di", posts: 3, cost: 200, reach: "", views: 10_000 }, // views stand in: $20
    ],
    [{ goal: "awareness", kpi: "reach", metrics: ["reach"], target: 100_000 }],
  );

  it("against the campaign's spend-weighted value: 2,400 ÷ 120,000 × 1,000 = $20", () => {
    expect(verdicts(lines)).toEqual({ Ada: "scale", Bo: "review", Cy: "keep", Di: "keep" });
    expect(reason(lines, "Ada")).toBe(
      "Cost per 1,000 reached $10 against $20, the campaign's spend-weighted value: 50% better, with 25% of the campaign's results on 13% of its spend. Sample: 3 posts, 30,000 impressions or views.",
    );
    expect(lines.every((line) => !reason(lines, line.name).includes("ROI"))).toBe(true);
  });

  it("too little data under 1,000 impressions or views", () => {
    const small = report(
      input(
        rows(
          ...tracker([
            { name: "Ada", posts: 3, cost: 100 },
            { name: "Bo", posts: 3, cost: 10 },
          ]).map((cells, i) => (i >= 3 ? { ...cells, impressions: 300 } : cells)),
        ),
        [kpiRow({ goal: "awareness", kpi: "reach", metrics: ["reach"] })],
      ),
    ).breakdowns.influencer;
    expect(reason(small, "Bo")).toBe(
      "Too little data: 3 posts, 900 impressions or views; it takes 3 posts, 1,000 impressions or views.",
    );
  });
});

describe("an engagement campaign, by cost per engagement", () => {
  it("against the KPI's target", () => {
    const lines = judge(
      [
        { name: "Ada", posts: 3, cost: 100, likes: 200 }, // $0.50
        { name: "Bo", posts: 3, cost: 400, likes: 200 }, // $2
      ],
      [{ goal: "engagement", kpi: "engagementCost", metrics: ["cpe"], baseline: 2, target: 1 }],
    );
    expect(verdicts(lines)).toEqual({ Ada: "scale", Bo: "review" });
    expect(reason(lines, "Ada")).toMatch(/^CPE \$0\.50 against \$1, the KPI's target: 50% better/);
  });
});

describe("a report on all campaigns", () => {
  const spring = tracker([
    { name: "Ada", posts: 3, cost: 100, conversions: 10 },
    { name: "Bo", posts: 3, cost: 300, conversions: 10 },
  ]);
  const autumn = tracker(
    [
      { name: "Ada", posts: 3, cost: 100, revenue: 100, conversions: 5 },
      { name: "Bo", posts: 3, cost: 100, revenue: 500, conversions: 5 },
    ],
    "Autumn",
  );
  const model = report(
    input(rows(...spring, ...autumn), [
      kpiRow({ goal: "conversions", kpi: "conversions", metrics: ["conversions"] }),
      kpiRow({ campaign: "Autumn", goal: "sales", kpi: "sales", metrics: ["revenue"] }),
    ]),
    { campaign: null },
  );

  it("judges each influencer within each campaign, by that campaign's yardstick", () => {
    const lines = model.breakdowns.influencer.map((line) => [
      line.campaign,
      line.name,
      line.suggestion?.metric,
      line.suggestion?.verdict,
    ]);
    expect(lines).toEqual([
      ["Spring", "Ada", "cpa", "scale"],
      ["Spring", "Bo", "cpa", "review"],
      ["Autumn", "Bo", "roas", "scale"],
      ["Autumn", "Ada", "roas", "review"],
    ]);
  });

  it("says its platform and tier breakdowns pool campaigns with different goals", () => {
    expect(en(model.breakdowns.pooled ?? { key: "join.list" })).toBe(
      "The breakdowns by platform and tier pool campaigns with different goals (Conversions, Sales): judge influencers within their campaign, as the breakdown by influencer does.",
    );
    const one = report(input(rows(...spring), [kpiRow({ goal: "conversions" })]), {
      campaign: null,
    });
    expect(one.breakdowns.pooled).toBeUndefined();
  });
});

describe("a campaign without a framework", () => {
  it("gets no verdicts: without a goal there is no yardstick", () => {
    const lines = report(input(rows(...tracker([{ name: "Ada", posts: 3, cost: 100 }])))).breakdowns
      .influencer;
    expect(lines.map((line) => line.suggestion)).toEqual([undefined]);
  });
});
