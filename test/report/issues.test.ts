/** Data issues: every cell or row the report could not use, by A1 reference, and why. */
import { describe, expect, it } from "vitest";
import type { FigureKey, ReportModel, TrackedRow } from "../../src/core/report/model";
import { ANA, BEN, CARA, en, input, report, rows } from "./tracker";

/** Issues as "cell | value | Column problem". */
const listed = (model: ReportModel) =>
  model.dataIssues.map(
    ({ cell, value, column, problem }) =>
      `${cell} | ${value} | ${column ? `${column} ` : ""}${en(problem)}`,
  );

const figure = (model: ReportModel, key: FigureKey) =>
  model.figures.find((f) => f.key === key)?.value;

/** What every left-out cost or revenue adds to its reason. */
const COST_BASED =
  " The post stays out of CPM, CPE, CPC, cost per conversion, ROAS, ROI and the verdicts.";
const CLEAN_UP = "Extensions → Influencer KPIs → Clean up numbers turns it into that number.";

describe("another currency", () => {
  it('lists "€ 760" in a USD sheet and keeps it out of spend and of every cost-based figure', () => {
    const model = report(input(rows(ANA, { ...BEN, cost: "€ 760" })));
    expect(listed(model)).toEqual([
      `'Campaign Tracker'!S4 | € 760 | cost is typed in EUR, the sheet counts in USD: left out of the totals until Settings has an exchange rate for it.${COST_BASED}`,
    ]);
    expect(figure(model, "spend")).toBe(1_000);
    expect(model.header).toMatchObject({ spend: 1_000, rowsCovered: 2, rowsLeftOut: 0 });
    // Revenue is still the plain sum of its cells, as the totals row adds it…
    expect(figure(model, "revenue")).toBe(3_200);
    // …but Ben's post counts in no cost-based figure: not as free, not at all.
    expect(figure(model, "roas")).toBe(3_000 / 1_000);
    expect(figure(model, "cpe")).toBe(1_000 / 500);
    expect(figure(model, "cpm")).toBe((1_000 / 40_000) * 1_000);
    // Figures that use no cost still count him.
    expect(figure(model, "ctr")).toBe(500 / 50_000);
  });

  it("leaves out a number whose cell's format names another currency", () => {
    const euro = (format: string): TrackedRow[] => [
      { row: 3, cells: ANA },
      { row: 4, cells: { ...BEN, cost: 760 }, formats: { cost: format } },
    ];
    for (const format of [
      "[$€]#,##0.00",
      "#,##0.00 [$€]",
      '"€"#,##0',
      "[$€-410]#,##0.00",
      "[$EUR] #,##0",
    ]) {
      const model = report(input(euro(format)));
      expect(listed(model), format).toEqual([
        `'Campaign Tracker'!S4 | 760 | cost is formatted as EUR (the cell's number format), the sheet counts in USD: left out of the totals until Settings has an exchange rate for it.${COST_BASED}`,
      ]);
      expect(figure(model, "spend"), format).toBe(1_000);
      expect(figure(model, "roas"), format).toBe(3);
    }
    // The sheet's own currency, or no currency at all, counts.
    for (const format of ["[$$]#,##0.00", "#,##0.00", "0", "[$US$]#,##0", "$#,##0.00"]) {
      const model = report(input(euro(format)));
      expect(model.dataIssues, format).toEqual([]);
      expect(figure(model, "spend"), format).toBe(1_760);
    }
    // Revenue's format too: a euro revenue keeps the post out of the cost-based figures.
    const revenue = report(
      input([
        { row: 3, cells: ANA },
        { row: 4, cells: BEN, formats: { revenue: "#,##0.00 [$€]" } },
      ]),
    );
    expect(figure(revenue, "revenue")).toBe(3_000);
    expect(figure(revenue, "spend")).toBe(1_400);
    expect(figure(revenue, "roas")).toBe(3);
  });

  it("in a Danish sheet, a euro-formatted cost is left out, a kroner one counts", () => {
    const tracked = (format: string): TrackedRow[] => [
      { row: 3, cells: { ...ANA, cost: 760 }, formats: { cost: format } },
    ];
    const options = { locale: "da_DK", currency: "DKK" } as const;
    expect(figure(report(input(tracked("#,##0.00 [$€]")), options), "spend")).toBe(0);
    expect(figure(report(input(tracked("#,##0.00 [$kr.]")), options), "spend")).toBe(760);
  });

  it("names the currency typed, or its mark where several currencies share it", () => {
    const typed = (currency: string, revenue: string) =>
      en(
        report(input(rows({ ...BEN, revenue })), { currency }).dataIssues[0]?.problem ?? {
          key: "join.list",
        },
      );
    expect(typed("USD", "CA$ 200")).toBe(
      `is typed in CAD, the sheet counts in USD: left out of the totals until Settings has an exchange rate for it.${COST_BASED}`,
    );
    expect(typed("EUR", "$200")).toMatch(/^is typed in USD, the sheet counts in EUR/);
    expect(typed("USD", "¥200")).toMatch(/^is typed in ¥, the sheet counts in USD/);
    expect(typed("USD", "200 DKK")).toMatch(/^is typed in DKK/);
    expect(typed("USD", "(€ 50)")).toMatch(/^is typed in EUR/);
  });

  it("reads the sheet's own marks as text with one reading: left out all the same", () => {
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
      expect(listed(model), `${cost} in ${currency}`).toEqual([
        `'Campaign Tracker'!S3 | ${cost} | cost is text that reads as 760: the sheet's sums skip text, so it is left out. ${CLEAN_UP}${COST_BASED}`,
      ]);
      expect(figure(model, "spend"), `${cost} in ${currency}`).toBe(0);
    }
  });
});

