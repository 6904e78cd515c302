import { describe, expect, it } from "vitest";
import {
  CURRENCIES,
  CURRENCY_MARKS,
  currenciesOfMark,
  moneyFormat,
  readCurrency,
} from "../src/core/currency";
import { format } from "../src/core/i18n/catalog";
import { en as english } from "../src/core/i18n/en";
import { numberConventions } from "../src/core/i18n/number-format";
import { readNumber } from "../src/core/numbers";

/** A cell as read in a locale (none: the locale is unknown): its number, or its problem. */
const value = (input: unknown, locale?: string) => {
  const read = readNumber(input, numberConventions(locale));
  if (read.kind === "number") return read.value;
  if (read.kind === "blank") return "blank";
  return format(english, read.problem.key, read.problem.params);
};

describe("readNumber", () => {
  // Text here means one number whatever the locale, so an unknown locale reads it too.
  it.each([
    [1234, 1234],
    [0.045, 0.045],
    [-5, -5],
    ["12.5K", 12500],
    ["12.5k", 12500],
    ["1.2M", 1_200_000],
    ["3B", 3_000_000_000],
    ["1,234,567", 1_234_567],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["1.234.567", 1_234_567],
    ["0.125", 0.125],
    ["1234.567", 1234.567],
    ["kr 500", 500],
    ["500 kr.", 500],
    ["5 kr", 5],
    ["1 200 сом", 1200],
    ["12,5", 12.5],
    ["0,5", 0.5],
    ["0,500", 0.5],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["1200", 1200],
    ["4.5%", 0.045],
    ["12 %", 0.12],
    ["€ 950", 950],
    ["950 €", 950],
    ["1 234", 1234],
    ["1\u00a0234,5", 1234.5],
    ["  850  ", 850],
    ["$-5", -5],
    ["-$5", -5],
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
    ["A$ 950", 950],
    ["MX$200", 200],
    ["₺500", 500],
    ["500 TL", 500],
    ["1200 PLN", 1200],
    ["brl 99", 99],
    ["1'234.5", 1234.5],
  ])("reads %j as %d in an unknown locale", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each([[""], ["   "], [null], [undefined]])("reads %j as blank", (input) => {
    expect(value(input)).toBe("blank");
    expect(value(input, "da_DK")).toBe("blank");
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
  ])("rejects %j in every locale", (input, problem) => {
    for (const locale of [undefined, "en_US", "da_DK", "ky_KG", "de_CH"]) {
      expect(value(input, locale), locale).toBe(problem);
    }
  });

  it("says what is wrong as a message to show in the reader's language", () => {
    expect(readNumber("abc")).toEqual({
      kind: "bad",
      problem: { key: "problem.textNotNumber", params: { text: '"abc"' } },
    });
    expect(readNumber(false)).toEqual({
      kind: "bad",
      problem: { key: "problem.boolean", params: { value: "FALSE" } },
    });
    expect(readNumber("2,500")).toEqual({
      kind: "bad",
      problem: { key: "problem.ambiguous", params: { text: '"2,500"', first: 2500, second: 2.5 } },
    });
  });

  it("never reads a number past the largest double as Infinity", () => {
    const problem = 'is "99999999999999999999999…", too large (over 1e308)';
    expect(value("9".repeat(400))).toBe(problem);
    expect(value(`${"9".repeat(300)}B`, "en_US")).toBe(problem);
    expect(value(`${"9".repeat(300)}%`, "da_DK")).toBe(1e298);
  });

  it("shortens long text in its message", () => {
    expect(value("this is a very long note that someone typed")).toBe(
      'is "this is a very long not…", not a number',
    );
  });
});

describe("text numbers in the spreadsheet's locale", () => {
  it.each([
    ["en_US", "2,500", 2500],
    ["en_US", "1,234", 1234],
    ["en_US", "1,234.5", 1234.5],
    ["en_US", "1.250", 1.25],
    ["en_US", "$1,200", 1200],
    ["en_US", "-1,200", -1200],
    ["en_US", "(1,200)", -1200],
    ["en_US", "CA$1,200", 1200],
    ["en_US", "1,200 CA$", 1200],
    ["en_US", "EUR 1.000,50", 1000.5],
    ["it_IT", "$1,200.50", 1200.5],
    ["en_US", "₩12,000", 12_000],
    ["en_US", "1.234K", 1234],
    ["en_US", "1,234K", 1_234_000],
    ["en_US", "12,5K", 12_500],
    ["en_US", "4.5%", 0.045],
    ["en_US", "1 234,5", 1234.5],
    ["en_GB", "£1,200.50", 1200.5],
    ["en_AU", "12,500", 12_500],
    ["en_CA", "12,500", 12_500],
    ["en_IN", "12,500", 12_500],
    ["en_IN", "12,34,567.5", 1_234_567.5],
    ["en_IN", "1,234,567", 1_234_567],
    ["da_DK", "2,500", 2.5],
    ["da_DK", "1.234,5", 1234.5],
    ["da_DK", "1.250", 1250],
    ["da_DK", "4,5 %", 0.045],
    ["da_DK", "4,5%", 0.045],
    ["da_DK", "1 234,50 kr.", 1234.5],
    ["da_DK", "kr. 1.234,50", 1234.5],
    ["da_DK", "12,5K", 12_500],
    ["da_DK", "12.5K", 12_500],
    ["da_DK", "0,5", 0.5],
    ["da-DK", "2,500", 2.5],
    ["it_IT", "2,500", 2.5],
    ["it_IT", "1.234,5", 1234.5],
    ["it_IT", "4,5 %", 0.045],
    ["it_IT", "€ 1.200,50", 1200.5],
    ["it_IT", "1.200,50 €", 1200.5],
    ["it", "2,500", 2.5],
    ["de_DE", "1.234.567,89", 1_234_567.89],
    ["pt_BR", "R$ 1.200,50", 1200.5],
    ["ky_KG", "сом 12 500", 12_500],
    ["ky_KG", "12 500 сом", 12_500],
    ["ky_KG", "12\u00a0500,5", 12_500.5],
    ["ky_KG", "4,5 %", 0.045],
    ["ky_KG", "2,500", 2.5],
    ["ky_KG", "12,5K", 12_500],
    ["ky_KG", "12.5K", 12_500],
    ["fr_FR", "1\u202f234,5", 1234.5],
    ["ru_RU", "1\u00a0234,5", 1234.5],
    ["zh_CN", "¥1,200", 1200],
    ["zh_CN", "2,500", 2500],
    ["zh_TW", "2,500", 2500],
    ["ja_JP", "¥1,200", 1200],
    ["ko_KR", "₩12,000", 12_000],
    ["de_CH", "1'234.50", 1234.5],
    ["de_CH", "1’234.50", 1234.5],
    ["de_CH", "2.500", 2.5],
  ])("%s reads %j as %d", (locale, input, expected) => {
    expect(value(input, locale)).toBe(expected);
  });

  it.each([
    ["da_DK", "1,234.5"],
    ["da_DK", "1.5"],
    ["da_DK", "4.5%"],
    ["da_DK", "1.23"],
    ["en_US", "1.234,5"],
    ["en_US", "12,5"],
    ["en_US", "1'234"],
    ["ky_KG", "1.234"],
    ["ky_KG", "1,234.5"],
    ["de_CH", "1,5"],
  ])("%s does not read %j, written with another locale's marks", (locale, input) => {
    expect(value(input, locale)).toBe(`is "${input}", not a number`);
  });

  it.each([
    ["2,500", 2500, 2.5],
    ["12,500", 12_500, 12.5],
    ["1,234", 1234, 1.234],
    ["1.250", 1.25, 1250],
    ["12.500", 12.5, 12_500],
    ["$1.200", 1.2, 1200],
    ["-1,200", -1200, -1.2],
    ["(1.200)", -1.2, -1200],
    ["1,234K", 1_234_000, 1234],
    ["1.234K", 1234, 1_234_000],
    ["2,500%", 25, 0.025],
  ])("where the locale is unknown, %j is an error naming both readings", (input, a, b) => {
    const problem = `is "${input}", which reads as ${a} or ${b}`;
    expect(value(input)).toBe(problem);
    expect(value(input, "xx_YY")).toBe(problem);
  });

  it("knows the conventions of each locale in its table", () => {
    const marks = (locale: string) => {
      const c = numberConventions(locale);
      return c && `${c.decimal} ${c.groups}`;
    };
    for (const locale of ["en_US", "en_GB", "en_AU", "en_CA", "en_IN", "zh_CN", "zh_TW"]) {
      expect(marks(locale), locale).toBe(". ,");
    }
    for (const locale of ["ja_JP", "ko_KR"]) expect(marks(locale), locale).toBe(". ,");
    for (const locale of ["da_DK", "it_IT", "de_DE", "es_ES", "pt_BR", "nl_NL", "id_ID", "tr_TR"]) {
      expect(marks(locale), locale).toBe(", .");
    }
    const spaces = `, ${" \u00a0\u2009\u202f"}`;
    for (const locale of ["ky_KG", "ru_RU", "fr_FR", "sv_SE", "nb_NO", "fi_FI", "pl_PL"]) {
      expect(marks(locale), locale).toBe(spaces);
    }
    for (const locale of ["uk_UA", "kk_KZ", "cs_CZ"]) expect(marks(locale), locale).toBe(spaces);
    expect(marks("de_CH")).toBe(". '’");
    for (const locale of [undefined, "", "xx_YY", "en_ZA", "es_MX", "pt_PT"]) {
      expect(numberConventions(locale), locale).toBeUndefined();
    }
  });
});

describe("currencies", () => {
  it("every code and symbol reads before or after an amount, written as at home", () => {
    for (const mark of [...CURRENCIES, ...CURRENCY_MARKS]) {
      const home = currenciesOfMark(mark)[0]?.decimal ?? ".";
      const [locale, grouped, decimals] =
        home === "." ? ["en_US", "1,200", "1,200.5"] : ["da_DK", "1.200", "1.200,5"];
      expect(value(`${mark}${grouped}`, locale), mark).toBe(1200);
      expect(value(`${decimals} ${mark}`, locale), mark).toBe(1200.5);
      expect(value(`${mark} 1 200`), mark).toBe(1200);
    }
  });

  it("names both readings where the currency's home writes numbers the other way", () => {
    expect(value("€1.200", "en_US")).toBe('is "€1.200", which reads as 1.2 or 1200');
    expect(value("kr. 1.200", "en_US")).toBe('is "kr. 1.200", which reads as 1.2 or 1200');
    expect(value("$1,200", "da_DK")).toBe('is "$1,200", which reads as 1.2 or 1200');
    expect(value("£1,200", "it_IT")).toBe('is "£1,200", which reads as 1.2 or 1200');
    // One reading only: read that way.
    expect(value("€1.200,50", "en_US")).toBe(1200.5);
    expect(value("€1,200", "en_US")).toBe('is "€1,200", which reads as 1200 or 1.2');
  });

  it("in locales that group with spaces, 1.234K could be a thousand or a million", () => {
    expect(value("1.234K", "ky_KG")).toBe('is "1.234K", which reads as 1234 or 1234000');
    expect(value("12,5K", "ky_KG")).toBe(12_500);
  });

  it("given the sheet's currency, an amount in another is not a number of it", () => {
    const read = readNumber("€ 760", numberConventions("en_US"), "USD");
    expect(read.kind === "bad" && format(english, read.problem.key, read.problem.params)).toBe(
      'is "€ 760", an amount in another currency than USD',
    );
    expect(readNumber("$760", numberConventions("en_US"), "USD")).toEqual({
      kind: "number",
      value: 760,
    });
    expect(readNumber("760", numberConventions("en_US"), "EUR")).toEqual({
      kind: "number",
      value: 760,
    });
  });

  it("formats money with the symbol Sheets shows", () => {
    expect(moneyFormat("USD")).toBe("[$$]#,##0.00");
    expect(moneyFormat("CAD", false, 0)).toBe("[$CA$]#,##0");
    expect(moneyFormat("DKK", true)).toBe("#,##0.00 [$kr.]");
    expect(moneyFormat("KGS", true)).toBe("#,##0.00 [$сом]");
    expect(moneyFormat("EUR", true)).toBe("#,##0.00 [$€]");
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
