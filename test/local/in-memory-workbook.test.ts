import { describe, expect, it } from "vitest";
import { createAppsScript } from "../../src/local/in-memory";

function sheetWith(values: unknown[][]) {
  const { spreadsheet } = createAppsScript();
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
