/**
 * Money in another currency counts at Settings' rate on every surface: the tracker's totals
 * row, the KPI Framework's Actual and Spent, and the report, hand-worked. A currency without a
 * rate is left out as before and says what to add; a rate changed after the fact moves every
 * converted figure and nothing else. Spreadsheets in US dollars (en_US) and in euros (it_IT).
 */
import { describe, expect, it } from "vitest";
import { moneyFormat } from "../../../src/core/currency";
import { renderText } from "../../../src/core/framework/text";
import { catalogOf } from "../../../src/local/catalogs";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { SETTINGS_NAMES } from "../../../src/sheets/templates/named-ranges";
import { TRACKER } from "../../../src/sheets/templates/tracker";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { calendarDay } from "../../../src/sheets/workbook";
import { inMemory, insert, post, trackerColumn } from "../../sheets/helpers";
import { moneySurfaces } from "./money-surfaces";

const CAMPAIGN = "Rates Test";

/** Three posts: one paid in the other currency, one sold in it, one in a currency without a rate. */
function workbook(options: {
  locale: string;
  lang: "en" | "it";
  settings: string;
  other: string;
  third: string;
}) {
  const standIn = inMemory({ locale: options.locale, userLocale: options.locale });
  insert(standIn.port, options.lang);
  // Settings' currency chosen, then Insert templates again: money formats follow it.
  standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.currency)?.setValue(options.settings);
  insert(standIn.port, options.lang);
  const row = (cells: Parameters<typeof post>[0]) =>
    post({
      campaign: CAMPAIGN,
      platform: "Instagram",
      postDate: calendarDay("2026-06-10"),
      followers: 10_000,
      likes: 100,
      ...cells,
    });
  appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), [
    row({ influencer: "Ada", impressions: 10_000, cost: 1000, revenue: 1500 }),
    row({ influencer: "Ben", impressions: 5000, cost: 200, revenue: 500 }),
    row({ influencer: "Cy", impressions: 2000, cost: 300, revenue: 0 }),
  ]);
  const tracker = standIn.spreadsheet.sheetNamed(ownSheet(standIn.port, "tracker").name);
  if (!tracker) throw new Error("no tracker");
  const first = TRACKER.firstDataRow;
  // Formats first, then the amounts again: a format alone does not recalculate a formula.
  const amount = (r: number, key: "cost" | "revenue", currency: string) => {
    const cell = tracker.getRange(first + r, trackerColumn(key));
    const value = cell.getValue();
    cell.setValue("");
    cell.setNumberFormat(moneyFormat(currency));
    cell.setValue(value);
  };
  amount(0, "cost", options.other);
  amount(1, "revenue", options.other);
  amount(2, "cost", options.third);
  /** Puts a rate for the other currency on a line of Settings' rates table (0: the first). */
  const setRate = (rate: number, line = 0) => {
    const table = standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.rates);
    if (!table) throw new Error("no rates table");
    table
      .getSheet()
      .getRange(table.getRow() + line, table.getColumn(), 1, 4)
      .setValues([[options.other, rate, new Date(Date.UTC(2026, 5, 1, 12)), "Contract"]]);
  };
  const { report, totals, kpiRow } = moneySurfaces(standIn, CAMPAIGN, options.lang);
  /** A live rate instead: GOOGLEFINANCE, which the in-memory workbook answers from a table. */
  const setLiveRate = (rate: number) => {
    standIn.spreadsheet.setExchangeRates({ [`${options.other}${options.settings}`]: rate });
    const table = standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.rates);
    if (!table) throw new Error("no rates table");
    const line = table.getSheet().getRange(table.getRow(), table.getColumn(), 1, 4);
    line.setValues([[options.other, "", "", "GOOGLEFINANCE"]]);
    line
      .getSheet()
      .getRange(table.getRow(), table.getColumn() + 1)
      .setValue(`=GOOGLEFINANCE("CURRENCY:${options.other}${options.settings}")`);
  };
  return { standIn, setRate, setLiveRate, report, totals, kpiRow };
}

