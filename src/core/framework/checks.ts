/** Checks of a framework as a whole (DOMAIN.md, "Building a KPI framework"). */
import { GOALS } from "./goals";
import { headlineMetric, METRICS } from "./metrics";
import type { FrameworkCheck, FrameworkDraft } from "./model";
import { say } from "./text";

export function frameworkChecks(draft: FrameworkDraft): FrameworkCheck[] {
  const checks: FrameworkCheck[] = [];
  // Likes and follower counts alone say nothing about what the campaign did.
  if (draft.kpis.every((kpi) => headlineMetric(kpi).vanity)) {
    checks.push({ check: "vanityOnly", verdict: "warn", reason: say("check.vanityOnly") });
  }
  const qualitative = draft.kpis.some((kpi) => kpi.metrics.some((id) => METRICS[id].qualitative));
  if (!qualitative) {
    checks.push({ check: "addQualitative", verdict: "tip", reason: say("check.addQualitative") });
  }
  const goals = [draft.goal, draft.secondaryGoal];
  if (goals.some((goal) => goal && GOALS[goal].needsTracking)) {
    const labels = { utm: "col.utmLink", promo: "col.promoCode" } as const;
    checks.push({ check: "tracking", verdict: "tip", reason: say("check.tracking", {}, labels) });
  }
  return checks;
}
