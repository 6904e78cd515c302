/** Which posts each figure counts (R3 to R6), and the span of a metric over left-out cells. */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { numberConventions } from "../../src/core/i18n/number-format";
import { type NumberColumn, readCell, readPost } from "../../src/core/report/reading";
import { metricRange, type TalliedPost, TallyRules } from "../../src/core/report/tally";

const US = { currency: "USD", conventions: numberConventions("en_US") };

type Cells = Partial<Record<NumberColumn | "emv", CellValue>>;
const post = ({ emv = "", ...cells }: Cells): TalliedPost => ({
  numbers: readPost(cells, US),
  emv: readCell(emv, "emv", US),
});

/** The tracker's metrics over these posts. */
const values = (...cells: Cells[]) => {
  const rules = new TallyRules("followers");
  const tally = rules.tally();
  const prepared = rules.prepare(cells.map(post));
  for (let at = 0; at < cells.length; at++) tally.add(prepared, at);
  return tally.values();
};

/** A full post: 1,000 impressions, 100 engagements, 50 clicks, 5 conversions, 4 orders. */
const FULL: Cells = {
  followers: 10_000,
  impressions: 1_000,
  likes: 100,
  clicks: 50,
  conversions: 5,
  orders: 4,
  revenue: 300,
  cost: 100,
};

describe("sums", () => {
  it("add every number of a column, nothing for blank or left-out cells", () => {
    const v = values(FULL, { ...FULL, cost: "€ 50", revenue: "n/a" }, { ...FULL, cost: "" });
    expect(v.revenue).toBe(600);
    expect(v.clicks).toBe(150);
    expect(v.engagements).toBe(300);
    expect(v.posts).toBe(3);
  });
});

describe("cost-based ratios (R3)", () => {
  it("leave out a post whose cost is left out: its results too", () => {
    const v = values(FULL, { ...FULL, cost: "€ 50" });
    expect(v.cpe).toBe(100 / 100);
    expect(v.cpm).toBe((100 / 1_000) * 1_000);
    expect(v.cpc).toBe(100 / 50);
    expect(v.cpa).toBe(100 / 5);
    expect(v.roas).toBe(300 / 100);
    expect(v.roi).toBe(2);
    // Ratios without cost still count it.
    expect(v.ctr).toBe(100 / 2_000);
  });

  it("leave out a post whose revenue is left out, even from CPE", () => {
    const v = values(FULL, { ...FULL, revenue: "$300" });
    expect(v.cpe).toBe(1);
    expect(v.roas).toBe(3);
    expect(v.aov).toBe(300 / 4);
  });

  it("count a blank cost as 0: a gifted post", () => {
    const v = values(FULL, { ...FULL, cost: "" });
    expect(v.cpe).toBe(100 / 200);
    expect(v.roas).toBe(600 / 100);
  });
});

describe("pending results (R4)", () => {
  it("leave a post out of every rate that divides by or into them", () => {
    const waiting = { ...FULL, clicks: "", conversions: "", orders: "", revenue: "" };
    const v = values(FULL, waiting);
    expect(v.ctr).toBe(50 / 1_000);
    expect(v.conversionRate).toBe(5 / 50);
    expect(v.cpc).toBe(100 / 50);
    expect(v.cpa).toBe(100 / 5);
    expect(v.roas).toBe(300 / 100);
    expect(v.aov).toBe(300 / 4);
    expect(v.salesConversionRate).toBe(4 / 50);
    // Not from the rates it has no part in.
    expect(v.cpm).toBe((200 / 2_000) * 1_000);
    expect(v.cpe).toBe(200 / 200);
  });

  it("only pending conversions keep a post out of the conversion rate and cost per conversion", () => {
    const v = values(FULL, { ...FULL, conversions: "" });
    expect(v.conversionRate).toBe(5 / 50);
    expect(v.cpa).toBe(100 / 5);
    expect(v.ctr).toBe(100 / 2_000);
  });

  it("blank outcomes on a post without impressions or views are zero", () => {
    const v = values(FULL, { cost: 100, followers: 1_000 });
    expect(v.roas).toBe(300 / 200);
  });
});