const close = (shown: unknown, value: number) => {
  expect(typeof shown).toBe("number");
  expect(Math.abs((shown as number) - value)).toBeLessThan(1e-9 * Math.max(1, Math.abs(value)));
};

describe.each([
  { locale: "en_US", lang: "en", other: "EUR", third: "GBP", settings: "USD" },
  { locale: "it_IT", lang: "it", other: "USD", third: "GBP", settings: "EUR" },
] as const)("a $settings spreadsheet with amounts in $other and $third", (options) => {
  it("counts the amounts at the rate in every figure, and lists the rates and amounts used", () => {
    const { setRate, report, totals, kpiRow } = workbook(options);
    setRate(1.1);
    // Spend: Ada's 1,000 at 1.1 + Ben's 200; Cy's 300 has no rate: left out.
    const spend = 1000 * 1.1 + 200;
    // Revenue: Ada's 1,500 + Ben's 500 at 1.1 + Cy's 0.
    const revenue = 1500 + 500 * 1.1;
    // ROAS over the posts whose cost counts: Ada's and Ben's.
    const roas = (1500 + 500 * 1.1) / spend;
    const model = report();
    const figure = (key: string) => model.figures.find((f) => f.key === key)?.value;
    expect(model.header.spend).toBeCloseTo(spend, 9);
    expect(figure("revenue")).toBeCloseTo(revenue, 9);
    expect(figure("roas")).toBeCloseTo(roas, 9);
    close(totals("cost"), spend);
    close(totals("revenue"), revenue);
    close(totals("roas"), roas);
    close(kpiRow("spent"), spend);
    close(kpiRow("actual"), roas);
    expect(model.header.rates).toEqual([
      {
        currency: options.other,
        rate: 1.1,
        asOf: "2026-06-01",
        source: "Contract",
        campaign: "",
        cost: 1000,
        revenue: 500,
      },
    ]);
    // Cy's cost names what to add.
    const issue = model.dataIssues.find((i) => i.column === "cost");
    expect(renderText(catalogOf(options.lang), issue?.problem ?? { key: "join.list" })).toContain(
      options.third,
    );
  });

  it("leaves the amounts out without a rate, and moves every converted figure when the rate changes", () => {
    const { setRate, report, totals, kpiRow } = workbook(options);
    // No rate: only Ben's cost counts, and only Ada's revenue.
    expect(report().header.spend).toBeCloseTo(200, 9);
    close(totals("cost"), 200);
    close(totals("revenue"), 1500);
    expect(report().header.rates).toEqual([]);
    setRate(1.1);
    close(totals("cost"), 1300);
    setRate(1.25);
    const spend = 1000 * 1.25 + 200;
    expect(report().header.spend).toBeCloseTo(spend, 9);
    close(totals("cost"), spend);
    close(kpiRow("spent"), spend);
    close(totals("revenue"), 1500 + 500 * 1.25);
    close(kpiRow("actual"), (1500 + 500 * 1.25) / spend);
    // What is not money does not move.
    close(totals("impressions"), 17_000);
  });

  it("gives no rate to a currency the table lists twice, and says so", () => {
    const { setRate, report, totals } = workbook(options);
    setRate(1.1);
    setRate(1.2, 1);
    const model = report();
    expect(model.header.spend).toBeCloseTo(200, 9);
    close(totals("cost"), 200);
    expect(model.header.rateProblems).toEqual([
      { key: "report.rates.twice", params: { currency: options.other, line: 2 } },
    ]);
  });

  it("counts at a live rate from GOOGLEFINANCE as at a typed one", () => {
    const { setLiveRate, report, totals, kpiRow } = workbook(options);
    setLiveRate(1.09);
    const spend = 1000 * 1.09 + 200;
    expect(report().header.spend).toBeCloseTo(spend, 9);
    close(totals("cost"), spend);
    close(kpiRow("spent"), spend);
    expect(report().header.rates[0]).toMatchObject({ rate: 1.09, source: "GOOGLEFINANCE" });
  });
});
