/**
 * Each row's currency: the tracker's Currency column says what its cost and revenue are in,
 * typing it formats them so (the onEdit trigger), and every surface converts them at Settings'
 * rates, hand-worked: the report, the totals row and the KPI Framework's Spent and Actual. A
 * format that names another currency than its row's is left out, naming both.
 */
import { describe, expect, it } from "vitest";
import { foreignMoneyFormat, moneyFormat } from "../../../src/core/currency";
import { renderText } from "../../../src/core/framework/text";
import { LATER_TRACKER_COLUMNS, TRACKER_KEYS } from "../../../src/core/tracker-columns";
import { loadBundle } from "../../../src/local/bundle";
import { catalogOf } from "../../../src/local/catalogs";
import { workbookSnapshot } from "../../../src/local/in-memory/snapshot";
import { locateHeader } from "../../../src/sheets/headers";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { followRowCurrencies } from "../../../src/sheets/row-currency";
import { SETTINGS_NAMES } from "../../../src/sheets/templates/named-ranges";
import { TRACKER } from "../../../src/sheets/templates/tracker";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { calendarDay } from "../../../src/sheets/workbook";
import { type frameworkColumn, inMemory, insert, post, trackerColumn } from "../../sheets/helpers";
import { moneySurfaces } from "./money-surfaces";

const CAMPAIGN = "Row Currencies";
const EURO_RATE = 1.1;
const KRONE_RATE = 0.15;

/** A US-dollar sheet with four posts, EUR and DKK rates, and a sales framework. */
function workbook() {
  const standIn = inMemory({ locale: "en_US", userLocale: "en_US" });
  insert(standIn.port);
  const ref = ownSheet(standIn.port, "tracker");
  const row = (cells: Parameters<typeof post>[0]) =>
    post({
      campaign: CAMPAIGN,
      platform: "Instagram",
      postDate: calendarDay("2026-06-10"),
      followers: 10_000,
      impressions: 5000,
      likes: 100,
      ...cells,
    });
  appendTrackerRows(standIn.port, ref, [
    row({ influencer: "Ada", cost: 1000, revenue: 1500 }),
    row({ influencer: "Ben", cost: 200, revenue: 500 }),
    row({ influencer: "Cy", cost: 2000, revenue: 0 }),
    row({ influencer: "Dee", cost: 100, revenue: 0 }),
  ]);
  const tracker = standIn.spreadsheet.sheetNamed(ref.name);
  if (!tracker) throw new Error("no tracker");
  const rates = standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.rates);
  if (!rates) throw new Error("no rates table");
  rates
    .getSheet()
    .getRange(rates.getRow(), rates.getColumn(), 2, 4)
    .setValues([
      ["EUR", EURO_RATE, new Date(Date.UTC(2026, 5, 1, 12)), "Contract"],
      ["DKK", KRONE_RATE, new Date(Date.UTC(2026, 5, 1, 12)), "Bank"],
    ]);
  const cell = (post: number, key: Parameters<typeof trackerColumn>[0]) =>
    tracker.getRange(TRACKER.firstDataRow + post, trackerColumn(key));
  /** A person types a row's currency: Sheets then runs the onEdit trigger. */
  const typeCurrency = (post: number, currency: string) => {
    const target = cell(post, "currency");
    target.setValue(currency);
    followRowCurrencies(
      standIn.port,
      ref.name,
      { row: target.getRow(), column: target.getColumn(), numRows: 1, numColumns: 1 },
      catalogOf,
    );
  };
  const surfaces = moneySurfaces(standIn, CAMPAIGN);
  const totals = (key: Parameters<typeof trackerColumn>[0]) => surfaces.totals(key) as number;
  const kpiRow = (key: Parameters<typeof frameworkColumn>[0]) => surfaces.kpiRow(key) as number;
  const { report } = surfaces;
  return { standIn, cell, typeCurrency, report, totals, kpiRow };
}