describe("engagements (R5) and exposure (R6)", () => {
  it("a post with a part of its engagements left out stays out of engagement rate and CPE", () => {
    const v = values(FULL, { ...FULL, likes: "1,000", comments: 10 });
    expect(v.engagements).toBe(100);
    expect(v.engagementRate).toBe(100 / 10_000);
    expect(v.cpe).toBe(1);
  });

  it("a post whose followers are left out stays out of the engagement rate", () => {
    const v = values(FULL, { ...FULL, followers: "1.3M" });
    expect(v.engagementRate).toBe(100 / 10_000);
    expect(v.engagements).toBe(200);
  });

  it("views stand in for blank impressions, not for left-out ones", () => {
    expect(values({ ...FULL, impressions: "", views: 800 }).impressions).toBe(800);
    const v = values(FULL, { ...FULL, impressions: "2,000", views: 800 });
    expect(v.impressions).toBe(1_000);
    expect(v.ctr).toBe(50 / 1_000);
  });
});

describe("metricRange", () => {
  const range = (metric: Parameters<typeof metricRange>[1], ...cells: Cells[]) =>
    metricRange(cells.map(post), metric, "followers");

  it("is undefined when the metric reads no left-out cell", () => {
    expect(range("cpe", FULL, { ...FULL, followers: "1.3M" })).toBeUndefined();
    expect(range("revenue", FULL, { ...FULL, cost: "€ 5" })).toBeUndefined();
  });

  it("a sum: each left-out cell adds nothing or what it could read as", () => {
    expect(range("likes", FULL, { ...FULL, likes: "1.3K" })).toEqual({
      low: 100,
      high: 1_400,
      posts: 1,
      columns: ["likes"],
    });
    const unbounded = range("revenue", FULL, { ...FULL, revenue: "n/a" });
    expect(unbounded?.low).toBe(300);
    expect(unbounded?.high).toBeGreaterThan(1e12);
  });

  it("a ratio: the post comes in with its inputs at any reading, or stays out", () => {
    // ROAS: 300 / 100 counted; the euro post brings 300 in revenue at any cost from 0 up.
    const roas = range("roas", FULL, { ...FULL, cost: "€ 50" });
    expect(roas?.low).toBeCloseTo(300 / 1e15, 10);
    expect(roas?.high).toBe(600 / 100);
    expect(roas?.columns).toEqual(["cost"]);
    // CPE with a text reading: 1,000 likes would make it 200 / 1,100.
    const cpe = range("cpe", FULL, { ...FULL, likes: "1,000" });
    expect(cpe).toEqual({ low: 200 / 1_100, high: 1, posts: 1, columns: ["likes"] });
    // A revenue left out keeps the post out of CPE, though CPE does not divide it.
    const revenue = range("cpe", FULL, { ...FULL, cost: 300, revenue: "€ 9" });
    expect(revenue).toEqual({ low: 1, high: 400 / 200, posts: 1, columns: ["revenue"] });
  });

  it("finds the same extremes as trying every choice", () => {
    // Three uncertain posts, each out or in at its span's ends: 5^3 choices.
    const posts = [
      FULL,
      { ...FULL, cost: 40, likes: "50" },
      { ...FULL, cost: "€ 80", likes: 30 },
      { ...FULL, cost: 500, likes: 20, revenue: "$1,000" },
    ];
    const found = range("cpe", ...posts);
    const choices: [number, number][][] = [
      [
        [0, 0],
        [40, 50],
      ],
      [
        [0, 0],
        [0, 30],
        [1e15, 30],
      ],
      [
        [0, 0],
        [500, 20],
      ],
    ];
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (const a of choices[0] ?? [])
      for (const b of choices[1] ?? [])
        for (const c of choices[2] ?? []) {
          const ratio = (100 + a[0] + b[0] + c[0]) / (100 + a[1] + b[1] + c[1]);
          low = Math.min(low, ratio);
          high = Math.max(high, ratio);
        }
    expect(found?.low).toBeCloseTo(low, 9);
    expect(found?.high).toBeCloseTo(high, 0);
    expect(found?.posts).toBe(3);
  });

  it("pending posts stay out whatever their other cells", () => {
    // Views above 0 make the blank clicks pending; the left-out impressions do not matter.
    const waiting = { ...FULL, clicks: "", impressions: "5,000", views: 100 };
    expect(range("ctr", FULL, waiting)).toBeUndefined();
    // Without views, the clicks are not pending but zero, and the impressions could count.
    expect(range("ctr", FULL, { ...FULL, clicks: "", impressions: "5,000" })).toEqual({
      low: 50 / 6_000,
      high: 50 / 1_000,
      posts: 1,
      columns: ["impressions"],
    });
  });
});
