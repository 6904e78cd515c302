/** The HTML report: every section in order, user text escaped, standalone, one SVG per chart. */
import { describe, expect, it } from "vitest";
import type { MessageKey } from "../../../src/core/i18n/catalog";
import { en as english } from "../../../src/core/i18n/en";
import type { ReportModel } from "../../../src/core/report/model";
import { renderReportHtml } from "../../../src/features/report/pages/view/render";
import { catalogOf } from "../../../src/local/catalogs";
import { FIXTURE_MESSAGES, INJECTION, reportFixture } from "../../report/fixture";

const view: Parameters<typeof renderReportHtml>[1] = {
  messages: { ...FIXTURE_MESSAGES, ...english },
  locale: "en_US",
  currency: "USD",
  lang: "en",
};
const render = (model: ReportModel = reportFixture(), v = view) => renderReportHtml(model, v);
const ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

describe("renderReportHtml", () => {
  const html = render();

  it("is one standalone document in the reader's language", () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).toContain("<title>Spring Glow 2025 – Influencer report</title>");
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html).toMatch(/<\/html>$/);
    // Nothing runs and nothing is fetched.
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(?:src|href|xmlns)=/i);
    expect(html).not.toMatch(/https?:/);
  });

  it("has every section, in the order a manager reads them", () => {
    const order = [
      "<h1>Spring Glow 2025</h1>",
      'class="headline">Not yet: 1 of 3 KPIs met. Sales is at risk',
      "<h2>KPI scorecard</h2>",
      'aria-label="KPI progress against target"',
      "<h2>Headline figures</h2>",
      "<h2>Funnel</h2>",
      "<h2>Breakdowns</h2>",
      "<h3>By influencer</h3>",
      'aria-label="EMV and cost by influencer"',
      "<h3>By platform</h3>",
      'aria-label="EMV and cost by platform"',
      "<h3>By tier</h3>",
      "<h2>Engagement rate against benchmarks</h2>",
      "<h2>Insights</h2>",
      "<h2>Data issues</h2>",
      "<h2>Definitions</h2>",
    ];
    const at = order.map((part) => html.indexOf(part));
    expect(at.filter((i) => i < 0)).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("draws the report sheet's four charts, each as one inline SVG", () => {
    expect(html.match(/<svg\b/g)).toHaveLength(4);
    expect(html.match(/<svg\b[^>]*role="img"/g)).toHaveLength(4);
    for (const chart of [
      "KPI progress against target",
      "EMV and cost by influencer",
      "Funnel",
      "EMV and cost by platform",
    ]) {
      expect(html).toContain(`aria-label="${chart}"`);
    }
  });

  it("fills the header: goals, dates, spend, currency, data as of, rows covered", () => {
    expect(html).toContain("<dd>Sales, then Brand awareness</dd>");
    expect(html).toContain("<dd>3/1/2025 – 4/30/2025</dd>");
    expect(html).toContain("<dd>$18,450</dd>");
    expect(html).toContain("<dd>USD</dd>");
    expect(html).toContain("<dd>4/15/2025</dd>");
    expect(html).toContain("<dd>42 counted, 3 left out</dd>");
  });

  it("scores each KPI in its metric's unit, with its status and SMART flags", () => {
    expect(html).toContain(
      '<td>Sales</td><td>Revenue</td><td class="n">$41,300</td><td class="n">$0</td><td class="n">$60,000</td><td class="n">69%</td><td class="n">4/30/2025</td><td><span class="tag warn">At risk</span></td>',
    );
    expect(html).toContain('<td class="n">2.9</td><td class="n">1.5</td><td class="n">3</td>');
    expect(html).toContain('<span class="tag good">Met</span>');
    expect(html).toContain("<li>Name an owner: a KPI nobody owns rarely moves.</li>");
    // What was left out, beside its KPI; a note on every KPI said once, under the table.
    expect(html).toContain(
      "<li>2 posts with cells left out (Cost): however they are read, the status would still be Met.</li>",
    );
    expect(html).toContain('<ul class="notes"><li>On every KPI: Add a qualitative KPI.</li></ul>');
  });

  it("says the headline's sentences in order", () => {
    expect(html).toContain(
      '<p class="headline">Not yet: 1 of 3 KPIs met. Sales is at risk, at 69% of its target with 75% of the time gone. Spent $18,450 of the $20,000 budget (92%).</p>',
    );
  });

  it("shows the figures, the funnel's rates, engagements beside it, each formula in the footer", () => {
    expect(html).toContain("<div><dt>CTR</dt><dd>0.42%</dd></div>");
    expect(html).toContain("<div><dt>Spend</dt><dd>$18,450</dd></div>");
    expect(html).toContain("<div><dt>Orders</dt><dd>540</dd></div>");
    expect(html).toContain("<div><dt>Average order value</dt><dd>$76.48</dd></div>");
    expect(html).toContain("<div><dt>Reach (summed over posts)</dt><dd>1,240,000</dd></div>");
    expect(html).toContain(">↓ 0.32%<");
    expect(html).toContain(">↓ 6.9%<");
    expect(html).toContain(">↓ 88%<");
    expect(html).toContain(
      "Engagements, beside the funnel rather than a step of it: 96,400, 3.5% of impressions or views.",
    );
    expect(html).toContain("<dt>CPE</dt><dd>cost ÷ engagements</dd>");
  });

  it("lists influencers with their suggestion and reason, tiers by their label", () => {
    expect(html).toContain('<span class="tag good">Scale</span>');
    expect(html).toContain('<span class="tag warn">Review</span>');
    expect(html).toContain("ROI −28% is negative");
    expect(html).toContain("<td>Micro</td>");
    expect(
      renderReportHtml(reportFixture(), {
        ...view,
        messages: { ...view.messages, "tier.Micro": "Mikro" },
      }),
    ).toContain("<td>Mikro</td>");
  });

  it("compares engagement rate only where comparable, with source, year and note", () => {
    expect(html).toContain('<td class="n">10,000–50,000</td>');
    expect(html).toContain('<td class="n">1,000,000+</td>');
    expect(html).toContain('<td class="n">0.84%–1.11%</td>');
    expect(html).toContain('<span class="tag none">Not comparable</span>');
    expect(html).toContain('<span class="tag ok">Within</span>');
    expect(html).toContain('<span class="tag good">Above</span>');
    expect(html).toContain(
      '<td>Instagram</td><td class="n">10,000–50,000</td><td>Likes ÷ followers</td><td class="n">3</td><td class="n">7</td><td class="n">3.4%</td>',
    );
    expect(html).toContain(
      '<td><div class="m">Modash, engagement-rate calculator (modash.io), TikTok, November 2025</div></td>',
    );
    expect(html).toContain(
      '<p class="note">Sponsored posts usually engage less than a profile&#39;s average.</p>',
    );
  });

  it("lists data issues by cell, value and why, a cell's problem after its column", () => {
    expect(html).toContain(
      '<td>&#39;Campaign Tracker&#39;!R14</td><td>€ 760</td><td><div class="w">Cost is typed in EUR, not USD',
    );
    expect(html).toContain('<div class="w">The row has no platform');
  });

  it("escapes every text from the sheet", () => {
    const model = reportFixture();
    const hostile: ReportModel = {
      ...model,
      header: { ...model.header, campaign: INJECTION, currency: '"><b>' },
      breakdowns: {
        ...model.breakdowns,
        platform: model.breakdowns.platform.map((l) => ({ ...l, name: `${l.name}<script>` })),
      },
      scorecard: model.scorecard.map((l) => ({ ...l, smartFlags: ["<u>flag</u>"] })),
      benchmarks: model.benchmarks.map((b) => ({
        ...b,
        source: { key: "fixture.text" as MessageKey, params: { text: "<i>Modash</i>" } },
      })),
      dataIssues: [{ ...model.dataIssues[0], value: "<svg onload=alert(1)>" } as never],
    };
    const out = render(hostile);
    expect(out).not.toMatch(/<img|<script|<b>|<u>|<i>|<svg onload/);
    expect(out).toContain(`<h1>${ESCAPED}</h1>`);
    expect(out).toContain(`<title>${ESCAPED} – Influencer report</title>`);
    // The influencer so named: in its table, the chart, the insights.
    expect(html.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(4);
    expect(html).not.toContain(INJECTION);
  });

  it("escapes a currency code typed in Settings wherever money shows", () => {
    const out = render(reportFixture(), { ...view, currency: "<b>X" });
    expect(out).not.toContain("<b>");
    expect(out).toContain("&lt;b&gt;X 18,450");
    // Once in a chart's text: escaped by the chart, not twice.
    expect(out).toContain(">&lt;b&gt;X 4,910</text>");
  });

  it("says so where a section has nothing to show", () => {
    const model = reportFixture();
    const empty = render({
      ...model,
      header: { ...model.header, campaign: null, goal: null, secondaryGoal: null, from: null },
      scorecard: [],
      benchmarks: [],
      insights: [],
      dataIssues: [],
      breakdowns: { influencer: [], platform: [], tier: [] },
    });
    expect(empty).toContain("<h1>All campaigns</h1>");
    expect(empty).toContain("<dd>–</dd>");
    expect(empty).toContain("<dd>– – 4/30/2025</dd>");
    // No scorecard without a framework: the headline says so.
    expect(empty).not.toContain("KPI scorecard");
    for (const key of ["page.noBenchmarks", "page.noInsights", "page.noIssues"]) {
      expect(empty).toContain(english[key as keyof typeof english]);
    }
    // The funnel alone is left to draw.
    expect(empty.match(/<svg\b/g)).toHaveLength(1);
    expect(empty).not.toContain("EMV and cost by platform");
  });

  it("names each KPI's campaign in a report on all campaigns", () => {
    const model = reportFixture();
    const out = render({
      ...model,
      header: { ...model.header, campaign: null },
      scorecard: model.scorecard.map((l, i) => (i ? l : { ...l, campaign: INJECTION })),
    });
    expect(out).toContain('<th scope="col">Campaign</th><th scope="col">KPI</th>');
    expect(out).toContain(`<td>${ESCAPED}</td><td>Sales</td>`);
    expect(out).toContain(`<title>${ESCAPED}: Sales: 69% · At risk</title>`);
    expect(html).not.toContain('<th scope="col">Campaign</th><th scope="col">KPI</th>');
  });

  it("names each influencer's campaign in a report on all campaigns, and notes pooled goals", () => {
    const model = reportFixture();
    const out = render({
      ...model,
      header: { ...model.header, campaign: null },
      breakdowns: {
        ...model.breakdowns,
        influencer: model.breakdowns.influencer.map((line) => ({ ...line, campaign: "Spring" })),
        pooled: {
          key: "fixture.text" as MessageKey,
          params: { text: "Pooled: Sales, Awareness." },
        },
      },
    });
    expect(out).toContain("<td>Lena Sørensen · Spring</td>");
    expect(out).toContain(">Lena Sørensen · Spring</text>");
    expect(out).toContain('<p class="note">Pooled: Sales, Awareness.</p>');
    expect(html).not.toContain(" · Spring");
  });

  it("charts the first 15 influencers and says how many there are", () => {
    const model = reportFixture();
    const many = Array.from({ length: 20 }, (_, i) => ({
      ...(model.breakdowns.influencer[0] as ReportModel["breakdowns"]["influencer"][number]),
      name: `Creator ${i + 1}`,
    }));
    const out = render({ ...model, breakdowns: { ...model.breakdowns, influencer: many } });
    const chart = out.slice(
      out.indexOf('aria-label="EMV and cost'),
      out.indexOf("</svg>", out.indexOf('aria-label="EMV and cost')),
    );
    expect(chart).toContain("Creator 15");
    expect(chart).not.toContain("Creator 16");
    expect(out).toContain("The first 15 of 20 influencers");
    expect(out).toContain("<td>Creator 20</td>");
  });

  it("writes numbers, money and dates as the locale does, labels in the language", () => {
    const da = render(reportFixture(), {
      messages: { ...FIXTURE_MESSAGES, ...catalogOf("da") },
      locale: "da_DK",
      currency: "DKK",
      lang: "da",
    });
    expect(da).toMatch(/^<!DOCTYPE html><html lang="da">/);
    expect(da).toContain("<dd>01-03-2025 – 30-04-2025</dd>");
    expect(da).toMatch(/<dd>18\.450[ \u00a0]kr\.<\/dd>/);
    expect(da).toContain("<dd>0,42\u00a0%</dd>");
    expect(da).toContain(`<span class="tag warn">${catalogOf("da")["status.atRisk"]}</span>`);
  });

  it("joins a title's parts and a chart row's name and values as the language does", () => {
    const zh = render(reportFixture(), {
      messages: { ...FIXTURE_MESSAGES, ...catalogOf("zh-CN") },
      locale: "zh_CN",
      currency: "CNY",
      lang: "zh-CN",
    });
    expect(zh).toContain(`<title>Spring Glow 2025——${catalogOf("zh-CN")["page.title"]}</title>`);
    expect(zh).toMatch(/<g><title>[^<：]+：[^<]+<\/title>/);
    expect(zh).not.toMatch(/<g><title>[^<]*: /);
  });
});
