import { describe, expect, it } from "vitest";
import { format } from "../../src/core/i18n/catalog";
import { catalogOf } from "../../src/local/catalogs";
import { createAppsScript } from "../../src/local/in-memory/index";

function sheetWith(values: unknown[][], locale?: string) {
  const { spreadsheet } = createAppsScript(locale === undefined ? {} : { locale });
  const sheet = spreadsheet.getActiveSheet();
  sheet.getRange(1, 1, values.length, values[0]?.length ?? 1).setValues(values);
  return { spreadsheet, sheet };
}

describe("the in-memory workbook", () => {
  it("evaluates native formulas and keeps their text", () => {
    const { sheet } = sheetWith([[2, 3, "=A1*B1", "=SUM(A1:B1)"]]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[2, 3, 6, 5]]);
    expect(sheet.getRange("C1:D1").getFormulas()).toEqual([["=A1*B1", "=SUM(A1:B1)"]]);
  });

  it("answers GOOGLEFINANCE currency pairs from the table it is given, #N/A for anything else", () => {
    const { spreadsheet } = createAppsScript();
    spreadsheet.setExchangeRates({ eurusd: 1.09 });
    const sheet = spreadsheet.getActiveSheet();
    sheet
      .getRange("A1:D1")
      .setValues([
        [
          '=GOOGLEFINANCE("CURRENCY:EURUSD")',
          '=GOOGLEFINANCE("currency:eurusd")',
          '=GOOGLEFINANCE("CURRENCY:GBPUSD")',
          '=GOOGLEFINANCE("NASDAQ:GOOG")',
        ],
      ]);
    sheet.getRange("E1").setValue('=GOOGLEFINANCE("CURRENCY:EURUSD", "price", DATE(2026,1,2))');
    expect(sheet.getRange("A1:E1").getValues()).toEqual([[1.09, 1.09, "#N/A", "#N/A", "#N/A"]]);
  });

  it("turns a string starting with = into a formula, and keeps '-prefixed text as text", () => {
    const { sheet } = sheetWith([["=1+1", "'=1+1", "'+SUM(1)", "", "@x"]]);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([[2, "=1+1", "+SUM(1)", "", "@x"]]);
    expect(sheet.getRange("A1:E1").getFormulas()).toEqual([["=1+1", "", "", "", ""]]);
  });

  it("evaluates our custom functions over open ranges, spilling like Sheets", () => {
    const { sheet } = sheetWith([
      ["Cost", "Engagements", "CPE"],
      [1000, 500, "=CPE(A2:A, B2:B)"],
      [300, 0, ""],
      ["", "", ""],
      [90, 30, ""],
    ]);
    expect(sheet.getRange("C1:C6").getValues()).toEqual([
      ["CPE"],
      [2],
      ["⚠ engagements is 0"],
      [""],
      [3],
      [""],
    ]);
    expect(sheet.getRange("C2").getFormula()).toBe("=CPE(A2:A, B2:B)");
  });

  it("shows a spill into occupied cells as #REF!", () => {
    const { sheet } = sheetWith([
      [10, "=TIER(A1:A3)"],
      [20_000, "mine"],
      [200_000, ""],
    ]);
    expect(sheet.getRange("B1").getValue()).toBe("#REF!");
    expect(sheet.getRange("B2").getValue()).toBe("mine");
  });

  it("reports a scalar custom-function error as #ERROR!", () => {
    const { sheet } = sheetWith([["=CPE(10, 0)"]]);
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
  });

  it("keeps open ranges reaching the last row after rows are added at the end", () => {
    const { sheet } = sheetWith([["=SUM(B2:B)", ""]]);
    sheet.insertRowsAfter(1000, 10);
    sheet.getRange(1010, 2).setValue(5);
    sheet.getRange(2, 2).setValue(1);
    expect(sheet.getRange("A1").getValue()).toBe(6);
    expect(sheet.getRange("A1").getFormula()).toBe("=SUM(B2:B)");
  });

  it("deletes rows a spilled array covers, and with its formula's row the array, as Sheets does", () => {
    const { sheet } = sheetWith([
      ["Cost", "Engagements", "CPE"],
      [1000, 500, "=CPE(A2:A, B2:B)"],
      [300, 100, ""],
      [90, 30, ""],
    ]);
    for (let round = 0; round < 2; round++) {
      sheet.insertRowsAfter(2, 1);
      sheet.getRange(3, 1, 1, 2).setValues([[50, 10]]);
      sheet.deleteRows(3, 1);
    }
    expect(sheet.getRange("C2:C4").getValues()).toEqual([[2], [3], [3]]);
    expect(sheet.getRange("C2").getFormula()).toBe("=CPE(A2:A, B2:B)");
    sheet.deleteRows(2, 1);
    expect(sheet.getRange("C1:C3").getValues()).toEqual([["CPE"], [""], [""]]);
  });

  it("moves an array formula's references up with it when rows above it are deleted", () => {
    const { sheet } = sheetWith([
      ["Cost", "Engagements", "CPE"],
      [0, 0, ""],
      [0, 0, ""],
      [300, 100, "=CPE(A4:A5, B$4:B$5)"],
      [90, 30, ""],
    ]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange("C2").getFormula()).toBe("=CPE(A2:A3, B$2:B$3)");
    expect(sheet.getRange("C2:C3").getValues()).toEqual([[3], [3]]);
  });

  it("fills an array again once the cell that blocked it is cleared, as Sheets does", () => {
    const { sheet } = sheetWith([
      [1, "=ARRAYFORMULA(A1:A3*2)"],
      [2, ""],
      [3, ""],
    ]);
    sheet.getRange("B2").setValue("x");
    expect(sheet.getRange("B1").getValue()).toBe("#REF!");
    sheet.getRange("B2").setValue("");
    expect(sheet.getRange("B1:B3").getValues()).toEqual([[2], [4], [6]]);
  });

  it("reads and writes dates as Date", () => {
    const date = new Date(Date.UTC(2026, 2, 1));
    const { sheet } = sheetWith([[date, "2026-04-02"]]);
    const [[a, b]] = sheet.getRange("A1:B1").getValues() as [[Date, Date]];
    expect(a.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(b.toISOString()).toBe("2026-04-02T00:00:00.000Z");
  });

  it("throws like Sheets on a range outside the sheet or data of the wrong shape", () => {
    const { sheet } = sheetWith([[1]]);
    expect(() => sheet.getRange(1001, 1)).toThrow("outside the dimensions of the sheet");
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([[1]])).toThrow("number of rows");
  });

  it("counts calls", () => {
    const { spreadsheet, sheet } = sheetWith([[1]]);
    spreadsheet.log.reset();
    sheet.getRange("A1:A2").getValues();
    expect(spreadsheet.log.total).toBe(2);
    expect(spreadsheet.log.counts.get("Range.getValues")).toBe(1);
  });
});

