/**
 * Clean up numbers: text with one reading becomes that number (noted), an amount formatted in
 * another currency becomes text with its currency (noted), the rest is listed and left; the
 * totals then count the fixed cells, nothing else changes, and the calls do not grow with rows.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "../../../src/core/i18n/languages";
import { cleanUpNumbers } from "../../../src/features/cleanup/clean-up";
import { describeCleanUp } from "../../../src/features/cleanup/describe";
import { catalogOf } from "../../../src/local/catalogs";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { formula } from "../../../src/sheets/workbook";
import { inMemory, insert, post, trackerColumn } from "../../sheets/helpers";

const catalogs = LANGUAGE_CODES.map(catalogOf);

function messyTracker(locale = "en_US") {
  const standIn = inMemory({ locale });
  insert(standIn.port);
  appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), [
    post({ campaign: "A", followers: "1.3M", likes: " 473 ", cost: "11,850", revenue: 20_000 }),
    post({ campaign: "A", followers: 5000, likes: 10, cost: "€1.200", revenue: 900 }),
    post({ campaign: "A", followers: 7000, likes: "lots", cost: "€ 760", revenue: 1500 }),
    post({ campaign: "A", followers: 9000, likes: formula("=2+3"), cost: 300, revenue: 600 }),
  ]);
  const sheet = standIn.spreadsheet.sheetNamed("Campaign Tracker");
  if (!sheet) throw new Error("no tracker");
  return { ...standIn, sheet };
}

describe("Clean up numbers", () => {
  it("turns text with one reading into numbers, each noted, and lists the rest", () => {
    const { port, sheet } = messyTracker();
    const cell = (key: Parameters<typeof trackerColumn>[0], row: number) =>
      sheet.getRange(row, trackerColumn(key));
    const result = cleanUpNumbers(port, catalogs, catalogOf("en"));
    expect(result).toMatchObject({ converted: 3, marked: 0, currency: "USD" });
    expect(cell("followers", 3).getValue()).toBe(1_300_000);
    expect(cell("likes", 3).getValue()).toBe(473);
    expect(cell("cost", 3).getValue()).toBe(11_850);
    expect(cell("cost", 3).getNote()).toMatch(/^Was the text "11,850"; Clean up numbers made it/);
    // Left as they are: two readings, another currency, not a number; a formula stays one.
    expect(result.left.map((l) => `${l.cell} ${l.value}`)).toEqual([
      `${letter("cost")}4 €1.200`,
      `${letter("likes")}5 lots`,
      `${letter("cost")}5 € 760`,
    ]);
    expect(cell("cost", 4).getValue()).toBe("€1.200");
    expect(cell("likes", 6).getFormula()).toBe("=2+3");
    // The totals row now counts the fixed cells.
    expect(cell("cost", 2).getValue()).toBe(11_850 + 300);
    expect(cell("likes", 2).getValue()).toBe(473 + 10 + 5);
    const said = describeCleanUp(result, catalogOf("en"));
    expect(said).toContain("Numbers typed as text, now numbers: 3.");
    expect(said).toContain('(€1.200): is "€1.200", an amount in another currency than USD');
    expect(said).toContain('(€ 760): is "€ 760", an amount in another currency than USD');
  });

  it("turns an amount formatted in another currency into text with its currency", () => {
    const { port, sheet } = messyTracker("it_IT");
    const cost = sheet.getRange(6, trackerColumn("cost"));
    // As Sheets makes it of "€ 760" typed in an Italian spreadsheet: a number in euros.
    cost.setNumberFormat("[$€]#,##0.00").setValue(760);
    // The totals row leaves it out already, as the report does: its format names euros.
    expect(sheet.getRange(2, trackerColumn("cost")).getValue()).toBe(0);
    const result = cleanUpNumbers(port, catalogs, catalogOf("it"));
    expect(result.marked).toBe(1);
    expect(cost.getValue()).toBe("€ 760");
    expect(cost.getNote()).toMatch(/^Era 760 formattato in EUR; Sistema i numeri lo ha reso testo/);
    // "11,850" is 11.85 in Italian; the euros no longer count as dollars.
    expect(sheet.getRange(2, trackerColumn("cost")).getValue()).toBe(11.85);
  });

  it("changes nothing else, and does nothing where every number counts", () => {
    const { port, sheet, spreadsheet } = messyTracker();
    sheet.getRange(4, trackerColumn("impressions")).setNote("from the creator's screenshot");
    cleanUpNumbers(port, catalogs, catalogOf("en"));
    expect(sheet.getRange(4, trackerColumn("impressions")).getNote()).toBe(
      "from the creator's screenshot",
    );
    spreadsheet.log.reset();
    const again = cleanUpNumbers(port, catalogs, catalogOf("en"));
    expect(again.converted).toBe(0);
    expect(spreadsheet.log.writes).toBe(0);
  });

  it("takes the same calls at 10 and 2,000 rows", () => {
    const calls = (rows: number) => {
      const { port, spreadsheet } = inMemory();
      insert(port);
      appendTrackerRows(
        port,
        ownSheet(port, "tracker"),
        Array.from({ length: rows }, (_, i) => post({ campaign: "A", likes: `${i + 1}`, cost: 5 })),
      );
      spreadsheet.log.reset();
      cleanUpNumbers(port, catalogs, catalogOf("en"));
      return spreadsheet.log.sheetsCalls;
    };
    expect(calls(2000)).toBe(calls(10));
  });
});

const letter = (key: Parameters<typeof trackerColumn>[0]) =>
  String.fromCharCode(64 + trackerColumn(key));
