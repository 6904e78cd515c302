/** The goals, KPIs and metrics of DOMAIN.md as data: complete, consistent and named. */
import { describe, expect, it } from "vitest";
import { GOALS, suggestedKpis } from "../../src/core/framework/goals";
import { KPIS } from "../../src/core/framework/kpis";
import { METRICS } from "../../src/core/framework/metrics";
import { LIMITS } from "../../src/core/framework/validate";
import type { MessageKey } from "../../src/core/i18n/catalog";
import { en, en as english } from "../../src/core/i18n/en";
import { enFramework } from "../../src/core/i18n/framework/en";

const goals = Object.values(GOALS);
const kpis = Object.values(KPIS);
const metrics = Object.values(METRICS);
const named = (key: string) => key in english && english[key as MessageKey].trim() !== "";

describe("the framework catalog", () => {
  it("has DOMAIN.md's ten goals, in its order, at their funnel stages", () => {
    expect(goals.map((goal) => [goal.id, goal.funnel])).toEqual([
      ["audience", "top"],
      ["awareness", "top"],
      ["engagement", "topMid"],
      ["leads", "mid"],
      ["seo", "top"],
      ["conversions", "mid"],
      ["sales", "bottom"],
      ["sentiment", "any"],
      ["content", "program"],
      ["management", "program"],
    ]);
  });

  it("keys every entry by its own id", () => {
    for (const [key, value] of [
      ...Object.entries(GOALS),
      ...Object.entries(KPIS),
      ...Object.entries(METRICS),
    ]) {
      expect(value.id).toBe(key);
    }
  });

  it("gives each goal 3 to 5 KPIs, sources, tactics and a tier fit", () => {
    for (const goal of goals) {
      expect(goal.kpis.length, goal.id).toBeGreaterThanOrEqual(3);
      expect(goal.kpis.length, goal.id).toBeLessThanOrEqual(5);
      expect(new Set(goal.kpis).size, goal.id).toBe(goal.kpis.length);
      expect(goal.sources.length, goal.id).toBeGreaterThan(0);
      expect(goal.tactics.length, goal.id).toBeGreaterThan(0);
      for (const id of goal.kpis) expect(KPIS[id], `${goal.id} ${id}`).toBeDefined();
    }
  });

  it("marks the conversion and sales goals, and only those, as needing tracking links", () => {
    const tracked = goals.filter((goal) => goal.needsTracking).map((goal) => goal.id);
    expect(tracked).toEqual(["conversions", "sales"]);
  });

  it("gives each KPI 2 to 5 known candidate metrics, no repeats", () => {
    for (const kpi of kpis) {
      expect(kpi.metrics.length, kpi.id).toBeGreaterThanOrEqual(2);
      expect(kpi.metrics.length, kpi.id).toBeLessThanOrEqual(5);
      expect(new Set(kpi.metrics).size, kpi.id).toBe(kpi.metrics.length);
      for (const id of kpi.metrics) expect(METRICS[id], `${kpi.id} ${id}`).toBeDefined();
    }
  });

  it("uses every KPI in some goal and every metric in some KPI", () => {
    const suggested = new Set(goals.flatMap((goal) => goal.kpis));
    expect(kpis.filter((kpi) => !suggested.has(kpi.id)).map((kpi) => kpi.id)).toEqual([]);
    const candidates = new Set(kpis.flatMap((kpi) => kpi.metrics));
    expect(metrics.filter((m) => !candidates.has(m.id)).map((m) => m.id)).toEqual([]);
  });

  it("never heads a KPI with a vanity metric", () => {
    for (const kpi of kpis) {
      const [headline] = kpi.metrics;
      expect(headline && METRICS[headline].vanity, kpi.id).toBeFalsy();
    }
  });

  it("flags likes and followers as vanity, sentiment and feedback as qualitative", () => {
    expect(metrics.filter((m) => m.vanity).map((m) => m.id)).toEqual(["likes", "followers"]);
    for (const id of ["netSentiment", "positiveComments", "coverage"] as const) {
      expect(METRICS[id].qualitative, id).toBe(true);
    }
  });

  it("measures the field's formulas from the tracker's columns", () => {
    expect(METRICS.roas.measure).toEqual({
      kind: "ratio",
      numerator: "revenue",
      denominator: "cost",
    });
    expect(METRICS.roi.measure).toEqual({
      kind: "ratio",
      numerator: "revenue",
      denominator: "cost",
      less: true,
    });
    expect(METRICS.cpe.measure).toMatchObject({ numerator: "cost", denominator: "engagements" });
    expect(METRICS.cpm.measure).toMatchObject({
      numerator: "cost",
      denominator: "impressions",
      scale: 1000,
    });
    expect(METRICS.ctr.measure).toMatchObject({ numerator: "clicks", denominator: "impressions" });
    expect(METRICS.conversionRate.measure).toMatchObject({
      numerator: "conversions",
      denominator: "clicks",
    });
    expect(METRICS.cpa.measure).toMatchObject({ numerator: "cost", denominator: "conversions" });
    expect(METRICS.cpc.measure).toMatchObject({ numerator: "cost", denominator: "clicks" });
    expect(METRICS.aov.measure).toMatchObject({ numerator: "revenue", denominator: "orders" });
    expect(METRICS.frequency.measure).toMatchObject({
      numerator: "impressions",
      denominator: "reach",
    });
    expect(METRICS.engagementRate.measure).toEqual({ kind: "engagementRate" });
    expect(METRICS.emv.measure).toEqual({ kind: "sum", column: "emv" });
    expect(METRICS.posts.measure).toEqual({ kind: "posts" });
    expect(METRICS.activeInfluencers.measure).toEqual({ kind: "influencers" });
    for (const id of ["brandSearchVolume", "backlinks", "netSentiment", "responseRate"] as const) {
      expect(METRICS[id].measure.kind, id).toBe("manual");
    }
  });

  it("says costs should fall and results rise", () => {
    const lower = metrics.filter((m) => m.lowerIsBetter).map((m) => m.id);
    expect(lower).toEqual(["cpm", "cpe", "cpc", "cpa", "cpl", "negativeMentions"]);
  });

  it("allows at most three metrics per KPI and twelve KPIs", () => {
    expect(LIMITS).toEqual({ text: 100, kpis: 12, metrics: 3 });
  });

  it("suggests the main goal's KPIs first, then the second goal's, without repeats", () => {
    expect(suggestedKpis("sales", null)).toEqual(GOALS.sales.kpis);
    expect(suggestedKpis("sales", "conversions")).toEqual([
      "sales",
      "returnOnSpend",
      "salesConversion",
      "conversionEfficiency",
      "conversions",
      "clickThrough",
    ]);
  });
});

