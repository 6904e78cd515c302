/** From a draft to a framework: statements per KPI, and every problem of a bad draft by field. */
import { describe, expect, it } from "vitest";
import { buildFramework } from "../../src/core/framework/build";
import type { DraftInput, KpiInput } from "../../src/core/framework/model";
import { built, builtKpi, CONTEXT, draft, en, errorsOf, kpi } from "./helpers";

describe("buildFramework", () => {
  it("builds DOMAIN.md's sales case: ROAS up, CPA down, revenue from zero", () => {
    const framework = built(
      draft({
        kpis: [
          kpi(),
          kpi({
            kpi: "conversionEfficiency",
            metrics: ["cpa", "conversionRate"],
            baseline: 25,
            target: 18.5,
          }),
          kpi({ kpi: "sales", metrics: ["revenue", "orders"], baseline: 0, target: 50_000 }),
        ],
      }),
    );
    expect(framework.kpis.map((k) => en(k.statement))).toEqual([
      "Increase return on ad spend (ROAS) from 2 to 3 by 4/30/2026",
      "Reduce cost per conversion (CPA) from $25 to $18.50 by 4/30/2026",
      "Reach $50,000 revenue by 4/30/2026",
    ]);
    expect(framework.kpis[1]?.metrics).toEqual(["cpa", "conversionRate"]);
    expect(framework.campaign).toBe("Spring Sale");
  });

  it("keeps the draft's answers and adds SMART checks in order", () => {
    const framework = built(draft({ secondaryGoal: "conversions", budget: null }));
    expect(framework).toMatchObject({
      goal: "sales",
      secondaryGoal: "conversions",
      budget: null,
    });
    const [only] = framework.kpis;
    expect(only).toMatchObject({ kpi: "returnOnSpend", owner: "Mia", tactic: "promoCodes" });
    expect(only?.smart.map((check) => check.criterion)).toEqual([
      "specific",
      "measurable",
      "achievable",
      "relevant",
      "timeBound",
    ]);
  });

  it("trims the campaign name and owners", () => {
    const framework = built(draft({ campaign: "  Spring Sale ", kpis: [kpi({ owner: " Mia " })] }));
    expect(framework.campaign).toBe("Spring Sale");
    expect(framework.kpis[0]?.owner).toBe("Mia");
  });

  it("reads an empty second goal as none", () => {
    expect(built(draft({ secondaryGoal: "" })).secondaryGoal).toBeNull();
  });

  it("keeps HTML and formula text in names as plain text", () => {
    const name = "<img src=x onerror=alert(1)>";
    expect(built(draft({ campaign: name })).campaign).toBe(name);
    expect(built(draft({ campaign: "=HYPERLINK(1)" })).campaign).toBe("=HYPERLINK(1)");
  });
});

describe("statements", () => {
  const statement = (change: Partial<KpiInput>, locale = "en_US", currency = "USD") =>
    en(builtKpi(change, {}, { locale, currency }).statement);

  it("increase a count, reduce a cost, improve a rate", () => {
    expect(statement({ kpi: "reach", metrics: ["reach"], baseline: 10_000, target: 50_000 })).toBe(
      "Increase reach from 10,000 to 50,000 by 4/30/2026",
    );
    expect(statement({ kpi: "engagementCost", metrics: ["cpe"], baseline: 2.5, target: 1.8 })).toBe(
      "Reduce cost per engagement (CPE) from $2.50 to $1.80 by 4/30/2026",
    );
    expect(
      statement({ kpi: "engagement", metrics: ["engagementRate"], baseline: 0.021, target: 0.035 }),
    ).toBe("Improve engagement rate from 2.1% to 3.5% by 4/30/2026");
  });

  it("reach a count from zero, or keep a cost under a ceiling", () => {
    expect(statement({ kpi: "contentOutput", metrics: ["posts"], baseline: 0, target: 40 })).toBe(
      "Reach 40 posts published by 4/30/2026",
    );
    expect(statement({ kpi: "clickThrough", metrics: ["cpc"], baseline: 0, target: 0.8 })).toBe(
      "Keep cost per click (CPC) at or below $0.80 through 4/30/2026",
    );
    expect(
      statement({ kpi: "engagement", metrics: ["engagementRate"], baseline: 0, target: 0.03 }),
    ).toBe("Improve engagement rate from 0% to 3% by 4/30/2026");
  });

  it("show negative rates", () => {
    expect(statement({ metrics: ["roi"], baseline: -0.2, target: 0.5 })).toBe(
      "Improve return on investment (ROI) from -20% to 50% by 4/30/2026",
    );
  });

  it("write numbers, money, rates and dates as a Danish spreadsheet does", () => {
    expect(
      statement(
        { kpi: "reach", metrics: ["reach"], baseline: 12_500, target: 1_250_000 },
        "da_DK",
        "DKK",
      ),
    ).toBe("Increase reach from 12.500 to 1.250.000 by 30-04-2026");
    expect(
      statement(
        { kpi: "engagementCost", metrics: ["cpe"], baseline: 2.5, target: 1.8 },
        "da_DK",
        "DKK",
      ),
    ).toBe("Reduce cost per engagement (CPE) from 2,50 kr. to 1,80 kr. by 30-04-2026");
    expect(
      statement(
        { kpi: "engagement", metrics: ["engagementRate"], baseline: 0.021, target: 0.035 },
        "da_DK",
        "DKK",
      ),
    ).toBe("Improve engagement rate from 2,1\u00a0% to 3,5\u00a0% by 30-04-2026");
  });
});

