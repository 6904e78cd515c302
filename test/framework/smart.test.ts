/** SMART checks per KPI, and checks of the framework as a whole. */
import { describe, expect, it } from "vitest";
import type { DraftInput, KpiInput, SmartCriterion } from "../../src/core/framework/model";
import { renderText } from "../../src/core/framework/text";
import { catalogOf } from "../../src/local/catalogs";
import { built, builtKpi, draft, en, kpi } from "./helpers";

type Change = Partial<KpiInput>;
type DraftChange = Partial<DraftInput>;

/** One criterion's verdict and reason in English. */
function check(
  criterion: SmartCriterion,
  change: Change = {},
  draftChange: DraftChange = {},
  today?: string,
) {
  const built = builtKpi(change, draftChange, today ? { today } : {});
  const found = built.smart.find((c) => c.criterion === criterion);
  return found && `${found.verdict}: ${en(found.reason)}`;
}

describe("SMART: specific", () => {
  it("passes a named metric with an owner", () => {
    expect(check("specific")).toBe("pass: Measured by return on ad spend (ROAS); owner: Mia.");
  });
  it("warns when nobody owns the KPI", () => {
    expect(check("specific", { owner: " " })).toBe(
      "warn: Name an owner: a KPI nobody owns rarely moves.",
    );
  });
});

describe("SMART: measurable", () => {
  it("passes what the tracker computes", () => {
    expect(check("measurable")).toBe(
      "pass: Computed live from this campaign's rows in the tracker.",
    );
  });
  it("passes a hand-entered metric, naming its source", () => {
    expect(
      check(
        "measurable",
        { kpi: "backlinks", metrics: ["backlinks"], baseline: 40, target: 60 },
        { goal: "seo" },
      ),
    ).toBe("pass: Entered by hand from: SEO tool. Update it every week.");
  });
  it("warns when a hand-entered metric has no benchmark yet", () => {
    expect(
      check(
        "measurable",
        { kpi: "backlinks", metrics: ["backlinks"], baseline: 0, target: 25 },
        { goal: "seo" },
      ),
    ).toBe(
      "warn: The baseline is 0: measure backlinks before launch (SEO tool), so the change shows.",
    );
  });
});

describe("SMART: achievable", () => {
  it("passes a target within 10× of the baseline", () => {
    expect(check("achievable", { baseline: 2, target: 20 })).toBe(
      "pass: The target is within 10× of the baseline.",
    );
  });
  it("passes a start from zero with advice", () => {
    expect(
      check("achievable", { kpi: "sales", metrics: ["revenue"], baseline: 0, target: 1000 }),
    ).toBe("pass: Starts from 0: check the target against a past campaign.");
  });
  it("warns about more than 10× up or down", () => {
    expect(check("achievable", { baseline: 2, target: 25 })).toBe(
      "warn: The target is a 12.5× change from the baseline: set a nearer one, or stage it.",
    );
    expect(
      check(
        "achievable",
        { kpi: "engagementCost", metrics: ["cpe"], baseline: 3, target: 0.2 },
        { goal: "engagement" },
      ),
    ).toBe("warn: The target is a 15× change from the baseline: set a nearer one, or stage it.");
  });
  it("reads a cost target from zero as a ceiling, not the wrong way", () => {
    expect(
      check(
        "achievable",
        { kpi: "engagementCost", metrics: ["cpe"], baseline: 0, target: 2 },
        { goal: "engagement" },
      ),
    ).toMatch(/^pass/);
  });
  it("does not compare across zero", () => {
    expect(check("achievable", { metrics: ["roi"], baseline: -0.1, target: 5 })).toBe(
      "pass: The target is within 10× of the baseline.",
    );
  });
});

describe("SMART: relevant", () => {
  it("passes a KPI the goal or the second goal suggests", () => {
    expect(check("relevant")).toBe("pass: A usual KPI for Sales.");
    expect(
      check(
        "relevant",
        { kpi: "clickThrough", metrics: ["ctr"], baseline: 0.01, target: 0.02 },
        { secondaryGoal: "conversions" },
      ),
    ).toBe("pass: A usual KPI for Conversions.");
  });
  it("passes a KPI at the goal's funnel stage", () => {
    expect(
      check(
        "relevant",
        { kpi: "leadCost", metrics: ["cpl"], baseline: 20, target: 15 },
        { goal: "conversions" },
      ),
    ).toBe("pass: Same funnel stage as Conversions.");
  });
  it("passes KPIs and goals for any stage", () => {
    expect(
      check("relevant", {
        kpi: "audienceFeedback",
        metrics: ["positiveComments"],
        baseline: 0.5,
        target: 0.6,
      }),
    ).toBe("pass: Useful at every funnel stage.");
    expect(
      check(
        "relevant",
        { kpi: "reach", metrics: ["reach"], baseline: 10, target: 20 },
        { goal: "sentiment" },
      ),
    ).toBe("pass: Useful at every funnel stage.");
  });
  it("warns about a KPI one stage away, or the program beside a campaign goal", () => {
    expect(
      check("relevant", { kpi: "clickThrough", metrics: ["ctr"], baseline: 0.01, target: 0.02 }),
    ).toBe("warn: Not a usual KPI for Sales: keep it only if it explains the goal.");
    expect(
      check("relevant", { kpi: "roster", metrics: ["activeInfluencers"], baseline: 5, target: 8 }),
    ).toMatch(/^warn/);
  });
  it("fails a KPI across the funnel", () => {
    expect(check("relevant", { kpi: "reach", metrics: ["reach"], baseline: 10, target: 20 })).toBe(
      "fail: Measures another funnel stage (Top of funnel), so it cannot show whether Sales worked: pick a KPI the goal suggests.",
    );
  });
  it("takes the nearer of two goals", () => {
    expect(
      check(
        "relevant",
        { kpi: "reach", metrics: ["reach"], baseline: 10, target: 20 },
        { secondaryGoal: "leads" },
      ),
    ).toMatch(/^warn/);
  });
});

