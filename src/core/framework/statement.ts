/**
 * A KPI as one sentence in DOMAIN.md's shapes: "Increase reach from 10,000 to 50,000 by
 * 6/30/2026", "Reduce cost per engagement (CPE) from $2.50 to $1.80 by …", "Improve
 * engagement rate from 2% to 3% by …"; from a baseline of 0, "Reach 40 posts published by …"
 * or, where lower is better, "Keep cost per click (CPC) at or below $0.80 through …".
 */
import type { MessageKey } from "../i18n/catalog";
import type { Formatter } from "./format";
import { headlineMetric } from "./metrics";
import type { FrameworkText, KpiDraft } from "./model";
import { say } from "./text";

export function statement(kpi: KpiDraft, format: Formatter): FrameworkText {
  const metric = headlineMetric(kpi);
  const { baseline, target } = kpi;
  let shape: MessageKey;
  if (baseline === 0 && target > 0 && metric.unit !== "rate" && metric.unit !== "ratio") {
    shape = !metric.lowerIsBetter ? "statement.reach" : "statement.cap";
  } else if (target < baseline) shape = "statement.reduce";
  else shape = metric.unit === "rate" ? "statement.improve" : "statement.increase";
  return say(
    shape,
    {
      baseline: format.value(metric.unit, baseline),
      target: format.value(metric.unit, target),
      deadline: format.date(kpi.deadline),
    },
    { metric: `metric.${metric.id}` },
  );
}
