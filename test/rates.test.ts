/** Settings' exchange rates table read into rates, never guessing one. */
import { describe, expect, it } from "vitest";
import { ratesFor, readRates } from "../src/core/rates";

const day = (date: Date) => date.toISOString().slice(0, 10);

describe("readRates", () => {
  it("reads a currency's rate with its day and source, by its code in any case", () => {
    const table = readRates(
      [
        [" eur ", 1.08, new Date(Date.UTC(2026, 5, 1)), "ECB"],
        ["DKK", 0.145, "2026-06-02", ""],
        ["", "", "", ""],
      ],
      "USD",
      30,
      day,
    );
    expect([...table.rates.values()]).toEqual([
      { currency: "EUR", rate: 1.08, asOf: "2026-06-01", source: "ECB", campaign: "" },
      { currency: "DKK", rate: 0.145, asOf: "2026-06-02", source: "", campaign: "" },
    ]);
    expect(table.problems).toEqual([]);
  });

  it("gives no rate where the table cannot say one: two rates, no number, 0, an unknown code", () => {
    const table = readRates(
      [
        ["EUR", 1.08, "", ""],
        ["EUR", 1.1, "", ""],
        ["GBP", "1,27", "", ""],
        ["CHF", 0, "", ""],
        ["XYZ", 2, "", ""],
        ["USD", 3, "", ""],
      ],
      "USD",
      30,
      day,
    );
    expect(table.rates.size).toBe(0);
    expect(table.problems).toEqual([
      { why: "twice", row: 31, currency: "EUR" },
      { why: "rate", row: 32, currency: "GBP" },
      { why: "rate", row: 33, currency: "CHF" },
      { why: "currency", row: 34, text: "XYZ" },
    ]);
  });

  it("fixes a rate for a campaign beside the rate for every campaign, each read once", () => {
    const table = readRates(
      [
        ["EUR", 1.1, "", "Bank", ""],
        ["EUR", 1.2, "", "Contract", " Summer Sun Sale "],
        ["GBP", 1.3, "", "Contract", "Summer Sun Sale"],
        ["GBP", 1.31, "", "Contract", "summer sun sale"],
      ],
      "USD",
      30,
      (date) => date.toISOString().slice(0, 10),
    );
    expect(table.rates.get("EUR")?.rate).toBe(1.1);
    const summer = ratesFor(table)("SUMMER SUN SALE");
    expect(summer.get("EUR")).toMatchObject({ rate: 1.2, campaign: "Summer Sun Sale" });
    // Two rates for GBP in the same campaign: none, and said so.
    expect(summer.has("GBP")).toBe(false);
    expect(table.problems).toEqual([{ why: "twice", row: 33, currency: "GBP" }]);
    expect(ratesFor(table)("Spring").get("EUR")?.rate).toBe(1.1);
  });
});
