/** Current metric values from a campaign's tracker rows, and the words for each formula. */

import { describe, expect, it } from "vitest";
import { describeMeasure } from "../../src/core/framework/describe";
import { campaignValues, type TrackerRecord } from "../../src/core/framework/measure";
import { METRICS } from "../../src/core/framework/metrics";
import { en as english } from "../../src/core/i18n/en";
import { catalogOf } from "../../src/local/catalogs";

/** DOMAIN.md's worked examples: 1000 spent, 500 engagements, 3000 in sales. */
const ROWS: TrackerRecord[] = [
  {
    influencer: "Ana",
    followers: 20_000,
    impressions: 40_000,
    views: 999,
    reach: 20_000,
    likes: 300,
    comments: 50,
    engagements: 400,
    emv: 268,
    clicks: 400,
    conversions: 20,
    orders: 15,
    revenue: 1800,
    cost: 600,
  },
  {
    influencer: "Ben",
    followers: 30_000,
    // Instagram reports views only: they stand in for the blank impressions.
    impressions: "",
    views: 10_000,
    reach: 5_000,
    likes: 80,
    engagements: 100,
    emv: "⚠ cpm is missing",
    clicks: 100,
    conversions: 5,
    orders: 5,
    revenue: 1_200,
    cost: 400,
  },
  { influencer: "Ana", engagements: "⚠ likes is not a number", cost: "", notes: "repost" },
];

describe("campaignValues", () => {
  const values = campaignValues(ROWS, { base: "followers" });

  it("adds up columns, skipping blanks and flagged cells", () => {
    expect(values).toMatchObject({
      reach: 25_000,
      likes: 380,
      comments: 50,
      engagements: 500,
      emv: 268,
      clicks: 500,
      conversions: 25,
      leads: 25,
      orders: 20,
      revenue: 3000,
      views: 10_999,
    });
  });

  it("counts views where impressions are blank", () => {
    expect(values.impressions).toBe(50_000);
    expect(values.ctr).toBeCloseTo(500 / 50_000, 12);
    expect(values.cpm).toBeCloseTo((1000 / 50_000) * 1000, 12);
    expect(values.frequency).toBeCloseTo(50_000 / 25_000, 12);
  });

  it("computes DOMAIN.md's worked examples: CPE 2.00, ROI 200 %", () => {
    expect(values.cpe).toBe(2);
    expect(values.roi).toBe(2);
    expect(values.roas).toBe(3);
  });

  it("divides sums for the other ratios", () => {
    expect(values.cpc).toBe(2);
    expect(values.cpa).toBe(40);
    expect(values.cpl).toBe(40);
    expect(values.conversionRate).toBeCloseTo(25 / 500, 12);
    expect(values.salesConversionRate).toBeCloseTo(20 / 500, 12);
    expect(values.aov).toBe(150);
  });

  it("counts posts and different influencers", () => {
    expect(values.posts).toBe(3);
    expect(values.activeInfluencers).toBe(2);
  });

  it("divides engagements by the Settings base", () => {
    expect(values.engagementRate).toBeCloseTo(500 / 50_000, 12);
    expect(campaignValues(ROWS, { base: "reach" }).engagementRate).toBeCloseTo(500 / 25_000, 12);
    expect(campaignValues(ROWS, { base: "views" }).engagementRate).toBeCloseTo(500 / 10_999, 12);
  });

  it("skips numbers typed as text, as the sheet's SUMIFS does", () => {
    const typed = campaignValues(
      [
        { reach: "5,000", revenue: "1,200", cost: 100 },
        { reach: 100, revenue: 50, cost: 100 },
      ],
      { base: "reach" },
    );
    expect(typed).toMatchObject({ reach: 100, revenue: 50, roas: 0.25 });
  });

  it("leaves out ratios over a zero sum and metrics entered by hand", () => {
    const empty = campaignValues([{ influencer: "Ana", likes: 10, cost: 0 }], {
      base: "followers",
    });
    expect(empty).toMatchObject({ likes: 10, posts: 1, activeInfluencers: 1 });
    for (const id of ["cpe", "ctr", "roas", "roi", "aov", "engagementRate", "frequency"] as const) {
      expect(empty[id], id).toBeUndefined();
    }
    expect(values.backlinks).toBeUndefined();
    expect(campaignValues([], { base: "followers" })).toMatchObject({ posts: 0, revenue: 0 });
  });

  it("gives a value for every metric the tracker can compute", () => {
    const computed = Object.values(METRICS).filter((m) => m.measure.kind !== "manual");
    expect(Object.keys(values).sort()).toEqual(computed.map((m) => m.id).sort());
  });
});

describe("describeMeasure", () => {
  const words = (id: keyof typeof METRICS) => describeMeasure(METRICS[id], english);

  it("says how each kind of metric is found, naming columns as words of the sentence", () => {
    expect(words("roas")).toBe("Revenue ÷ cost");
    expect(words("roi")).toBe("(Revenue − cost) ÷ cost");
    expect(words("cpe")).toBe("Cost ÷ engagements");
    expect(words("revenue")).toBe("Sum of revenue");
    expect(words("engagementRate")).toBe("Engagements ÷ engagement-rate base");
    expect(words("posts")).toBe("Number of posts");
    expect(words("activeInfluencers")).toBe("Number of different influencers");
    expect(words("backlinks")).toBe("Entered by hand from: SEO tool");
  });

  it("names the views that stand in for impressions", () => {
    expect(words("impressions")).toBe("Sum of impressions (or views where blank)");
    expect(words("cpm")).toBe("Cost ÷ impressions (or views where blank) × 1000");
  });

  it("writes column names in lower case inside the sentence, abbreviations as they are", () => {
    const say = (lang: Parameters<typeof catalogOf>[0], id: keyof typeof METRICS) =>
      describeMeasure(METRICS[id], catalogOf(lang));
    expect(say("da", "revenue")).toBe("Sum af omsætning");
    expect(say("da", "roi")).toBe("(Omsætning − omkostning) ÷ omkostning");
    expect(say("it", "cpe")).toBe("Costo ÷ engagement");
    expect(say("ky", "clicks")).toBe("Сумма: чыкылдатуулар");
    expect(say("zh-CN", "revenue")).toBe("收入合计");
  });
});
