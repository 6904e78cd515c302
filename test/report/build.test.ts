/** The report model's figures, funnel, breakdowns, selection and problems, checked by hand. */
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/core/report/build";
import type { FigureKey, ReportModel } from "../../src/core/report/model";
import { ANA, BEN, CARA, en, input, kpiRow, OPTIONS, OTHER, report, rows } from "./tracker";

const figure = (model: ReportModel, key: FigureKey) =>
  model.figures.find((f) => f.key === key)?.value;

const problem = (...args: Parameters<typeof buildReport>) => {
  const result = buildReport(...args);
  if (result.ok) throw new Error("expected a problem, got a report");
  return en(result.problem);
};

describe("figures", () => {
  it("meet DOMAIN.md's worked examples: 1000 spent, 500 engagements, 3000 in sales", () => {
    const model = report(input(rows(ANA)));
    expect(figure(model, "spend")).toBe(1_000);
    expect(figure(model, "engagements")).toBe(500);
    expect(figure(model, "cpe")).toBe(2);
    expect(figure(model, "roi")).toBe(2);
    expect(figure(model, "roas")).toBe(3);
  });

  it("add up the campaign's posts only, with views standing in for blank impressions", () => {
    const model = report();
    const expected: Record<FigureKey, number> = {
      spend: 1_500,
      impressions: 40_000 + 10_000 + 10_000,
      views: 10_000,
      reach: 53_000,
      engagements: 500 + 100 + 200,
      clicks: 550,
      conversions: 25,
      orders: 19,
      revenue: 3_200,
      aov: 3_200 / 19,
      emv: 268 + 100 + 67,
      cpm: (1_500 / 60_000) * 1000,
      cpe: 1_500 / 800,
      ctr: 550 / 60_000,
      conversionRate: 25 / 550,
      roas: 3_200 / 1_500,
      roi: (3_200 - 1_500) / 1_500,
    };
    expect(Object.fromEntries(model.figures.map((f) => [f.key, f.value]))).toEqual(expected);
    expect(model.figures.find((f) => f.key === "roi")?.unit).toBe("rate");
    expect(en(model.figures.find((f) => f.key === "cpe")?.formula ?? { key: "join.list" })).toBe(
      "Cost ÷ engagements, over posts whose cost and revenue both count",
    );
  });

  it("are null where the formula divides by zero", () => {
    const model = report(input(rows({ ...ANA, cost: "", revenue: "" })));
    expect(figure(model, "spend")).toBe(0);
    expect(figure(model, "roi")).toBeNull();
    expect(figure(model, "roas")).toBeNull();
  });

  it("leave out numbers typed as text, as the sheet's SUM does, and say what they read as", () => {
    const model = report(input(rows({ ...ANA, impressions: "40K", cost: "$1,000" }, BEN)));
    // Ana's impressions add nothing, and her views (none) do not stand in for them.
    expect(figure(model, "impressions")).toBe(10_000);
    expect(figure(model, "spend")).toBe(400);
    expect(model.dataIssues.map((issue) => [issue.cell, issue.value, en(issue.problem)])).toEqual([
      [
        "'Campaign Tracker'!H3",
        "40K",
        "is text that reads as 40,000: the sheet's sums skip text, so it is left out. Extensions → Influencer KPIs → Clean up numbers turns it into that number.",
      ],
      [
        "'Campaign Tracker'!S3",
        "$1,000",
        "is text that reads as 1,000: the sheet's sums skip text, so it is left out. Extensions → Influencer KPIs → Clean up numbers turns it into that number. The post stays out of CPM, CPE, CPC, cost per conversion, ROAS, ROI and the verdicts.",
      ],
    ]);
    // The reading in the sheet's locale: 1.000,50 is 1000.5 in a Danish sheet.
    const danish = report(input(rows({ ...ANA, cost: "1.000,50" })), {
      locale: "da_DK",
      currency: "DKK",
    });
    expect(figure(danish, "spend")).toBe(0);
    expect(en(danish.dataIssues[0]?.problem ?? { key: "join.list" })).toMatch(
      /^is text that reads as 1\.000,5: /,
    );
  });
});