describe("text written by setValues", () => {
  it("becomes a number where Sheets would read it as one, and stays text otherwise", () => {
    const { sheet } = sheetWith([["1,234", "$1,200", " 473 ", "12.5K", "€ 950", "4.5%", "007"]]);
    expect(sheet.getRange("A1:G1").getValues()).toEqual([
      [1234, 1200, 473, "12.5K", "€ 950", 0.045, 7],
    ]);
  });
});

describe("errors", () => {
  it("read as Sheets shows them, in cells and as custom-function arguments", () => {
    const { sheet } = sheetWith([
      ["=1/0", "=CPE(10, A1:A2)", "=NA()"],
      ["", "", ""],
    ]);
    expect(sheet.getRange("A1").getValue()).toBe("#DIV/0!");
    expect(sheet.getRange("C1").getValue()).toBe("#N/A");
    expect(sheet.getRange("B1").getValue()).toBe('⚠ engagements is "#DIV/0!", not a number');
  });
});

/**
 * The same small tracker typed in five locales: cost, engagements and impressions as a user
 * there types them, a plain-text column ("@") whose text only our functions read, and CPE and
 * CPM over the columns.
 */
const TRACKERS = [
  {
    locale: "en_US",
    typed: [
      ["$1,200", "2,500", "4.5%"],
      ["300", "1,000", "12.5%"],
    ],
    text: ["12.5K", "1,250"],
  },
  {
    locale: "da_DK",
    typed: [
      ["1.200 kr.", "2.500", "4,5 %"],
      ["300", "1.000", "12,5 %"],
    ],
    text: ["12,5K", "1.250"],
  },
  {
    locale: "it_IT",
    typed: [
      ["€ 1.200", "2.500", "4,5%"],
      ["300", "1.000", "12,5%"],
    ],
    text: ["12,5K", "1.250"],
  },
  {
    locale: "zh_CN",
    typed: [
      ["¥1,200", "2,500", "4.5%"],
      ["300", "1,000", "12.5%"],
    ],
    text: ["12.5K", "1,250"],
  },
  {
    locale: "ky_KG",
    typed: [
      ["1 200 сом", "2 500", "4,5 %"],
      ["300", "1 000", "12,5 %"],
    ],
    text: ["12,5K", "1 250"],
  },
] as const;

