/**
 * A KPI framework for each sample campaign (sample-tracker.ts), as the wizard's sidebar would
 * send them: three goals, three or four KPIs each, baselines from the brand's earlier
 * campaigns and targets a team would set, some met and some not. Autumn's and Winter's
 * deadlines run past their last post, so their statuses weigh progress against time elapsed.
 */
import type { FrameworkDraft, KpiDraft } from "../core/framework/model";

const kpi = (fields: Omit<KpiDraft, "tactic" | "owner"> & Partial<KpiDraft>): KpiDraft => ({
  owner: "",
  tactic: "",
  ...fields,
});

export const SAMPLE_FRAMEWORKS: readonly FrameworkDraft[] = [
  {
    goal: "awareness",
    secondaryGoal: "engagement",
    campaign: "Spring Glow Launch",
    start: "2026-03-16",
    end: "2026-04-26",
    budget: 110_000,
    kpis: [
      kpi({
        kpi: "reach",
        metrics: ["reach", "impressions", "frequency"],
        baseline: 2_000_000,
        target: 3_000_000,
        deadline: "2026-04-30",
        owner: "Sofia",
        tactic: "sponsoredPosts",
      }),
      kpi({
        kpi: "mediaValue",
        metrics: ["emv", "cpm"],
        baseline: 50_000,
        target: 90_000,
        deadline: "2026-04-30",
        owner: "Sofia",
        tactic: "takeovers",
      }),
      kpi({
        kpi: "engagement",
        metrics: ["engagementRate", "engagements"],
        baseline: 0.01,
        target: 0.012,
        deadline: "2026-04-30",
        owner: "Jonas",
        tactic: "coCreated",
      }),
      kpi({
        kpi: "buzz",
        metrics: ["mentions", "shareOfVoice"],
        baseline: 120,
        target: 300,
        deadline: "2026-05-15",
        owner: "Jonas",
        tactic: "ambassadors",
      }),
    ],
  },
  {
    goal: "sales",
    secondaryGoal: null,
    campaign: "Summer Sun Sale",
    start: "2026-06-08",
    end: "2026-07-19",
    budget: 60_000,
    kpis: [
      kpi({
        kpi: "sales",
        metrics: ["revenue", "orders"],
        baseline: 120_000,
        target: 180_000,
        deadline: "2026-07-31",
        owner: "Mei",
        tactic: "promoCodes",
      }),
      kpi({
        kpi: "returnOnSpend",
        metrics: ["roas", "roi"],
        baseline: 1.8,
        target: 4,
        deadline: "2026-07-31",
        owner: "Mei",
        tactic: "limitedOffers",
      }),
      kpi({
        kpi: "conversionEfficiency",
        metrics: ["cpa", "conversionRate"],
        baseline: 45,
        target: 30,
        deadline: "2026-07-31",
        owner: "Luca",
        tactic: "affiliateLinks",
      }),
    ],
  },
  {
    goal: "conversions",
    secondaryGoal: "engagement",
    campaign: "Autumn App Drive",
    start: "2026-09-14",
    end: "2026-10-25",
    budget: 120_000,
    kpis: [
      kpi({
        kpi: "conversions",
        metrics: ["conversions"],
        baseline: 800,
        target: 2_400,
        deadline: "2026-12-31",
        owner: "Luca",
        tactic: "contests",
      }),
      kpi({
        kpi: "clickThrough",
        metrics: ["ctr", "clicks"],
        baseline: 0.003,
        target: 0.005,
        deadline: "2026-12-31",
        owner: "Luca",
      }),
      kpi({
        kpi: "conversionEfficiency",
        metrics: ["cpa"],
        baseline: 90,
        target: 60,
        deadline: "2026-12-31",
        owner: "Mei",
      }),
      kpi({
        kpi: "engagementCost",
        metrics: ["cpe"],
        baseline: 2,
        target: 1.2,
        deadline: "2026-12-31",
        owner: "Jonas",
      }),
    ],
  },
  {
    goal: "sales",
    secondaryGoal: null,
    campaign: "Winter Gift Edit",
    start: "2026-11-02",
    end: "2026-11-29",
    budget: 40_000,
    kpis: [
      kpi({
        kpi: "sales",
        metrics: ["revenue", "orders"],
        baseline: 20_000,
        target: 80_000,
        deadline: "2026-12-31",
        owner: "Mei",
        tactic: "limitedOffers",
      }),
      kpi({
        kpi: "returnOnSpend",
        metrics: ["roas", "roi"],
        baseline: 1.5,
        target: 2.5,
        deadline: "2026-12-31",
        owner: "Mei",
        tactic: "promoCodes",
      }),
      kpi({
        kpi: "conversionEfficiency",
        metrics: ["cpa", "conversionRate"],
        baseline: 60,
        target: 40,
        deadline: "2026-12-31",
        owner: "Luca",
        tactic: "affiliateLinks",
      }),
    ],
  },
];