describe("funnel", () => {
  it("goes exposure → clicks → conversions → orders, engagements beside it", () => {
    const model = report();
    expect(model.funnel).toEqual([
      { stage: "exposure", value: 60_000, rate: null },
      { stage: "clicks", value: 550, rate: 550 / 60_000 },
      { stage: "conversions", value: 25, rate: 25 / 550 },
      { stage: "orders", value: 19, rate: 19 / 25 },
    ]);
    expect(model.engagements).toEqual({ value: 800, rate: 800 / 60_000 });
  });

  it("has no rate after a zero", () => {
    const model = report(input(rows({ ...ANA, clicks: 0, conversions: 0, orders: 0 })));
    expect(model.funnel[2]).toEqual({ stage: "conversions", value: 0, rate: null });
    expect(model.funnel[3]).toEqual({ stage: "orders", value: 0, rate: null });
  });

  it("rates each step over the posts whose results are in", () => {
    // Cara's clicks and conversions are not in yet: her impressions stay out of the CTR.
    const model = report(input(rows(ANA, BEN, { ...CARA, clicks: "", conversions: "" })));
    expect(model.funnel.map((stage) => [stage.value, stage.rate])).toEqual([
      [60_000, null],
      [500, 500 / 50_000],
      [25, 25 / 500],
      [19, 19 / 25],
    ]);
  });
});

describe("breakdowns", () => {
  it("per influencer, by the framework's definitions", () => {
    const [ana] = report().breakdowns.influencer;
    expect(ana).toMatchObject({
      name: "Ana",
      posts: 1,
      cost: 1_000,
      emv: 268,
      cpe: 2,
      engagementRate: 500 / 20_000,
      ctr: 400 / 40_000,
      conversions: 20,
      roas: 3,
      roi: 2,
    });
  });

  it("per platform, by the platform's catalog name ('ig' is Instagram), costliest first", () => {
    const { platform } = report().breakdowns;
    expect(platform.map((line) => [line.name, line.posts, line.cost])).toEqual([
      ["Instagram", 2, 1_100],
      ["TikTok", 1, 400],
    ]);
    // Ben's views stand in for his blank impressions.
    expect(platform[1]?.ctr).toBe(100 / 10_000);
  });

  it("per tier from followers and the Settings thresholds, in tier order", () => {
    const byDefault = report().breakdowns.tier.map((line) => [line.name, line.posts]);
    expect(byDefault).toEqual([
      ["Nano", 1],
      ["Micro", 2],
    ]);
    const raised = report(input(), { tierThresholds: [1_000, 25_000, 100_000, 1_000_000] });
    expect(raised.breakdowns.tier.map((line) => [line.name, line.posts])).toEqual([
      ["Nano", 2],
      ["Micro", 1],
    ]);
  });

  it("one line over every post equals the report's figures", () => {
    const same = rows(ANA, BEN, CARA).map((row) => ({
      ...row,
      cells: { ...row.cells, platform: "TikTok" },
    }));
    const model = report(input(same));
    const [line] = model.breakdowns.platform;
    expect(model.breakdowns.platform).toHaveLength(1);
    expect(line).toMatchObject({
      posts: 3,
      cost: figure(model, "spend"),
      emv: figure(model, "emv"),
      cpe: figure(model, "cpe"),
      engagementRate: 800 / (20_000 + 30_000 + 8_000),
      ctr: figure(model, "ctr"),
      conversions: figure(model, "conversions"),
      roas: figure(model, "roas"),
      roi: figure(model, "roi"),
    });
  });

  it("engagement rate divides by the Settings base", () => {
    const [ana] = report(input(rows(ANA)), { base: "reach" }).breakdowns.influencer;
    expect(ana?.engagementRate).toBe(500 / 35_000);
  });
});

describe("selection", () => {
  it("takes the campaign's rows, whatever the case of its name, or all campaigns", () => {
    expect(report(input(), { campaign: " spring " }).header.rowsCovered).toBe(3);
    const all = report(input(), { campaign: null });
    expect(all.header).toMatchObject({ campaign: null, rowsCovered: 4, spend: 2_499 });
  });

  it("keeps post dates within the range, both ends included", () => {
    const model = report(input(), { from: "2026-03-05", to: "2026-03-10" });
    expect(model.breakdowns.influencer.map((line) => line.name).sort()).toEqual(["Ben", "Cara"]);
    expect(model.header).toMatchObject({ from: "2026-03-05", to: "2026-03-10", spend: 500 });
    const open = report(input(), { from: "2026-03-02" });
    expect(open.header).toMatchObject({ from: "2026-03-02", to: "2026-03-10", rowsCovered: 2 });
  });

  it("reads dates given as ISO text, serial numbers and Dates", () => {
    const dated = rows(
      { ...ANA, postDate: new Date(Date.UTC(2026, 2, 1)) },
      { ...BEN, postDate: 46_086 }, // 2026-03-05
      CARA,
    );
    const model = report(input(dated), { from: "2026-03-02", to: "2026-03-31" });
    expect(model.breakdowns.influencer.map((line) => line.name).sort()).toEqual(["Ben", "Cara"]);
  });

  it("without a range, keeps rows without a date; the header gives the first and last post", () => {
    const model = report(input(rows(ANA, { ...BEN, postDate: "" })));
    expect(model.header).toMatchObject({
      rowsCovered: 2,
      rowsLeftOut: 0,
      from: "2026-03-01",
      to: "2026-03-01",
    });
    expect(model.dataIssues).toEqual([]);
  });

  it("with a range, lists rows without a readable date as data issues and leaves them out", () => {
    const model = report(
      input(rows(ANA, { ...BEN, postDate: "" }, { ...CARA, postDate: "soon" })),
      {
        from: "2026-03-01",
      },
    );
    expect(model.header).toMatchObject({ rowsCovered: 1, rowsLeftOut: 2 });
    expect(model.dataIssues.map((issue) => [issue.cell, issue.column, en(issue.problem)])).toEqual([
      [
        "'Campaign Tracker'!4:4",
        null,
        "No post date: left out of the report, which covers 3/1/2026 – ….",
      ],
      [
        "'Campaign Tracker'!E5",
        "postDate",
        "is not a date: left out of the report, which covers 3/1/2026 – ….",
      ],
    ]);
  });

  it("skips empty rows without counting them", () => {
    const model = report(input([...rows(ANA), { row: 9, cells: { tier: "", emv: "" } }]));
    expect(model.header).toMatchObject({ rowsCovered: 1, rowsLeftOut: 0 });
  });
});