describe("the tracker's Currency column", () => {
  it("formats a row's amounts in the currency typed, and every surface converts them", () => {
    const { cell, typeCurrency, report, totals, kpiRow } = workbook();
    typeCurrency(0, "EUR");
    // Lower case and a sign naming one currency are read as its code.
    typeCurrency(2, "dkk");
    expect(cell(0, "cost").getNumberFormat()).toBe(foreignMoneyFormat("EUR"));
    expect(cell(0, "revenue").getNumberFormat()).toBe(foreignMoneyFormat("EUR"));
    // Kroner by their code: "kr." could be Swedish or Norwegian kronor too.
    expect(cell(2, "cost").getNumberFormat()).toBe("[$DKK ]#,##0.00");
    expect(cell(1, "cost").getNumberFormat()).toBe(moneyFormat("USD"));
    // Her cost per engagement is in euros too, and shown so.
    expect(cell(0, "cpe").getNumberFormat()).toBe(foreignMoneyFormat("EUR"));
    expect(cell(0, "emv").getNumberFormat()).toBe(moneyFormat("USD"));
    // The amounts themselves are never changed.
    expect(cell(0, "cost").getValue()).toBe(1000);

    // Dee's cost: a format of the person's own naming euros, on a row that says kroner.
    cell(3, "cost").setNumberFormat('"€"#,##0.00');
    typeCurrency(3, "DKK");
    expect(cell(3, "cost").getNumberFormat()).toBe('"€"#,##0.00');
    expect(cell(3, "revenue").getNumberFormat()).toBe(foreignMoneyFormat("DKK"));

    // Spend: Ada's €1,000 at 1.1 + Ben's $200 + Cy's 2,000 kr at 0.15; Dee's is left out.
    const spend = 1000 * EURO_RATE + 200 + 2000 * KRONE_RATE;
    // Revenue: Ada's €1,500 at 1.1 + Ben's $500 + Cy's and Dee's 0.
    const revenue = 1500 * EURO_RATE + 500;
    // ROAS over the posts whose cost counts (Ada, Ben, Cy): all the revenue.
    const roas = revenue / spend;
    expect(spend).toBeCloseTo(1600, 9);
    const model = report();
    const figure = (key: string) => model.figures.find((f) => f.key === key)?.value;
    expect(model.header.spend).toBeCloseTo(spend, 9);
    expect(figure("revenue")).toBeCloseTo(revenue, 9);
    expect(figure("roas")).toBeCloseTo(roas, 9);
    expect(totals("cost")).toBeCloseTo(spend, 9);
    expect(totals("revenue")).toBeCloseTo(revenue, 9);
    expect(totals("roas")).toBeCloseTo(roas, 9);
    expect(kpiRow("spent")).toBeCloseTo(spend, 9);
    expect(kpiRow("actual")).toBeCloseTo(roas, 9);
    expect(
      model.header.rates.map(({ currency, cost, revenue }) => [currency, cost, revenue]),
    ).toEqual([
      ["EUR", 1000, 1500],
      ["DKK", 2000, 0],
    ]);
    // Dee's cost names both currencies and what to do.
    const issue = model.dataIssues.find((i) => i.cell.endsWith(`!S${TRACKER.firstDataRow + 3}`));
    const text = renderText(catalogOf("en"), issue?.problem ?? { key: "join.list" });
    expect(text).toContain("formatted as EUR");
    expect(text).toContain("Currency says DKK");
  });

  it("moves what a row's currency moves when it is changed or cleared, and nothing else", () => {
    const { cell, typeCurrency, report, totals, kpiRow } = workbook();
    typeCurrency(0, "EUR");
    expect(totals("cost")).toBeCloseTo(1000 * EURO_RATE + 200 + 2000 + 100, 9);
    typeCurrency(0, "DKK");
    expect(cell(0, "cost").getNumberFormat()).toBe(foreignMoneyFormat("DKK"));
    expect(totals("cost")).toBeCloseTo(1000 * KRONE_RATE + 2300, 9);
    // Cleared, the row is in the currency its amounts' formats show: still kroner.
    typeCurrency(0, "");
    expect(cell(0, "cost").getNumberFormat()).toBe(foreignMoneyFormat("DKK"));
    expect(totals("cost")).toBeCloseTo(1000 * KRONE_RATE + 2300, 9);
    typeCurrency(0, "USD");
    expect(cell(0, "cost").getNumberFormat()).toBe(moneyFormat("USD"));
    expect(totals("cost")).toBeCloseTo(3300, 9);
    expect(kpiRow("spent")).toBeCloseTo(3300, 9);
    expect(report().header.spend).toBeCloseTo(3300, 9);
    // Impressions never move.
    expect(totals("impressions")).toBe(20_000);
  });

  it("leaves out a row in a currency without a rate, saying what to add", () => {
    const { typeCurrency, report, totals } = workbook();
    typeCurrency(1, "GBP");
    expect(totals("cost")).toBeCloseTo(1000 + 2000 + 100, 9);
    const model = report();
    expect(model.header.spend).toBeCloseTo(3100, 9);
    const issue = model.dataIssues.find((i) => i.cell.endsWith(`!S${TRACKER.firstDataRow + 1}`));
    expect(renderText(catalogOf("en"), issue?.problem ?? { key: "join.list" })).toContain(
      "is in GBP by its row's Currency",
    );
  });

  it("keeps what each amount is in when Insert templates runs again", () => {
    const { standIn, cell, typeCurrency, totals } = workbook();
    typeCurrency(0, "EUR");
    // Ben's revenue formatted in euros by Format → Number → Currency, on a row without one.
    cell(1, "revenue").setValue("").setNumberFormat("[$€]#,##0.00").setValue(500);
    const spend = totals("cost");
    const revenue = totals("revenue");
    expect(revenue).toBeCloseTo(1500 * EURO_RATE + 500 * EURO_RATE, 9);
    insert(standIn.port);
    expect(cell(0, "cost").getNumberFormat()).toBe(foreignMoneyFormat("EUR"));
    expect(cell(0, "cpm").getNumberFormat()).toBe(foreignMoneyFormat("EUR"));
    expect(cell(1, "cpm").getNumberFormat()).toBe(moneyFormat("USD"));
    expect(cell(1, "revenue").getNumberFormat()).toBe("[$€]#,##0.00");
    // An empty row below takes the Settings currency's format, as before.
    expect(cell(10, "cost").getNumberFormat()).toBe(moneyFormat("USD"));
    expect(totals("cost")).toBeCloseTo(spend, 9);
    expect(totals("revenue")).toBeCloseTo(revenue, 9);
  });

  it("is what Code.js's onEdit does when a person pastes currencies down the column", () => {
    const { standIn, cell, totals } = workbook();
    const pasted = cell(0, "currency")
      .getSheet()
      .getRange(TRACKER.firstDataRow, trackerColumn("currency"), 3, 1);
    pasted.setValues([["EUR"], ["€"], ["DKK"]]);
    loadBundle(standIn.globals).call("onEdit", { authMode: "LIMITED", range: pasted });
    expect(cell(1, "cost").getNumberFormat()).toBe(foreignMoneyFormat("EUR"));
    expect(cell(2, "revenue").getNumberFormat()).toBe("[$DKK ]#,##0.00");
    expect(cell(3, "cost").getNumberFormat()).toBe(moneyFormat("USD"));
    expect(totals("cost")).toBeCloseTo((1000 + 200) * EURO_RATE + 2000 * KRONE_RATE + 100, 9);
  });

  it("counts a campaign's amounts at the rate Settings fixes for it, and others at the rate for all", () => {
    const { standIn, typeCurrency, report, totals, kpiRow } = workbook();
    const rates = standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.rates);
    rates
      ?.getSheet()
      .getRange((rates?.getRow() ?? 0) + 2, rates?.getColumn() ?? 0, 1, 5)
      .setValues([["EUR", 1.2, new Date(Date.UTC(2026, 4, 1, 12)), "Contract", CAMPAIGN]]);
    appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), [
      post({ campaign: "Other", influencer: "Eva", platform: "Instagram", cost: 100 }),
    ]);
    typeCurrency(0, "EUR");
    typeCurrency(4, "EUR");
    // The campaign's spend: Ada's €1,000 at its own 1.2 + $200 + $2,000 + $100.
    const spend = 1000 * 1.2 + 2300;
    expect(report().header.spend).toBeCloseTo(spend, 9);
    expect(kpiRow("spent")).toBeCloseTo(spend, 9);
    // Every campaign's: Eva's €100 at the rate for all, 1.1.
    expect(totals("cost")).toBeCloseTo(spend + 100 * EURO_RATE, 9);
    expect(report().header.rates).toEqual([
      expect.objectContaining({ currency: "EUR", rate: 1.2, campaign: CAMPAIGN, cost: 1000 }),
    ]);
  });

  it("changes nothing after an edit outside the Currency column", () => {
    const { standIn, cell } = workbook();
    const before = JSON.stringify(workbookSnapshot(standIn.spreadsheet));
    const target = cell(0, "cost");
    followRowCurrencies(
      standIn.port,
      target.getSheet().getName(),
      { row: target.getRow(), column: target.getColumn(), numRows: 1, numColumns: 1 },
      catalogOf,
    );
    expect(JSON.stringify(workbookSnapshot(standIn.spreadsheet))).toBe(before);
  });

  it("reads a tracker made before the column as all in the Settings currency", () => {
    const header = TRACKER_KEYS.filter((key) => key !== "currency").map(
      (key) => catalogOf("en")[`col.${key}`],
    );
    const positions = locateHeader(
      header,
      TRACKER_KEYS,
      [catalogOf("en")],
      { name: "Campaign Tracker" },
      LATER_TRACKER_COLUMNS,
    );
    expect(positions.currency).toBe(0);
    expect(positions.utmLink).toBe(20);
    expect(() =>
      locateHeader(header, TRACKER_KEYS, [catalogOf("en")], { name: "Campaign Tracker" }),
    ).toThrow("Currency");
  });
});
