import { describe, expect, it } from "vitest";
import { CURRENCIES, CURRENCY_MARKS, moneyFormat, readCurrency } from "../src/core/currency";
import { readNumber } from "../src/core/numbers";

const value = (input: unknown) => {
  const read = readNumber(input);
  return read.kind === "number" ? read.value : read.kind;
};

describe("readNumber", () => {
  it.each([
    [1234, 1234],
    [0.045, 0.045],
    [-5, -5],
    ["12.5K", 12500],
    ["12.5k", 12500],
    ["1.2M", 1_200_000],
    ["3B", 3_000_000_000],
    ["1,234", 1234],
    ["1,234,567", 1_234_567],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["1.234.567", 1_234_567],
    ["0.125", 0.125],
    ["1234.567", 1234.567],
    ["1.234K", 1234],
    ["kr 500", 500],
    ["500 kr.", 500],
    ["5 kr", 5],
    ["1 200 сом", 1200],
    ["12,5", 12.5],
    ["0,5", 0.5],
    ["1.5", 1.5],
    ["4.5%", 0.045],
    ["12 %", 0.12],
    ["$1,200", 1200],
    ["€ 950", 950],
    ["950 €", 950],
    ["EUR 1,000", 1000],
    ["1 234", 1234],
    ["1\u00a0234,5", 1234.5],
    ["  850  ", 850],
    ["-1,200", -1200],
    ["$-5", -5],
    ["-$5", -5],
    ["(1,200)", -1200],
    ["+42", 42],
    ["1 234 567", 1_234_567],
    ["12 500", 12_500],
    ["1 234,50", 1234.5],
    ["1 234,567", 1234.567],
    ["1 234.5", 1234.5],
    ["-1 234", -1234],
    ["1\u202f234\u202f567", 1_234_567],
    ["1\u2009234,5", 1234.5],
    ["1 200 K", 1_200_000],
    ["12.5 K", 12_500],
    ["сом 12 500", 12_500],
    ["1 234,50 kr.", 1234.5],
    ["kr. 500", 500],
    ["zł 1 200", 1200],
    ["R$ 1.200,50", 1200.5],
    ["CA$1,200", 1200],
    ["1,200 CA$", 1200],
    ["A$ 950", 950],
    ["MX$200", 200],
    ["₩12,000", 12_000],
    ["₺500", 500],
    ["500 TL", 500],
    ["1200 PLN", 1200],
    ["brl 99", 99],
  ])("reads %j as %d", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each([[""], ["   "], [null], [undefined]])("reads %j as blank", (input) => {
    expect(value(input)).toBe("blank");
  });

  it.each([
    ["abc", 'is "abc", not a number'],
    ["12..5", 'is "12..5", not a number'],
    ["1,23,4", 'is "1,23,4", not a number'],
    ["K", 'is "K", not a number'],
    ["%", 'is "%", not a number'],
    ["n/a", 'is "n/a", not a number'],
    ["--5", 'is "--5", not a number'],
    ["-$-5", 'is "-$-5", not a number'],
    ["(-5)", 'is "(-5)", not a number'],
    ["12.500", 'is "12.500", which reads as 12.500 or 12500'],
    ["$1.200", 'is "$1.200", which reads as 1.200 or 1200'],
    [true, "is TRUE, not a number"],
    [new Date(2026, 0, 1), "is a date, not a number"],
    [Number.NaN, "is not a finite number"],
    [Number.POSITIVE_INFINITY, "is not a finite number"],
    [{}, "is not a number"],
    ["10 15", 'is "10 15": spaces split the digits, not into groups of three'],
    ["12 5", 'is "12 5": spaces split the digits, not into groups of three'],
    ["1 23 4", 'is "1 23 4": spaces split the digits, not into groups of three'],
    ["1 234 5,5", 'is "1 234 5,5": spaces split the digits, not into groups of three'],
    ["$10 15", 'is "$10 15": spaces split the digits, not into groups of three'],
    ["1 234.567,5", 'is "1 234.567,5", not a number'],
  ])("rejects %j", (input, problem) => {
    expect(readNumber(input)).toEqual({ kind: "bad", problem });
  });

  it("never reads a number past the largest double as Infinity", () => {
    const problem = 'is "99999999999999999999999…", too large (over 1e308)';
    expect(readNumber("9".repeat(400))).toEqual({ kind: "bad", problem });
    expect(readNumber(`${"9".repeat(300)}B`)).toEqual({ kind: "bad", problem });
    expect(readNumber(`${"9".repeat(300)}%`)).toEqual({ kind: "number", value: 1e298 });
  });

  it("shortens long text in its message", () => {
    const read = readNumber("this is a very long note that someone typed");
    expect(read).toEqual({ kind: "bad", problem: 'is "this is a very long not…", not a number' });
  });
});

describe("currencies", () => {
  it("every code and symbol reads before or after an amount", () => {
    for (const mark of [...CURRENCIES, ...CURRENCY_MARKS]) {
      expect(value(`${mark}1,200`), mark).toBe(1200);
      expect(value(`${mark} 1 200`), mark).toBe(1200);
      expect(value(`1,200 ${mark}`), mark).toBe(1200);
    }
  });

  it("formats money with the symbol Sheets shows", () => {
    expect(moneyFormat("USD")).toBe("[$$]#,##0.00");
    expect(moneyFormat("CAD", 0)).toBe("[$CA$]#,##0");
    expect(moneyFormat("PLN")).toBe("[$zł ]#,##0.00");
    expect(moneyFormat("SEK")).toBe("[$kr ]#,##0.00");
    expect(moneyFormat("CHF")).toBe("[$CHF ]#,##0.00");
  });

  it("reads a currency code as typed", () => {
    expect(readCurrency(" pln ")).toBe("PLN");
    expect(readCurrency("zł")).toBeUndefined();
    expect(readCurrency(12)).toBeUndefined();
  });
});