describe("validation", () => {
  const only = (change: Partial<DraftInput>) => errorsOf(draft(change));
  const ofKpi = (change: Partial<KpiInput>) => only({ kpis: [kpi(change)] });

  it("passes a good draft", () => {
    expect(errorsOf(draft())).toEqual([]);
  });

  it("needs a known goal, and a second goal that is another known one", () => {
    expect(only({ goal: null })).toEqual(["goal: Pick a goal."]);
    expect(only({ goal: "" })).toEqual(["goal: Pick a goal."]);
    expect(only({ goal: "fame" })).toEqual([
      "goal: Not a goal the add-on knows: pick one from the list.",
    ]);
    expect(only({ goal: "toString" })).toEqual([
      "goal: Not a goal the add-on knows: pick one from the list.",
    ]);
    expect(only({ secondaryGoal: "fame" })).toEqual([
      "secondaryGoal: Not a goal the add-on knows: pick one from the list.",
    ]);
    expect(only({ secondaryGoal: "sales" })).toEqual([
      "secondaryGoal: Same as the main goal: pick another, or none.",
    ]);
  });

  it("needs a campaign name of at most 100 characters", () => {
    expect(only({ campaign: "  " })).toEqual(["campaign: Name the campaign."]);
    expect(only({ campaign: "x".repeat(10_000) })).toEqual([
      "campaign: Too long: keep it to 100 characters.",
    ]);
    expect(only({ campaign: "x".repeat(100) })).toEqual([]);
  });

  it("counts invisible characters as nothing, and refuses control characters and broken symbols", () => {
    const bad =
      "campaign: Holds a character a sheet cannot show (a control character or half of an emoji): retype it.";
    expect(only({ campaign: "\u200b\u200d\ufeff\u2060" })).toEqual([
      "campaign: Name the campaign.",
    ]);
    expect(only({ campaign: "Spring\u0000Sale" })).toEqual([bad]);
    expect(only({ campaign: "Spring \ud83d Sale" })).toEqual([bad]);
    expect(only({ campaign: "Spring \ude00 Sale" })).toEqual([bad]);
    expect(only({ campaign: "Spring \ud83d\ude00 Sale" })).toEqual([]);
    expect(built(draft({ campaign: "\u200b Spring Sale\u200b\n" })).campaign).toBe("Spring Sale");
    expect(errorsOf(draft({ kpis: [kpi({ owner: "Maja\u0007" })] }))).toEqual([
      bad.replace("campaign", "kpis.0.owner"),
    ]);
  });

  it("needs real dates, the end on or after the start", () => {
    expect(only({ start: "2026-02-30" })).toEqual(["start: Enter a date."]);
    expect(only({ end: "30/04/2026" })).toEqual(["end: Enter a date."]);
    expect(only({ start: "" })).toEqual(["start: Enter a date."]);
    expect(only({ end: "2026-02-28" })).toEqual(["end: The end date is before the start date."]);
    expect(only({ end: "2026-03-01", kpis: [kpi({ deadline: "2026-03-01" })] })).toEqual([]);
  });

  it("needs a budget of 0 or more, or none", () => {
    expect(only({ budget: -1 })).toEqual(["budget: Enter 0 or more."]);
    expect(only({ budget: Number.NaN })).toEqual(["budget: Enter a number."]);
    expect(only({ budget: Number.POSITIVE_INFINITY })).toEqual(["budget: Enter a number."]);
    expect(only({ budget: 0 })).toEqual([]);
  });

  it("needs one to twelve known KPIs, each once", () => {
    expect(only({ kpis: [] })).toEqual(["kpis: Choose at least one KPI."]);
    const many = Array.from({ length: 13 }, () => kpi());
    expect(only({ kpis: many })[0]).toBe(
      "kpis: Choose at most 12 KPIs: a short framework is easier to act on.",
    );
    expect(ofKpi({ kpi: "fame" })).toEqual([
      "kpis.0.kpi: Not a KPI the add-on knows: pick one from the list.",
    ]);
    expect(only({ kpis: [kpi(), kpi({ metrics: ["roi"] })] })).toEqual([
      "kpis.1.kpi: This KPI is already in the framework.",
    ]);
  });

  it("needs one to three of the KPI's own metrics, each once", () => {
    expect(ofKpi({ metrics: [] })).toEqual(["kpis.0.metrics: Pick at least one metric."]);
    expect(
      ofKpi({ kpi: "reach", metrics: ["reach", "impressions", "views", "frequency"] }),
    ).toEqual(["kpis.0.metrics: Pick at most 3 metrics."]);
    expect(ofKpi({ metrics: ["roas", "fame"] })).toEqual([
      "kpis.0.metrics.1: Not a metric the add-on knows: pick one from the list.",
    ]);
    expect(ofKpi({ metrics: ["roas", "likes"] })).toEqual([
      "kpis.0.metrics.1: Not a metric of this KPI: pick one from its list.",
    ]);
    expect(ofKpi({ metrics: ["roas", "roi", "roas"] })).toEqual([
      "kpis.0.metrics.2: The same metric is picked twice.",
    ]);
  });

  it("needs numeric baselines and targets that differ, negative only where a metric can be", () => {
    expect(ofKpi({ target: Number.NaN })).toEqual(["kpis.0.target: Enter a number."]);
    expect(ofKpi({ baseline: Number.NEGATIVE_INFINITY })).toEqual([
      "kpis.0.baseline: Enter a number.",
    ]);
    expect(ofKpi({ baseline: 3, target: 3 })).toEqual([
      "kpis.0.target: The target equals the baseline: set the value to reach.",
    ]);
    expect(ofKpi({ baseline: -1 })).toEqual(["kpis.0.baseline: Enter 0 or more."]);
    expect(ofKpi({ metrics: ["roi"], baseline: -0.5, target: 0.2 })).toEqual([]);
  });

  it("keeps a share within 100 %, and lets other rates pass it", () => {
    const engagement = { kpi: "engagement", metrics: ["engagementRate"] };
    const withGoal = (change: Partial<KpiInput>) =>
      only({ goal: "engagement", kpis: [kpi({ ...engagement, ...change })] });
    expect(withGoal({ baseline: 0.5, target: 1.2 })).toEqual([
      "kpis.0.target: A share cannot go above 100%: enter 100 or less.",
    ]);
    expect(withGoal({ baseline: 1.5, target: 0.9 })).toEqual([
      "kpis.0.baseline: A share cannot go above 100%: enter 100 or less.",
    ]);
    expect(withGoal({ baseline: 0.5, target: 1 })).toEqual([]);
    expect(ofKpi({ metrics: ["roi"], baseline: 1, target: 2 })).toEqual([]);
  });

  it("needs a target that moves the metric the better way", () => {
    expect(ofKpi({ baseline: 3, target: 2 })).toEqual([
      "kpis.0.target: Below the baseline, but higher is better here: set a target above the baseline.",
    ]);
    const cost = { kpi: "engagementCost", metrics: ["cpe"] };
    const engagement = (change: Partial<KpiInput>) =>
      only({ goal: "engagement", kpis: [kpi({ ...cost, ...change })] });
    expect(engagement({ baseline: 1, target: 2 })).toEqual([
      "kpis.0.target: Above the baseline, but lower is better here: set a target below the baseline.",
    ]);
    expect(engagement({ baseline: 2, target: 1 })).toEqual([]);
    // From 0, a cost target is a ceiling: "Keep CPE at or below $2".
    expect(engagement({ baseline: 0, target: 2 })).toEqual([]);
    // A number the sidebar could not read is named once, not also as the wrong way.
    expect(ofKpi({ baseline: 3, target: Number.NaN })).toEqual(["kpis.0.target: Enter a number."]);
  });

  it("needs a deadline on or after the start, and a known tactic", () => {
    expect(ofKpi({ deadline: "2026-02-28" })).toEqual([
      "kpis.0.deadline: The deadline is before the campaign starts.",
    ]);
    expect(ofKpi({ deadline: "soon" })).toEqual(["kpis.0.deadline: Enter a date."]);
    expect(ofKpi({ tactic: "bribes" })).toEqual([
      "kpis.0.tactic: Not a tactic the add-on knows: pick one from the list.",
    ]);
    expect(ofKpi({ tactic: "" })).toEqual([]);
    expect(ofKpi({ owner: "o".repeat(101) })).toEqual([
      "kpis.0.owner: Too long: keep it to 100 characters.",
    ]);
  });

  it("collects every problem at once", () => {
    const result = buildFramework(
      {
        goal: null,
        secondaryGoal: "fame",
        campaign: "x".repeat(10_000),
        start: "2026-04-01",
        end: "2026-03-01",
        budget: -5,
        kpis: [
          kpi({ metrics: ["roas", "roi", "cpa", "likes"], target: 2, deadline: "2026-01-01" }),
          kpi({ kpi: "fame", target: Number.NaN }),
        ],
      },
      CONTEXT,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      "goal",
      "secondaryGoal",
      "campaign",
      "end",
      "budget",
      "kpis.0.metrics",
      "kpis.0.metrics.3",
      "kpis.0.target",
      "kpis.0.deadline",
      "kpis.1.kpi",
      "kpis.1.target",
    ]);
  });
});