describe("the framework's English texts", () => {
  it("name every goal (with a description), funnel stage, tier fit, KPI, metric, tactic and source", () => {
    const keys = [
      ...goals.flatMap((goal) => [
        `goal.${goal.id}`,
        `goal.${goal.id}.desc`,
        `funnel.${goal.funnel}`,
        `tierFit.${goal.tierFit}`,
        ...goal.tactics.map((tactic) => `tactic.${tactic}`),
        ...goal.sources.map((source) => `source.${source}`),
      ]),
      ...kpis.flatMap((kpi) => [`kpi.${kpi.id}`, `funnel.${kpi.funnel}`]),
      ...metrics.flatMap((m) => [
        `metric.${m.id}`,
        ...(m.measure.kind === "manual" ? [`source.${m.measure.source}`] : []),
      ]),
    ];
    expect(keys.filter((key) => !named(key))).toEqual([]);
  });

  it("name nothing the catalog does not have", () => {
    const ids: Record<string, readonly string[]> = {
      goal: Object.keys(GOALS),
      kpi: Object.keys(KPIS),
      metric: Object.keys(METRICS),
      tactic: goals.flatMap((goal) => goal.tactics),
      source: [
        ...goals.flatMap((goal) => goal.sources),
        ...metrics.flatMap((m) => (m.measure.kind === "manual" ? [m.measure.source] : [])),
      ],
    };
    for (const key of Object.keys(enFramework)) {
      const [kind = "", id = ""] = key.split(".");
      if (ids[kind]) expect(ids[kind], key).toContain(id);
    }
  });

  it("are part of the English catalog", () => {
    for (const [key, text] of Object.entries(enFramework)) {
      expect(en[key as keyof typeof en], key).toBe(text);
    }
  });

  it("write metric names as they read inside a sentence", () => {
    for (const m of metrics) {
      const name = english[`metric.${m.id}`];
      expect(name[0], m.id).toBe(name[0]?.toLowerCase());
    }
  });
});
