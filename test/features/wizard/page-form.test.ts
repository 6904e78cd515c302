/** The sidebar's form logic, without a browser: locale numbers, steps, field ids. */
import { describe, expect, it } from "vitest";
import type { WizardStart } from "../../../src/features/wizard/contract";
import {
  type Answers,
  chooseCampaign,
  defaultDeadline,
  fieldId,
  fieldNumber,
  initialAnswers,
  kpiWarnings,
  stepOfField,
  suggestKpis,
  toDraft,
  toggleKpi,
  toggleMetric,
  updateKpi,
} from "../../../src/features/wizard/pages/sidebar/form";

const start = (locale: string, campaigns: WizardStart["campaigns"] = []): WizardStart => ({
  language: "en",
  locale,
  messages: {},
  currency: "USD",
  today: "2026-11-25",
  campaigns,
});

const SPRING = {
  name: "Spring",
  firstPost: "2026-03-16",
  lastPost: "2026-04-26",
  posts: 3,
  values: { revenue: 1234.5 },
  framed: false,
  framework: null,
};

/** A campaign written before, read back from its rows in the KPI Framework. */
const SUMMER = {
  name: "Summer",
  firstPost: "2026-06-08",
  lastPost: "2026-07-19",
  posts: 5,
  values: {},
  framed: true,
  framework: {
    goal: "sales" as const,
    secondaryGoal: null,
    start: "2026-06-01",
    budget: 300_000,
    kpis: [
      {
        kpi: "returnOnSpend" as const,
        metrics: ["roas" as const, "roi" as const],
        baseline: 1.8,
        target: 3,
        deadline: "2026-07-31",
        owner: "Mei",
        tactic: "promoCodes" as const,
      },
      {
        kpi: "salesConversion" as const,
        metrics: ["salesConversionRate" as const],
        baseline: 0.05,
        target: 0.08,
        deadline: null,
        owner: "",
        tactic: "" as const,
      },
    ],
  },
};

/** Sales for a new campaign, its first KPI typed as given. */
function sales(baseline: string, target: string, locale = "en_US"): Answers {
  const s = start(locale);
  let answers: Answers = { ...initialAnswers(s), goal: "sales", newCampaign: "Launch" };
  answers = { ...answers, start: "2026-01-01", end: "2026-02-01" };
  answers = suggestKpis(answers);
  return updateKpi(answers, "sales", { baselineFrom: "typed", baseline, target });
}

describe("the sidebar's answers", () => {
  it("read numbers the way the spreadsheet's locale types them", () => {
    const read = (locale: string, baseline: string, target: string) =>
      toDraft(start(locale), sales(baseline, target, locale)).draft?.kpis[0];
    expect(read("en_US", "1,234.5", "2,000")).toMatchObject({ baseline: 1234.5, target: 2000 });
    expect(read("da_DK", "1.234,5", "2.000")).toMatchObject({ baseline: 1234.5, target: 2000 });
    expect(read("ky_KG", "1 234,5", "2 000")).toMatchObject({ baseline: 1234.5, target: 2000 });
  });

  it("report text that is not a number, and blanks, before any server call", () => {
    const { problems } = toDraft(start("da_DK"), sales("", "1,234.5", "da_DK"));
    expect(problems.map((p) => [p.field, p.problem.key])).toEqual([
      ["kpis.0.baseline", "problem.missing"],
      ["kpis.0.target", "problem.textNotNumber"],
      // The second suggested KPI, not typed yet: its baseline is 0 until another is chosen.
      ["kpis.1.target", "problem.missing"],
    ]);
  });

  it("have no draft without a goal", () => {
    expect(toDraft(start("en_US"), initialAnswers(start("en_US"))).draft).toBeNull();
  });

  it("take a tracker campaign's first and last post as dates, unless typed", () => {
    const s = start("en_US", [SPRING]);
    expect(initialAnswers(s)).toMatchObject({ start: "2026-03-16", end: "2026-04-26" });
    const typed = { ...initialAnswers(s), start: "2026-03-01", datesFromPosts: false };
    expect(chooseCampaign(s, typed, "")).toMatchObject({ start: "2026-03-01" });
  });

  it("start again from a campaign's framework in the sheet, and drop it for another campaign", () => {
    const s = start("da_DK", [SPRING, SUMMER]);
    const summer = chooseCampaign(s, initialAnswers(s), "Summer");
    expect(summer).toMatchObject({
      goal: "sales",
      start: "2026-06-01",
      end: "2026-07-19",
      kpis: ["returnOnSpend", "salesConversion"],
      filledFrom: { campaign: "Summer", goals: ["sales", null] },
    });
    expect(summer.kpiAnswers.returnOnSpend).toEqual({
      metrics: ["roas", "roi"],
      baselineFrom: "typed",
      baseline: "1,8",
      target: "3",
      deadline: "2026-07-31",
      owner: "Mei",
      tactic: "promoCodes",
    });
    // A rate reads back in percent, written the Danish way; a missing deadline takes the default.
    expect(summer.kpiAnswers.salesConversion).toMatchObject({
      baseline: "5",
      target: "8",
      deadline: "",
    });
    expect(suggestKpis(summer).kpis).toEqual(["returnOnSpend", "salesConversion"]);
    const draft = toDraft(s, summer).draft;
    expect(draft?.budget).toBe(300_000);
    expect(draft?.kpis.map((k) => [k.kpi, k.baseline, k.target])).toEqual([
      ["returnOnSpend", 1.8, 3],
      ["salesConversion", 0.05, 0.08],
    ]);
    // Its goals and KPIs go with it; goals the user chose stay.
    const spring = chooseCampaign(s, summer, "Spring");
    expect(spring).toMatchObject({ kpis: [], kpiAnswers: {}, filledFrom: null, goal: null });
    const chosen = chooseCampaign(s, { ...initialAnswers(s), goal: "engagement" }, "Summer");
    expect(chosen).toMatchObject({ goal: "engagement", kpis: [] });
    expect(chooseCampaign(s, chosen, "Spring")).toMatchObject({ goal: "engagement" });
    // Goals filled from a campaign, then changed by the user, stay the user's.
    const changed = { ...summer, goal: "leads" as const };
    expect(chooseCampaign(s, changed, "Spring")).toMatchObject({ goal: "leads" });
  });

  it("suggest the goals' first KPIs and keep at most three metrics", () => {
    const answers = suggestKpis({
      ...sales("1", "2"),
      secondaryGoal: "engagement",
      suggestedFor: "",
    });
    expect(answers.kpis).toEqual(["sales", "returnOnSpend", "engagement"]);
    expect(toggleKpi(answers, "sales", false).kpis).toEqual(["returnOnSpend", "engagement"]);
    const three = toggleMetric(["reach", "impressions"], "reach", "frequency", true);
    expect(three).toEqual(["reach", "impressions", "frequency"]);
    expect(toggleMetric(three, "reach", "views", true)).toBe(three);
  });

  it("find the step and the element of every field the server may name", () => {
    expect(["campaign", "goal", "budget", "kpis", "kpis.1.metrics.3"].map(stepOfField)).toEqual([
      0, 1, 0, 2, 3,
    ]);
    expect(stepOfField("nonsense")).toBeUndefined();
    expect(fieldId("kpis.1.metrics.3")).toBe("f-kpis-1-metrics");
  });

  it("give fields numbers as the locale types them, every digit kept", () => {
    expect(fieldNumber(start("en_US"), "money", 748_613.953_333)).toBe("748613.953333");
    expect(fieldNumber(start("da_DK"), "rate", 0.048_734)).toBe("4,8734");
    expect(fieldNumber(start("en_US"), "ratio", 0.048_734_123_4)).toBe("0.0487341234");
    // "1.234" could be 1234 where the locale is unknown; "1.2340" cannot.
    expect(fieldNumber(start("xx_XX"), "count", 1.234)).toBe("1.2340");
    expect(fieldNumber(start("xx_XX"), "count", 1250)).toBe("1250");
  });
});

