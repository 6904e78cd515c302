/** Data issues: every cell or row the report could not use, by A1 reference, and why. */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/core/report/model";
import { ANA, BEN, CARA, en, input, report, rows } from "./tracker";

/** Issues as "cell | value | Column problem". */
const listed = (model: ReportModel) =>
  model.dataIssues.map(
    ({ cell, value, column, problem }) =>
      `${cell} | ${value} | ${column ? `${column} ` : ""}${en(problem)}`,
  );

const spend = (model: ReportModel) => model.figures.find((f) => f.key === "spend")?.value;

describe("currency", () => {
  it('lists "€ 760" in a USD sheet and keeps it out of the totals', () => {
    const model = report(input(rows(ANA, { ...BEN, cost: "€ 760" })));
    expect(listed(model)).toEqual([
      "'Campaign Tracker'!S4 | € 760 | cost is typed in EUR, the sheet counts in USD: left out of the totals.",
    ]);
    expect(spend(model)).toBe(1_000);
    expect(model.header).toMatchObject({ spend: 1_000, rowsCovered: 2, rowsLeftOut: 0 });
    // Ben's revenue still counts; his cost does not.
    expect(model.figures.find((f) => f.key === "revenue")?.value).toBe(3_200);
  });

  it("counts amounts typed with the sheet's own marks", () => {
    const own = [
      ["USD", "$760"],
      ["USD", "US$ 760"],
      ["USD", "760 USD"],
      ["CAD", "C$760"],
      ["CAD", "$760"],
      ["DKK", "760 kr"],
      ["DKK", "760 kr."],
      ["EUR", "€ 760"],
      ["CNY", "¥760"],
      ["TRY", "760 TL"],
      ["TRY", "₺760"],
    ] as const;
    for (const [currency, cost] of own) {
      const model = report(input(rows({ ...BEN, cost })), { currency });
      expect(model.dataIssues, `${cost} in ${currency}`).toEqual([]);
      expect(spend(model), `${cost} in ${currency}`).toBe(760);
    }
  });

  it("names the currency typed, or its mark where several currencies share it", () => {
    const typed = (currency: string, revenue: string) =>
      en(
        report(input(rows({ ...BEN, revenue })), { currency }).dataIssues[0]?.problem ?? {
          key: "join.list",
        },
      );
    expect(typed("USD", "CA$ 200")).toBe(
      "is typed in CAD, the sheet counts in USD: left out of the totals.",
    );
    expect(typed("EUR", "$200")).toMatch(/^is typed in USD, the sheet counts in EUR/);
    expect(typed("USD", "¥200")).toMatch(/^is typed in ¥, the sheet counts in USD/);
    expect(typed("USD", "200 DKK")).toMatch(/^is typed in DKK/);
    expect(typed("USD", "(€ 50)")).toMatch(/^is typed in EUR/);
  });
});

describe("cells that cannot be read", () => {
  it("are listed with their A1 reference, value and reason, and add nothing", () => {
    const model = report(
      input(rows(ANA, { ...BEN, likes: "lots", comments: -3 }, { ...CARA, impressions: "2,500" })),
      { locale: "xx_XX" },
    );
    expect(listed(model)).toEqual([
      "'Campaign Tracker'!K4 | lots | likes is \"lots\", not a number",
      "'Campaign Tracker'!L4 | -3 | comments is negative (-3)",
      "'Campaign Tracker'!H5 | 2,500 | impressions is \"2,500\", which reads as 2500 or 2.5",
    ]);
    // Ben's engagements are flagged as the sheet's ENGAGEMENTS flags them; Cara's impressions
    // add nothing, and her views are not taken instead.
    const figures = Object.fromEntries(model.figures.map((f) => [f.key, f.value]));
    expect(figures.engagements).toBe(500 + 200);
    expect(figures.impressions).toBe(40_000 + 10_000);
    expect(model.header).toMatchObject({ rowsCovered: 3, rowsLeftOut: 0 });
  });

  it("a flagged EMV cell gives the sheet's reason, unless its input is already listed", () => {
    const flagged = '⚠ cpm_or_platform is "Snapchat", not a CPM or a known platform';
    const model = report(
      input(rows(ANA, { ...BEN, emv: flagged }, { ...CARA, impressions: "n/a", emv: "⚠ x" })),
    );
    expect(listed(model)).toEqual([
      `'Campaign Tracker'!Z4 | ${flagged} | emv is flagged by the sheet (cpm_or_platform is "Snapchat", not a CPM or a known platform): left out of the totals.`,
      "'Campaign Tracker'!H5 | n/a | impressions is \"n/a\", not a number",
    ]);
    expect(model.figures.find((f) => f.key === "emv")?.value).toBe(268);
  });

  it("refer to the row when the column's letter is unknown, and quote the sheet's name", () => {
    const model = report({
      ...input(rows({ ...ANA, cost: "?" })),
      trackerSheet: "Ana's posts",
      columns: {},
    });
    expect(model.dataIssues[0]?.cell).toBe("'Ana''s posts'!3:3");
  });
});

describe("rows", () => {
  it("without a campaign are left out and listed", () => {
    const model = report(input(rows(ANA, { ...BEN, campaign: "" })));
    expect(listed(model)).toEqual([
      "'Campaign Tracker'!4:4 |  | No campaign: left out of the report. Enter the campaign it belongs to.",
    ]);
    expect(model.header).toMatchObject({ rowsCovered: 1, rowsLeftOut: 1 });
  });

  it("without a platform, influencer or followers count in the totals, not in that breakdown", () => {
    const model = report(input(rows(ANA, { ...BEN, platform: "", influencer: "", followers: "" })));
    expect(listed(model)).toEqual([
      "'Campaign Tracker'!4:4 |  | No influencer or handle: counted in the totals, not in the breakdown by influencer.",
      "'Campaign Tracker'!4:4 |  | No platform: counted in the totals, not in the breakdown by platform.",
      "'Campaign Tracker'!4:4 |  | No followers: counted in the totals, not in the breakdown by tier or the benchmarks.",
    ]);
    expect(model.header).toMatchObject({ rowsCovered: 2, rowsLeftOut: 0, spend: 1_400 });
    expect(model.breakdowns.platform.map((line) => line.name)).toEqual(["Instagram"]);
    expect(model.breakdowns.influencer.map((line) => line.name)).toEqual(["Ana"]);
    expect(model.breakdowns.tier.map((line) => line.posts)).toEqual([1]);
  });

  it("name an influencer by handle when the name is blank", () => {
    const model = report(input(rows({ ...ANA, influencer: "", handle: "@ana" })));
    expect(model.breakdowns.influencer[0]?.name).toBe("@ana");
    expect(model.dataIssues).toEqual([]);
  });
});
