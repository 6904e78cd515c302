/** The KPI scorecard and its headline, and keep / scale / review per influencer. */
import { describe, expect, it } from "vitest";
import type { TrackedRow } from "../../src/core/report/model";
import { elapsed, kpiStatus } from "../../src/core/report/scorecard";
import { ANA, BEN, CARA, en, input, kpiRow, report, rows } from "./tracker";

describe("status rule", () => {
  const today = 100;
  it("Met at progress ≥ 1, whatever the dates", () => {
    expect(kpiStatus(1, 0.2, 90, today, false)).toBe("met");
  });
  it("Missed once the deadline has passed below 1", () => {
    expect(kpiStatus(0.99, 1, 99, today, false)).toBe("missed");
    expect(kpiStatus(0.99, 1, 100, today, false)).toBe("atRisk");
  });
  it("On track while progress keeps pace with time elapsed, At risk behind it", () => {
    expect(kpiStatus(0.5, 0.5, 120, today, false)).toBe("onTrack");
    expect(kpiStatus(0.49, 0.5, 120, today, false)).toBe("atRisk");
  });
  it("In progress without a start or deadline", () => {
    expect(kpiStatus(0.2, null, undefined, today, false)).toBe("inProgress");
  });
  it("Check inputs with a flagged input or no progress", () => {
    expect(kpiStatus(1.5, 0.5, 120, today, true)).toBe("checkInputs");
    expect(kpiStatus(null, 0.5, 120, today, false)).toBe("checkInputs");
  });
  it("time elapsed is clipped to 0..1", () => {
    expect(elapsed(10, 20, 15)).toBe(0.5);
    expect(elapsed(10, 20, 5)).toBe(0);
    expect(elapsed(10, 20, 25)).toBe(1);
    expect(elapsed(20, 10, 15)).toBe(1);
    expect(elapsed(undefined, 20, 15)).toBeNull();
  });
});

describe("scorecard", () => {
  // Today 2026-03-20: 19 of the 30 days from 03-01 to 03-31 have gone.
  const gone = 19 / 30;

  it("recomputes each KPI's actual from the report's rows and judges it", () => {
    const model = report(
      input(undefined, [
        kpiRow({ smartNotes: "Name an owner.\n\nDue soon." }),
        kpiRow({ kpi: "returnOnSpend", metrics: ["roas"], baseline: 1, target: 3 }),
        kpiRow({ kpi: "reach", metrics: ["reach"], baseline: 0, target: 60_000 }),
        kpiRow({
          kpi: "engagement",
          metrics: ["engagements"],
          target: 900,
          deadline: "2026-03-15",
        }),
        kpiRow({ kpi: "emailList", metrics: ["emailSubscribers"], actual: "1.5K", target: 1_000 }),
        kpiRow({ campaign: "Autumn", kpi: "sales", actual: 99 }),
      ]),
    );
    const lines = model.scorecard.map((line) => [line.kpi, line.actual, line.status]);
    expect(lines).toEqual([
      ["sales", 3_200, "met"],
      ["returnOnSpend", 3_200 / 1_500, "atRisk"],
      ["reach", 53_000, "onTrack"],
      ["engagement", 800, "missed"],
      // Entered by hand: the framework's own Actual, read as the tracker reads cells.
      ["emailList", 1_500, "met"],
    ]);
    expect(model.scorecard[1]).toMatchObject({
      campaign: "Spring",
      metric: "roas",
      progress: (3_200 / 1_500 - 1) / 2,
      elapsed: gone,
      start: "2026-03-01",
      deadline: "2026-03-31",
    });
    expect(model.scorecard[0]?.smartFlags).toEqual(["Name an owner.", "Due soon."]);
    expect(model.header.goal).toBe("sales");
  });

  it("a date range changes the rows a KPI's actual counts", () => {
    const model = report(input(undefined, [kpiRow()]), { from: "2026-03-02" });
    expect(model.scorecard[0]).toMatchObject({ actual: 200, status: "atRisk" });
  });

  it("Check inputs when a cell the metric reads was left out, or its actual is unreadable", () => {
    const flagged = input(rows(ANA, { ...BEN, likes: "lots" }, CARA), [
      kpiRow({ kpi: "engagement", metrics: ["engagements"], target: 900 }),
      kpiRow(),
      kpiRow({ kpi: "emailList", metrics: ["emailSubscribers"], actual: "⚠ not a number" }),
      kpiRow({ kpi: "leads", metrics: ["leads"], target: null }),
    ]);
    expect(report(flagged).scorecard.map((line) => line.status)).toEqual([
      "checkInputs",
      "met",
      "checkInputs",
      "checkInputs",
    ]);
  });

  it("on all campaigns, scores each campaign's KPIs on its own rows", () => {
    const tracked: TrackedRow[] = [
      ...rows(ANA, BEN),
      { row: 9, cells: { ...CARA, campaign: "Autumn" } },
    ];
    const model = report(
      input(tracked, [kpiRow(), kpiRow({ campaign: "Autumn", goal: "awareness", target: 50 })]),
      { campaign: null },
    );
    expect(model.scorecard.map((line) => [line.campaign, line.actual])).toEqual([
      ["Spring", 3_200],
      ["Autumn", 0],
    ]);
    expect(model.header.goal).toBeNull();
  });
});