describe("a KPI's numbers", () => {
  const SUMMER_SALES = {
    ...SPRING,
    name: "Summer",
    values: { revenue: 748_613.953_333, roas: 0.048_734 },
  };
  const withKpi = (locale = "en_US") => {
    const s = start(locale, [SUMMER_SALES]);
    const answers = suggestKpis({ ...initialAnswers(s), goal: "sales" });
    return { s, answers };
  };

  it("read a rate typed as 5 as 5 %, and 5% the same", () => {
    const { s, answers } = withKpi();
    const engagement = { metrics: ["engagementRate" as const], baselineFrom: "typed" as const };
    const on = toggleKpi(
      { ...answers, secondaryGoal: "engagement", suggestedFor: "" },
      "engagement",
      true,
    );
    for (const [baseline, target] of [
      ["2", "5"],
      ["2%", "5%"],
    ] as const) {
      const typed = updateKpi(on, "engagement", { ...engagement, baseline, target });
      const kpi = toDraft(s, typed).draft?.kpis.find((k) => k.kpi === "engagement");
      expect(kpi).toMatchObject({ baseline: 0.02, target: 0.05 });
    }
  });

  it("start from the campaign's value now, exact, where the tracker has one; else from 0", () => {
    const { s, answers } = withKpi();
    const kpis = toDraft(s, answers).draft?.kpis ?? [];
    expect(kpis.map((k) => [k.kpi, k.baseline])).toEqual([
      ["sales", 748_613.953_333],
      ["returnOnSpend", 0.048_734],
    ]);
    const zero = updateKpi(answers, "sales", { baselineFrom: "zero" });
    expect(toDraft(s, zero).draft?.kpis[0]?.baseline).toBe(0);
    // A new campaign has no value now.
    const fresh = start("en_US");
    const other = suggestKpis({ ...initialAnswers(fresh), goal: "sales", newCampaign: "New" });
    expect(toDraft(fresh, other).draft?.kpis.map((k) => k.baseline)).toEqual([0, 0]);
  });

  it("take the campaign's end as deadline if it lies ahead, else four weeks from today", () => {
    const s = start("en_US");
    const answers = initialAnswers(s);
    expect(defaultDeadline(s, { ...answers, end: "2026-12-31" })).toBe("2026-12-31");
    expect(defaultDeadline(s, { ...answers, end: "2026-07-19" })).toBe("2026-12-23");
    expect(defaultDeadline(s, { ...answers, end: "" })).toBe("2026-12-23");
  });

  it("warn at the field of a past deadline and of a rate above 100 % that is not a share", () => {
    const { s, answers } = withKpi();
    const past = updateKpi(answers, "sales", { deadline: "2026-01-31" });
    expect(kpiWarnings(s, past, "sales")).toEqual({ deadline: "wizard.kpi.deadlinePast" });
    const roi = updateKpi(answers, "returnOnSpend", { metrics: ["roi"], target: "250" });
    expect(kpiWarnings(s, roi, "returnOnSpend")).toEqual({ target: "wizard.kpi.rateHigh" });
    expect(kpiWarnings(s, answers, "sales")).toEqual({});
  });

  it("leave the next campaign without the last one's budget", () => {
    const s = start("en_US", [SPRING, { ...SPRING, name: "Autumn" }]);
    const spring = { ...initialAnswers(s), budget: "25,000" };
    expect(chooseCampaign(s, spring, "Autumn").budget).toBe("");
    expect(chooseCampaign(s, spring, "").budget).toBe("");
  });
});
