/** The words for each metric's formula. */

import { describe, expect, it } from "vitest";
import { describeMeasure } from "../../src/core/framework/describe";
import { METRICS } from "../../src/core/framework/metrics";
import { en as english } from "../../src/core/i18n/en";
import { catalogOf } from "../../src/local/catalogs";

describe("describeMeasure", () => {
  const words = (id: keyof typeof METRICS) => describeMeasure(METRICS[id], english);

  it("says how each kind of metric is found, naming columns as words of the sentence", () => {
    expect(words("roas")).toBe("Revenue ÷ cost");
    expect(words("roi")).toBe("(Revenue − cost) ÷ cost");
    expect(words("cpe")).toBe("Cost ÷ engagements");
    expect(words("revenue")).toBe("Sum of revenue");
    expect(words("engagementRate")).toBe("Engagements ÷ engagement-rate base");
    expect(words("posts")).toBe("Number of posts");
    expect(words("activeInfluencers")).toBe("Number of different influencers");
    expect(words("backlinks")).toBe("Entered by hand from: SEO tool");
  });

  it("names the views that stand in for impressions", () => {
    expect(words("impressions")).toBe("Sum of impressions (or views where blank)");
    expect(words("cpm")).toBe("Cost ÷ impressions (or views where blank) × 1000");
  });

  it("writes column names in lower case inside the sentence, abbreviations as they are", () => {
    const say = (lang: Parameters<typeof catalogOf>[0], id: keyof typeof METRICS) =>
      describeMeasure(METRICS[id], catalogOf(lang));
    expect(say("da", "revenue")).toBe("Sum af omsætning");
    expect(say("da", "roi")).toBe("(Omsætning − omkostning) ÷ omkostning");
    expect(say("it", "cpe")).toBe("Costo ÷ engagement");
    expect(say("ky", "clicks")).toBe("Сумма: чыкылдатуулар");
    expect(say("zh-CN", "revenue")).toBe("收入合计");
  });
});
