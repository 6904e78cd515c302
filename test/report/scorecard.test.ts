/** Judging progress, the KPI scorecard and its headline. */
import { describe, expect, it } from "vitest";
import {
  activityOver,
  judgeKpi,
  kpiProgress,
  kpiStatus,
  timeElapsed,
} from "../../src/core/report/judge";
import type { FrameworkRow, ReportModel, TrackedRow } from "../../src/core/report/model";
import { ANA, BEN, CARA, en, input, kpiRow, report, rows } from "./tracker";

describe("status rule", () => {
  const today = 100;
  it("Met at progress ≥ 1, whatever the dates", () => {
    expect(kpiStatus(1, 0.2, 90, today)).toBe("met");
  });
  it("Missed once the deadline has passed below 1", () => {
    expect(kpiStatus(0.99, 1, 99, today)).toBe("missed");
    expect(kpiStatus(0.99, 1, 100, today)).toBe("atRisk");
  });
  it("On track while progress keeps pace with time elapsed, At risk behind it", () => {
    expect(kpiStatus(0.5, 0.5, 120, today)).toBe("onTrack");
    expect(kpiStatus(0.49, 0.5, 120, today)).toBe("atRisk");
  });
  it("In progress without a start or deadline; Check inputs without progress", () => {
    expect(kpiStatus(0.2, null, undefined, today)).toBe("inProgress");
    expect(kpiStatus(null, 0.5, 120, today)).toBe("checkInputs");
  });
  it("time elapsed is clipped to 0..1, and 1 once the activity is over", () => {
    expect(timeElapsed(10, 20, 15)).toBe(0.5);
    expect(timeElapsed(10, 20, 5)).toBe(0);
    expect(timeElapsed(10, 20, 25)).toBe(1);
    expect(timeElapsed(20, 10, 15)).toBe(1);
    expect(timeElapsed(undefined, 20, 15)).toBeNull();
    expect(timeElapsed(10, 20, 12, true)).toBe(1);
    expect(timeElapsed(undefined, undefined, 12, true)).toBe(1);
  });
});

describe("progress and the end of a campaign's activity", () => {
  it("progress = (actual − baseline) ÷ (target − baseline), either way round", () => {
    expect(kpiProgress(150, 100, 200)).toBe(0.5);
    expect(kpiProgress(35, 45, 30)).toBeCloseTo(2 / 3, 12);
    expect(kpiProgress(null, 0, 1)).toBeNull();
    expect(kpiProgress(5, 1, 1)).toBeNull();
  });
  it("the activity is over once its end has passed, or its spend has reached the budget", () => {
    expect(activityOver("2026-03-19", "2026-03-20")).toBe("ended");
    expect(activityOver("2026-03-20", "2026-03-20")).toBeNull();
    expect(activityOver(null, "2026-03-20", 100, 100)).toBe("budgetSpent");
    expect(activityOver(undefined, "2026-03-20", 99, 100)).toBeNull();
    expect(activityOver(undefined, "2026-03-20", 100, 0)).toBeNull();
  });
});