describe.each(TRACKERS)("a tracker in $locale", ({ locale, typed, text }) => {
  function tracker() {
    const { spreadsheet, sheet } = sheetWith(
      [["Cost", "Engagements", "Rate", "Impressions"]],
      locale,
    );
    sheet.getRange("D2:D3").setNumberFormat("@");
    sheet.getRange("A2:D3").setValues(typed.map((line, r) => [...line, text[r]]));
    sheet.getRange("E1:F1").setValues([["=CPE(A2:A, B2:B)", "=CPM(A2:A, D2:D)"]]);
    return { spreadsheet, sheet };
  }

  it("types text numbers as Sheets does in the locale", () => {
    const { sheet } = tracker();
    expect(sheet.getRange("A2:C3").getValues()).toEqual([
      [1200, 2500, 0.045],
      [300, 1000, 0.125],
    ]);
    expect(sheet.getRange("D2:D3").getValues()).toEqual(text.map((t) => [t]));
  });

  it("runs our functions over typed numbers, and leaves out text naming how it reads there", () => {
    const { sheet } = tracker();
    const [first, second] = sheet.getRange("E1:F2").getValues();
    expect([first?.[0], second?.[0]]).toEqual([0.48, 0.3]);
    const reads = ["12.500", "12,500", "12\u00a0500", "1.250", "1,250", "1\u00a0250"];
    for (const cell of [first?.[1], second?.[1]]) {
      expect(String(cell)).toMatch(new RegExp(`^⚠ .*(${reads.join("|")})`));
    }
  });
});

describe("the spreadsheet's locale", () => {
  it("types 2,500 as 2.5 in da_DK and 2500 in en_US, and keeps other locales' forms as text", () => {
    const row = [["2,500", "1.234,5", "1.5", "4.5%", "12 500", "1,234.5"]];
    // "1.5" is no number in da_DK; typed there it may be the 1st of May, so the stand-in reads
    // it as that date (the strict reading: the reference does not say).
    const mayFirst = new Date(Date.UTC(new Date().getFullYear(), 4, 1));
    expect(sheetWith(row, "da_DK").sheet.getRange("A1:F1").getValues()).toEqual([
      [2.5, 1234.5, mayFirst, "4.5%", "12 500", "1,234.5"],
    ]);
    expect(sheetWith(row, "en_US").sheet.getRange("A1:F1").getValues()).toEqual([
      [2500, "1.234,5", 1.5, 0.045, "12 500", 1234.5],
    ]);
    const signed = sheetWith([["-1.234,5", "+2,5", "12 500", "12\u00a0500,5"]], "ky_KG");
    expect(signed.sheet.getRange("A1:D1").getValues()).toEqual([
      ["#ERROR!", 2.5, 12_500, 12_500.5],
    ]);
    expect(
      sheetWith([["-1.234,5"]], "da_DK")
        .sheet.getRange("A1")
        .getValue(),
    ).toBe(-1234.5);
  });

  it("keeps formulas, text marks and plain-text cells as they are in any locale", () => {
    const { sheet } = sheetWith([["=1+1", "'1.234,5", "", "@x"]], "da_DK");
    sheet.getRange("C1").setNumberFormat("@").setValue("1.234,5");
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[2, "1.234,5", "1.234,5", "@x"]]);
  });

  it("shows a bad cell of our functions in the locale's language", () => {
    const da = catalogOf("da");
    const { sheet } = sheetWith(
      [
        [1000, 500, "=CPE(A1:A, B1:B)"],
        [300, 0, ""],
        ["mange", 10, ""],
      ],
      "da_DK",
    );
    const oops = format(da, "problem.textNotNumber", { text: '"mange"' });
    expect(sheet.getRange("C1:C3").getValues()).toEqual([
      [2],
      [`⚠ ${da["arg.engagements"]} ${da["problem.zero"]}`],
      [`⚠ ${da["arg.cost"]} ${oops}`],
    ]);
    expect(da["problem.zero"]).not.toBe("is 0");
  });

  it("changed in File → Settings, computes every formula again and reads typing the new way", () => {
    const { spreadsheet, sheet } = sheetWith([
      [1000, 500, "=CPE(A1:A, B1:B)"],
      ["mange", 10, ""],
    ]);
    const bad = (catalog: ReturnType<typeof catalogOf>) =>
      `⚠ ${catalog["arg.cost"]} ${format(catalog, "problem.textNotNumber", { text: '"mange"' })}`;
    expect(sheet.getRange("C2").getValue()).toBe(bad(catalogOf("en")));
    spreadsheet.setSpreadsheetLocale("da_DK");
    expect(spreadsheet.getSpreadsheetLocale()).toBe("da_DK");
    expect(sheet.getRange("C2").getValue()).toBe(bad(catalogOf("da")));
    sheet.getRange("A3").setValue("2,5");
    expect(sheet.getRange("A3").getValue()).toBe(2.5);
  });

  it("lets our functions read the locale without counting a call of the add-on", () => {
    const { spreadsheet, sheet } = sheetWith([["2,5", "=CPE(A1, 1)"]], "da_DK");
    sheet.getRange("A2").setNumberFormat("@").setValue("2,5");
    spreadsheet.log.reset();
    sheet.getRange("B2").setValue("=CPE(A2, 1)");
    expect(sheet.getRange("B1").getValue()).toBe(2.5);
    // A plain-text cell is left out: a scalar call over it is an error, as in Sheets.
    expect(sheet.getRange("B2").getValue()).toBe("#ERROR!");
    expect(spreadsheet.log.counts.get("Spreadsheet.getSpreadsheetLocale")).toBeUndefined();
  });
});