describe("headline", () => {
  const headline = (...kpis: Parameters<typeof kpiRow>[0][]) =>
    en(
      report(
        input(
          undefined,
          kpis.map((kpi) => kpiRow(kpi)),
        ),
      ).headline,
    );

  it("without a framework, says the report shows the metrics alone", () => {
    expect(headline()).toBe(
      "No KPI framework for this campaign yet: the report shows its metrics alone.",
    );
  });
  it("counts KPIs met, at risk and missed", () => {
    expect(headline({}, { kpi: "returnOnSpend", metrics: ["roas"], baseline: 1, target: 3 })).toBe(
      "1 of 2 KPIs met, 1 at risk, 0 missed.",
    );
    expect(headline({}, { target: 5_000, deadline: "2026-03-15" })).toBe(
      "1 of 2 KPIs met, 0 at risk, 1 missed.",
    );
  });
  it("all met, the rest on track, or not judged yet", () => {
    expect(headline({})).toBe("All KPIs met (1 of 1).");
    expect(headline({}, { kpi: "reach", metrics: ["reach"], target: 60_000 })).toBe(
      "1 of 2 KPIs met, the rest on track.",
    );
    expect(headline({ start: null }, { target: 6_400, start: null })).toBe(
      "1 of 2 KPIs met, 0 on track, 1 not judged yet (see the scorecard).",
    );
  });
});

describe("keep, scale or review", () => {
  /** n posts of one influencer, each with this cost, revenue and likes. */
  const posts = (influencer: string, n: number, cost: number, revenue: number, likes: number) =>
    Array.from({ length: n }, () => ({
      ...ANA,
      influencer,
      cost,
      revenue,
      likes,
      comments: 0,
      shares: 0,
      saves: 0,
    }));
  // ROI 3, 1, 0.5, -0.5 (median 0.75); CPE 1, 4, 2.5, 5 (median 3.25).
  const tracked = rows(
    ...posts("Xia", 3, 100, 400, 100),
    ...posts("Yan", 3, 100, 200, 25),
    ...posts("Wes", 2, 100, 150, 40),
    ...posts("Zoe", 3, 100, 50, 20),
  );
  const lines = report(input(tracked)).breakdowns.influencer;

  it("ranks influencers by ROI, then CPE", () => {
    expect(lines.map((line) => line.name)).toEqual(["Xia", "Yan", "Wes", "Zoe"]);
  });

  it("scales above the median ROI and below the median CPE, reviews a loss above it", () => {
    expect(lines.map((line) => line.suggestion?.verdict)).toEqual([
      "scale",
      "keep",
      "tooLittleData",
      "review",
    ]);
  });

  it("gives each its reason with its numbers", () => {
    expect(lines.map((line) => en(line.suggestion?.reason ?? { key: "join.list" }))).toEqual([
      "ROI 300%, above the median 75%; CPE $1, below the median $3.25.",
      "ROI 100% (median 75%), CPE $4 (median $3.25): not clearly ahead or behind.",
      "2 posts: 3 or more are needed to judge.",
      "ROI -50%, below zero; CPE $5, above the median $3.25.",
    ]);
  });

  it("ranks equal ROIs by the lower CPE first", () => {
    const tied = rows(...posts("Dear", 3, 100, 200, 10), ...posts("Cheap", 3, 100, 200, 50));
    const names = report(input(tied)).breakdowns.influencer.map((line) => line.name);
    expect(names).toEqual(["Cheap", "Dear"]);
  });

  it("platforms and tiers carry no suggestion", () => {
    const model = report(input(tracked));
    expect(model.breakdowns.platform.every((line) => line.suggestion === undefined)).toBe(true);
    expect(model.breakdowns.tier.every((line) => line.suggestion === undefined)).toBe(true);
  });
});