describe("judgeKpi", () => {
  // 2026-03-01 to 03-31, today 03-16: half the time has gone.
  const kpi = {
    actual: 50,
    baseline: 0,
    target: 100,
    start: "2026-03-01",
    deadline: "2026-03-31",
    today: "2026-03-16",
  };

  it("judges progress against time elapsed", () => {
    expect(judgeKpi(kpi)).toEqual({ status: "onTrack", progress: 0.5, elapsed: 0.5, over: null });
    expect(judgeKpi({ ...kpi, actual: 40 }).status).toBe("atRisk");
  });

  it("counts time as all gone once the campaign has ended or spent its budget", () => {
    expect(judgeKpi({ ...kpi, end: "2026-03-15" })).toMatchObject({
      status: "atRisk",
      elapsed: 1,
      over: "ended",
    });
    expect(judgeKpi({ ...kpi, end: "2026-03-16" }).over).toBeNull();
    expect(judgeKpi({ ...kpi, spend: 5_000, budget: 5_000 })).toMatchObject({
      status: "atRisk",
      over: "budgetSpent",
    });
    expect(judgeKpi({ ...kpi, spend: 4_999, budget: 5_000 }).over).toBeNull();
  });

  it("with inputs left out, the status both ends agree on, else Check inputs", () => {
    const same = judgeKpi({ ...kpi, range: { low: 50, high: 90 } });
    expect(same).toMatchObject({ status: "onTrack", ends: { low: "onTrack", high: "onTrack" } });
    const differs = judgeKpi({ ...kpi, range: { low: 40, high: 90 } });
    expect(differs).toMatchObject({
      status: "checkInputs",
      ends: { low: "atRisk", high: "onTrack" },
    });
    // A lower-is-better KPI (cost per conversion from 45 down to 30) after its deadline.
    const cpa = { ...kpi, baseline: 45, target: 30, today: "2026-04-02" };
    expect(judgeKpi({ ...cpa, actual: 31.3, range: { low: 31.3, high: 40 } }).status).toBe(
      "missed",
    );
    expect(judgeKpi({ ...cpa, actual: 31.3, range: { low: 29, high: 40 } }).status).toBe(
      "checkInputs",
    );
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
        kpiRow({ kpi: "emailList", metrics: ["emailSubscribers"], actual: 1_500, target: 1_000 }),
        kpiRow({ campaign: "Autumn", kpi: "sales", actual: 99 }),
      ]),
    );
    const lines = model.scorecard.map((line) => [line.kpi, line.actual, line.status]);
    expect(lines).toEqual([
      ["sales", 3_200, "met"],
      ["returnOnSpend", 3_200 / 1_500, "atRisk"],
      ["reach", 53_000, "onTrack"],
      ["engagement", 800, "missed"],
      // Entered by hand: the framework's own Actual.
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

  it("an Actual typed as text is not counted: Check inputs, and why", () => {
    const model = report(
      input(undefined, [
        kpiRow({ kpi: "emailList", metrics: ["emailSubscribers"], actual: "1.5K" }),
      ]),
    );
    expect(model.scorecard[0]).toMatchObject({ actual: null, status: "checkInputs" });
    expect(en(model.scorecard[0]?.note ?? { key: "join.list" })).toBe(
      "The Actual (1.5K) is not a number the sheet can count: enter it as a number to judge the KPI.",
    );
  });

  it("a date range changes the rows a KPI's actual counts", () => {
    const model = report(input(undefined, [kpiRow()]), { from: "2026-03-02" });
    expect(model.scorecard[0]).toMatchObject({ actual: 200, status: "atRisk" });
  });

  it("Check inputs only where the cells left out could change the status", () => {
    // Ben's likes read as 1,000: his post has no engagements until they are a number.
    const flagged = input(rows(ANA, { ...BEN, likes: "1,000" }, CARA), [
      // 700 engagements counted; with Ben's 1,020, 1,720: On track or Met.
      kpiRow({ kpi: "engagement", metrics: ["engagements"], target: 900 }),
      // Revenue reads no left-out cell.
      kpiRow(),
      kpiRow({ kpi: "emailList", metrics: ["emailSubscribers"], actual: "⚠ not a number" }),
      kpiRow({ kpi: "leads", metrics: ["leads"], target: null }),
      // Against 100,000 with the deadline passed: Missed whichever way Ben's likes count.
      kpiRow({
        kpi: "engagement",
        metrics: ["engagements"],
        target: 100_000,
        deadline: "2026-03-15",
      }),
    ]);
    const model = report(flagged);
    expect(model.scorecard.map((line) => line.status)).toEqual([
      "checkInputs",
      "met",
      "checkInputs",
      "checkInputs",
      "missed",
    ]);
    expect(model.scorecard.map((line) => (line.note ? en(line.note) : ""))).toEqual([
      "1 post with cells left out (Likes): counted, they could make it anything from On track to Met. Fix them to judge the KPI.",
      "",
      "The Actual (⚠ not a number) is not a number the sheet can count: enter it as a number to judge the KPI.",
      "",
      "1 post with cells left out (Likes): however they are read, the status would still be Missed.",
    ]);
  });

  it("a cost in euros cannot lift a ROAS that misses its target even counted free", () => {
    // Counted: Ana and Cara, 3,000 ÷ 1,100 = 2.73. Ben's 200 at any cost: at most 3,200 ÷ 1,100.
    const euro = rows(ANA, { ...BEN, cost: "€ 400" }, CARA);
    const kpi = {
      kpi: "returnOnSpend",
      metrics: ["roas"],
      baseline: 1,
      deadline: "2026-03-15",
    } as const;
    const missed = report(input(euro, [kpiRow({ ...kpi, target: 3 })])).scorecard[0];
    expect(missed).toMatchObject({ actual: 3_000 / 1_100, status: "missed" });
    expect(en(missed?.note ?? { key: "join.list" })).toBe(
      "1 post with cells left out (Cost): however they are read, the status would still be Missed.",
    );
    // Against 2.8, counting it free would meet the target: Check inputs.
    const close = report(input(euro, [kpiRow({ ...kpi, target: 2.8 })])).scorecard[0];
    expect(close?.status).toBe("checkInputs");
    expect(en(close?.note ?? { key: "join.list" })).toMatch(/anything from Missed to Met/);
  });

  it("once the activity is over, time elapsed is 1 and the report says so", () => {
    const ended = report(
      input(undefined, [
        kpiRow({ kpi: "reach", metrics: ["reach"], target: 60_000, end: "2026-03-10" }),
      ]),
    );
    expect(ended.scorecard[0]).toMatchObject({ elapsed: 1, status: "atRisk" });
    expect(ended.scorecardNotes.map(en)).toEqual([
      "Spring ended on 3/10/2026: time elapsed counts as 100%, and only late results can still move its KPIs.",
    ]);
    const spent = report(
      input(undefined, [
        kpiRow({ kpi: "reach", metrics: ["reach"], target: 60_000, budget: 1_500 }),
      ]),
    );
    expect(spent.scorecard[0]).toMatchObject({ elapsed: 1, status: "atRisk" });
    expect(spent.scorecardNotes.map(en)).toEqual([
      "Spring has spent its budget ($1,500 of $1,500): time elapsed counts as 100%, and only late results can still move its KPIs.",
    ]);
    // Still running: no note, time elapsed as the calendar says.
    const running = report(input(undefined, [kpiRow({ end: "2026-03-31", budget: 5_000 })]));
    expect(running.scorecardNotes).toEqual([]);
  });

  it("says once a SMART note every KPI of a campaign carries", () => {
    const model = report(
      input(undefined, [
        kpiRow({ smartNotes: "Name an owner.\nDue soon." }),
        kpiRow({ kpi: "reach", metrics: ["reach"], target: 60_000, smartNotes: "Name an owner." }),
      ]),
    );
    expect(model.scorecard.map((line) => line.smartFlags)).toEqual([["Due soon."], []]);
    expect(model.scorecardNotes.map(en)).toEqual(["On every KPI: Name an owner."]);
    // One KPI alone keeps its notes.
    const one = report(input(undefined, [kpiRow({ smartNotes: "Name an owner." })]));
    expect(one.scorecard[0]?.smartFlags).toEqual(["Name an owner."]);
    expect(one.scorecardNotes).toEqual([]);
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
  const headline = (kpis: Partial<FrameworkRow>[], tracked = rows(ANA, BEN, CARA)) =>
    report(
      input(
        tracked,
        kpis.map((kpi) => kpiRow(kpi)),
      ),
    ).headline.map(en);
  const text = (model: ReportModel) => model.headline.map(en).join(" ");

  it("without a framework, says the report shows the metrics alone", () => {
    expect(headline([])).toEqual([
      "No KPI framework for this campaign yet: the report shows its metrics alone.",
      "Spent $1,500; the KPI framework sets no budget.",
      "Revenue $3,200; conversions: 25.",
    ]);
  });

  it("counts every status, then spend against budget, then the goal's main outcome", () => {
    expect(
      headline([
        {},
        { kpi: "returnOnSpend", metrics: ["roas"], baseline: 1, target: 3 },
        { kpi: "reach", metrics: ["reach"], target: 60_000 },
        { target: 5_000, deadline: "2026-03-15" },
        { kpi: "leads", metrics: ["leads"], target: null },
        { kpi: "emailList", metrics: ["emailSubscribers"], actual: 10, target: 100, start: null },
      ]),
    ).toEqual([
      "KPIs: 1 of 6 met, 1 on track, 1 at risk, 1 missed, 1 to check, 1 not judged yet.",
      "Spent $1,500; the KPI framework sets no budget.",
      "Revenue $3,200 at a ROAS of 2.13.",
    ]);
    expect(headline([{}])[0]).toBe("KPIs: 1 of 1 met.");
  });

  it("says spend against the budget, and over budget plainly", () => {
    expect(headline([{ budget: 3_000 }])[1]).toBe("Spent $1,500 of the $3,000 budget (50%).");
    expect(headline([{ budget: 1_000 }])[1]).toBe(
      "Over budget: $1,500 spent against a budget of $1,000, $500 more.",
    );
  });

  it("names the outcome each goal aims at", () => {
    const goal = (g: FrameworkRow["goal"]) => headline([{ goal: g }])[2];
    expect(goal("conversions")).toBe("Conversions: 25, at $60 each.");
    expect(goal("leads")).toBe("Leads: 25, at $60 each.");
    expect(goal("awareness")).toBe(
      "Reach summed over posts: 53,000; impressions or views: 60,000.",
    );
    expect(goal("engagement")).toBe("Engagements: 800; engagement rate 1.38%.");
    const all = report(input(undefined, [kpiRow()]), { campaign: null });
    expect(text(all)).toBe(
      "KPIs: 1 of 1 met. Spent $2,499; the KPI framework sets no budget. Revenue $6,200; conversions: 45.",
    );
  });
});