describe("cells that cannot be counted", () => {
  it("are listed with their A1 reference, value and reason, and add nothing", () => {
    const model = report(
      input(rows(ANA, { ...BEN, likes: "lots", comments: -3 }, { ...CARA, impressions: "2,500" })),
      { locale: "xx_XX" },
    );
    expect(listed(model)).toEqual([
      "'Campaign Tracker'!K4 | lots | likes is \"lots\", not a number: left out.",
      "'Campaign Tracker'!L4 | -3 | comments is negative (-3): counted as typed, as the sheet's sums count it, though it cannot be below zero.",
      "'Campaign Tracker'!H5 | 2,500 | impressions is text that reads as 2,500 or 2.5: left out until you type the number you mean.",
    ]);
    // Ben has no engagements (a part of them is left out), as the sheet's ENGAGEMENTS flags
    // them; Cara's impressions add nothing, and her views are not taken instead.
    const figures = Object.fromEntries(model.figures.map((f) => [f.key, f.value]));
    expect(figures.engagements).toBe(500 + 200);
    expect(figures.impressions).toBe(40_000 + 10_000);
    expect(model.header).toMatchObject({ rowsCovered: 3, rowsLeftOut: 0 });
  });

  it("a number typed as text is listed with what it reads as, and the action that fixes it", () => {
    const model = report(input(rows({ ...ANA, followers: "1.3M", likes: " 473 " })));
    expect(listed(model)).toEqual([
      `'Campaign Tracker'!G3 | 1.3M | followers is text that reads as 1,300,000: the sheet's sums skip text, so it is left out. ${CLEAN_UP}`,
      `'Campaign Tracker'!K3 | 473 | likes is text that reads as 473: the sheet's sums skip text, so it is left out. ${CLEAN_UP}`,
    ]);
    // Ana's post has no tier and no engagements, but is counted in the totals.
    expect(model.breakdowns.tier).toEqual([]);
    expect(figure(model, "engagements")).toBe(0);
  });

  it("a cell of spaces is text, not blank", () => {
    const model = report(input(rows({ ...BEN, impressions: "  " })));
    expect(listed(model)).toEqual([
      "'Campaign Tracker'!H3 |  | impressions holds only spaces, which Sheets counts as text, not blank: left out.",
    ]);
    // Not blank, so views do not stand in.
    expect(figure(model, "impressions")).toBe(0);
  });

  it("a flagged EMV cell gives the sheet's reason, unless its input is already listed", () => {
    const flagged = '⚠ cpm_or_platform is "Snapchat", not a CPM or a known platform';
    const model = report(
      input(rows(ANA, { ...BEN, emv: flagged }, { ...CARA, impressions: "n/a", emv: "⚠ x" })),
    );
    expect(listed(model)).toEqual([
      `'Campaign Tracker'!AA4 | ${flagged} | emv is flagged by the sheet (cpm_or_platform is "Snapchat", not a CPM or a known platform): left out.`,
      "'Campaign Tracker'!H5 | n/a | impressions is \"n/a\", not a number: left out.",
    ]);
    expect(figure(model, "emv")).toBe(268);
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

describe("pending results", () => {
  it("lists each post whose outcomes are blank after impressions or views", () => {
    const model = report(
      input(
        rows(ANA, { ...BEN, clicks: "", conversions: "", orders: "" }, { ...CARA, revenue: "" }),
      ),
    );
    expect(listed(model)).toEqual([
      "'Campaign Tracker'!4:4 |  | Results pending (clicks, conversions, orders): blank on a post with impressions or views, so its rates leave it out until they come in.",
      "'Campaign Tracker'!5:5 |  | Results pending (revenue): blank on a post with impressions or views, so its rates leave it out until they come in.",
    ]);
    expect(model.pending).toEqual({ posts: 2, clicks: 1, conversions: 1, orders: 1, revenue: 1 });
  });

  it("not on a post without impressions or views, nor for an outcome nobody fills in", () => {
    const unseen = report(input(rows(ANA, { ...BEN, views: "", clicks: "" })));
    expect(unseen.dataIssues).toEqual([]);
    const untracked = report(
      input(rows({ ...ANA, orders: "" }, { ...BEN, orders: "" }, { ...CARA, orders: "" })),
    );
    expect(untracked.dataIssues).toEqual([]);
    expect(untracked.pending.posts).toBe(0);
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
