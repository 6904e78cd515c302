/** How a metric's actual value is found, in words: "Revenue ÷ cost", "Sum of impressions". */
import type { MessageKey } from "../i18n/catalog";
import { capitalised, inSentence } from "../i18n/sentence";
import type { FrameworkText, MetricDef, SumColumn } from "./model";
import { renderText, say } from "./text";

/**
 * In the language of `messages` (a Catalog, or the sidebar's messages by key), as a sentence:
 * the tracker's columns are named as words of it ("Revenue ÷ cost"). Engagement rate names
 * the Settings base rather than its current value, which Settings may change.
 */
export function describeMeasure(
  metric: MetricDef,
  messages: Readonly<Record<string, string>>,
): string {
  return capitalised(describe(metric, messages));
}

function describe(metric: MetricDef, messages: Readonly<Record<string, string>>): string {
  const fill = (
    key: MessageKey,
    params?: Record<string, string | number>,
    labels?: FrameworkText["labels"],
  ) => renderText(messages, say(key, params, labels));
  const column = (key: SumColumn) =>
    inSentence(
      key === "impressions"
        ? fill("measure.exposure", {}, { impressions: "col.impressions", views: "col.views" })
        : (messages[`col.${key}`] ?? key),
    );
  const { measure } = metric;
  switch (measure.kind) {
    case "sum":
      return fill("measure.sum", { column: column(measure.column) });
    case "ratio": {
      const parts = {
        numerator: column(measure.numerator),
        denominator: column(measure.denominator),
      };
      if (measure.less) return fill("measure.less", parts);
      if (measure.scale === undefined) return fill("measure.ratio", parts);
      return fill("measure.scaled", { ...parts, scale: measure.scale });
    }
    case "engagementRate": {
      const base = inSentence(messages["settings.engagementBase"] ?? "");
      return fill("measure.ratio", { numerator: column("engagements"), denominator: base });
    }
    case "posts":
      return fill("measure.posts");
    case "influencers":
      return fill("measure.influencers");
    case "manual":
      return fill("measure.manual", {}, { source: `source.${measure.source}` });
  }
}