describe("problems", () => {
  it("a tracker without posts", () => {
    expect(problem(input([]), OPTIONS)).toBe(
      "Campaign Tracker has no posts yet: add one row per post, then make the report again.",
    );
  });

  it("a campaign the tracker does not have", () => {
    expect(problem(input(), { ...OPTIONS, campaign: "Winter" })).toMatch(
      /^Campaign Tracker has no posts for "Winter": check its name/,
    );
  });

  it("a campaign without posts in the range, and all campaigns without", () => {
    expect(problem(input(), { ...OPTIONS, from: "2026-04-01", to: "2026-04-30" })).toBe(
      '"Spring" has no posts dated 4/1/2026 – 4/30/2026: widen the dates, or pick another campaign.',
    );
    expect(problem(input(), { ...OPTIONS, campaign: null, to: "2026-02-28" })).toBe(
      "No posts are dated … – 2/28/2026: widen the dates.",
    );
  });

  it("a range that ends before it starts", () => {
    expect(problem(input(), { ...OPTIONS, from: "2026-03-31", to: "2026-03-01" })).toBe(
      "The report ends (3/1/2026) before it starts (3/31/2026): swap the two dates.",
    );
  });

  it("a date that is not one", () => {
    expect(problem(input(), { ...OPTIONS, from: "2026-02-30" })).toMatch(
      /^"2026-02-30" is not a date/,
    );
  });

  it("rows of the report that cannot be used at all", () => {
    const undated = rows({ ...ANA, postDate: "" }, { ...BEN, postDate: "" });
    expect(problem(input(undated), { ...OPTIONS, from: "2026-03-01" })).toMatch(
      /^None of this report's rows can be used \(2 in all\)/,
    );
  });
});

describe("the model as a whole", () => {
  it("is JSON-safe (no Date, no undefined in arrays), to cross google.script.run", () => {
    const model = report(input(), { campaign: null });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it("does not change its input", () => {
    const given = input();
    const copy = structuredClone(given);
    report(given);
    expect(given).toEqual(copy);
  });

  it("states its rules in the definitions", () => {
    const texts = report().definitions.map(en);
    expect(texts[0]).toMatch(/^Status: Met at 100% progress/);
    expect(texts[1]).toMatch(/^Keep, scale or review, within one campaign/);
    expect(texts[2]).toBe(
      "Campaigns without a KPI framework get no keep, scale or review: without a goal there is no yardstick.",
    );
    expect(texts).toContain(
      "Engagement rate = engagements ÷ followers (the base chosen in Settings).",
    );
    expect(texts).toContain(
      "Tiers by followers, as Settings sets them: Emerging under 1,000; Nano from 1,000; Micro from 10,000; Macro from 100,000; Mega from 1,000,000.",
    );
    for (const start of ["Numbers only: ", "Pending: ", "Funnel: ", "Benchmarks are published"]) {
      expect(
        texts.some((text) => text.startsWith(start)),
        start,
      ).toBe(true);
    }
    // With every campaign framed, no campaign lacks a yardstick.
    const framed = report(input(undefined, [kpiRow()])).definitions.map(en);
    expect(framed.some((text) => text.startsWith("Campaigns without"))).toBe(false);
  });

  it("leaves another campaign's rows out without listing them", () => {
    const model = report(input(rows(ANA, OTHER)));
    expect(model.header).toMatchObject({ rowsCovered: 1, rowsLeftOut: 0, spend: 1_000 });
  });
});