describe("SMART: time-bound", () => {
  it("passes a deadline within the campaign", () => {
    expect(check("timeBound", { deadline: "2026-03-15" })).toBe(
      "pass: Due 3/15/2026, within the campaign.",
    );
  });
  it("passes a deadline soon after the campaign, for late results", () => {
    expect(check("timeBound", { deadline: "2026-05-30" })).toBe(
      "pass: Due 5/30/2026, 30 days after the campaign, for late results.",
    );
  });
  it("warns about a deadline more than 90 days after the campaign", () => {
    expect(check("timeBound", { deadline: "2026-07-29" })).toBe(
      "pass: Due 7/29/2026, 90 days after the campaign, for late results.",
    );
    expect(check("timeBound", { deadline: "2026-07-30" })).toBe(
      "warn: Due 91 days after the campaign ends: results that late are hard to credit to it. Bring the deadline closer.",
    );
  });
  it("counts from today for a campaign already over: a few weeks out is not late", () => {
    // The campaign ended 4/30/2026; framed on 9/1/2026 with a deadline four weeks out.
    expect(check("timeBound", { deadline: "2026-09-29" }, {}, "2026-09-01")).toBe(
      "pass: Due 9/29/2026, 152 days after the campaign, for late results.",
    );
    expect(check("timeBound", { deadline: "2026-12-01" }, {}, "2026-09-01")).toMatch(/^warn/);
  });
  it("warns about a deadline that has passed", () => {
    expect(check("timeBound", { deadline: "2026-03-15" }, {}, "2026-03-16")).toBe(
      "warn: The deadline (3/15/2026) has passed: set a new one, or record the result.",
    );
    expect(check("timeBound", { deadline: "2026-03-15" }, {}, "2026-03-15")).toMatch(/^pass/);
  });
});

describe("framework checks", () => {
  const checks = (change: DraftChange) =>
    built(draft(change)).checks.map((c) => `${c.check} ${c.verdict}: ${en(c.reason)}`);
  const likes = kpi({ kpi: "engagement", metrics: ["likes"], baseline: 100, target: 200 });
  const followers = kpi({
    kpi: "audienceGrowth",
    metrics: ["followers", "newFollowers"],
    baseline: 1000,
    target: 2000,
  });
  const sentiment = kpi({
    kpi: "sentiment",
    metrics: ["netSentiment"],
    baseline: 0.1,
    target: 0.3,
  });

  it("flag a framework of vanity metrics only", () => {
    expect(checks({ goal: "audience", kpis: [likes, followers, sentiment] })).toEqual([]);
    expect(checks({ goal: "audience", kpis: [likes, followers] })).toEqual([
      "vanityOnly warn: Only likes and follower counts: vanity metrics on their own. Add a KPI on engagement rate, clicks or sales.",
      "addQualitative tip: Every KPI is a count or a cost: add a qualitative one, such as sentiment or audience feedback.",
    ]);
  });

  it("suggest a qualitative KPI when every KPI is a number", () => {
    expect(
      checks({
        goal: "engagement",
        kpis: [likes, kpi({ kpi: "conversation", metrics: ["comments"], baseline: 5, target: 9 })],
      }),
    ).toEqual([
      "addQualitative tip: Every KPI is a count or a cost: add a qualitative one, such as sentiment or audience feedback.",
    ]);
    const withFeedback = kpi({
      kpi: "audienceFeedback",
      metrics: ["coverage", "positiveComments"],
      baseline: 1,
      target: 3,
    });
    expect(checks({ goal: "engagement", kpis: [likes, withFeedback] })).toEqual([]);
  });

  it("remind conversion and sales goals to set up UTM links and promo codes", () => {
    const tracking =
      "tracking tip: Before launch, give each influencer their own UTM link and promo code, and enter them in the tracker's UTM link and promo code columns.";
    expect(checks({ kpis: [kpi(), sentiment] })).toEqual([tracking]);
    expect(checks({ goal: "engagement", secondaryGoal: "conversions", kpis: [sentiment] })).toEqual(
      [tracking],
    );
    expect(checks({ goal: "engagement", kpis: [sentiment] })).toEqual([]);
  });

  it("name the tracker's columns as words of the sentence in each language", () => {
    const reason = built(draft({ kpis: [kpi(), sentiment] })).checks[0]?.reason;
    if (!reason) throw new Error("no tracking tip");
    expect(renderText(catalogOf("da"), reason)).toContain("kolonnerne UTM-link og rabatkode");
    expect(renderText(catalogOf("it"), reason)).toContain("colonne link UTM e codice promo");
    expect(renderText(catalogOf("ky"), reason)).toContain("UTM шилтеме жана промокод мамычаларына");
  });
});
