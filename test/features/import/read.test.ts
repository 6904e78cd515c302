/**
 * Cells read the file's own way: its decimal mark and date order detected from its cells (or
 * offered, and said where from, where the cells read either way), dates without a year, the
 * marks exports write for "no value", a Total row, amounts in another currency.
 */
import { describe, expect, it } from "vitest";
import { detectConventions } from "../../../src/features/import/conventions";
import { scanDate, settleDate } from "../../../src/features/import/dates";
import type { FieldKey } from "../../../src/features/import/fields";
import type { RawTable } from "../../../src/features/import/files/table";
import { readRecords } from "../../../src/features/import/read";

const tableOf = (header: string[], ...rows: (string | number)[][]): RawTable => ({
  header,
  above: [],
  headerLine: 1,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

const options = {
  conventions: { decimal: "." as const, dateOrder: "mdy" as const, year: "recent" as const },
  currency: "USD",
  today: "2026-03-10",
  totalWords: ["Totals", "I alt"],
};

describe("the file's decimal mark", () => {
  const detect = (values: string[], locale = "en_US") =>
    detectConventions(tableOf(["Likes"], ...values.map((v) => [v])), ["likes"], undefined, locale)
      .decimal;

  it("is shown by a cell that reads one way only", () => {
    expect(detect(["1,234", "12,5"])).toEqual({
      value: ",",
      basis: { from: "file", example: { line: 3, column: "Likes", text: "12,5" } },
      matters: true,
    });
    expect(detect(["1.2K"]).value).toBe(".");
    expect(detect(["1.234.567"]).value).toBe(",");
    expect(detect(["1.234,5"]).value).toBe(",");
  });

  it("is the spreadsheet's where every cell reads either way, and says so", () => {
    expect(detect(["1,234"])).toEqual({ value: ".", basis: { from: "locale" }, matters: true });
    expect(detect(["1.234"], "da_DK")).toEqual({
      value: ",",
      basis: { from: "locale" },
      matters: true,
    });
  });

  it("is the reader's choice where the file writes both", () => {
    expect(detect(["12,5", "3.75"]).value).toBeNull();
    expect(detect(["12,5", "3.75"]).basis.from).toBe("conflict");
  });

  it("does not matter where no cell has a mark", () => {
    expect(detect(["1234", "5"]).matters).toBe(false);
  });
});

describe("dates", () => {
  it("reads the forms exports write", () => {
    const day = (text: string, order: "mdy" | "dmy" = "mdy") =>
      settleDate(scanDate(text), order, "recent", "2026-03-10");
    expect(day("2026-03-25")).toBe("2026-03-25");
    expect(day("2026-03-25T22:00:00Z")).toBe("2026-03-25");
    expect(day("2025-03-25 22:00 +0000")).toBe("2025-03-25");
    expect(day("20260301")).toBe("2026-03-01");
    expect(day("03/25/2025 22:00")).toBe("2025-03-25");
    expect(day("25.03.2025", "dmy")).toBe("2025-03-25");
    expect(day("Mar 25, 2025")).toBe("2025-03-25");
    expect(day("25 March 2025")).toBe("2025-03-25");
    expect(day("Tuesday, March 25, 2025")).toBe("2025-03-25");
    expect(day("02/30/2025")).toBeUndefined();
    expect(day("Lifetime")).toBeUndefined();
  });

  it("gives a date without a year the latest year up to today, or the year chosen", () => {
    expect(settleDate(scanDate("March 1"), "mdy", "recent", "2026-03-10")).toBe("2026-03-01");
    expect(settleDate(scanDate("August 31"), "mdy", "recent", "2026-03-10")).toBe("2025-08-31");
    expect(settleDate(scanDate("August 31"), "mdy", 2024, "2026-03-10")).toBe("2024-08-31");
  });

  it("reads a workbook's date serial", () => {
    expect(settleDate(scanDate(46_106), "mdy", "recent", "2026-03-10")).toBe("2026-03-25");
  });

  it("takes the date order from a day over 12, else from the export or the spreadsheet", () => {
    const order = (values: string[], locale = "en_US") =>
      detectConventions(
        tableOf(["Date"], ...values.map((v) => [v])),
        ["postDate"],
        undefined,
        locale,
      ).dateOrder;
    expect(order(["03/04/2026", "25/03/2026"]).value).toBe("dmy");
    expect(order(["03/04/2026"])).toEqual({
      value: "mdy",
      basis: { from: "locale" },
      matters: true,
    });
    expect(order(["03/04/2026"], "it_IT").value).toBe("dmy");
    expect(
      detectConventions(
        tableOf(["Date"], ["03/04/2026"]),
        ["postDate"],
        { dateOrder: "mdy" },
        "it_IT",
      ).dateOrder,
    ).toEqual({ value: "mdy", basis: { from: "source" }, matters: true });
  });
});

describe("reading cells", () => {
  const fields: FieldKey[] = ["postUrl", "likes", "cost", "postDate", "notes"];
  const read = (...rows: (string | number)[][]) =>
    readRecords(tableOf(["Link", "Likes", "Cost", "Date", "Notes"], ...rows), fields, options);

  it("reads numbers, days and text; blanks and dashes are no value", () => {
    expect(
      read(["https://x.com/a/status/1", "12.5K", "$1,200", "03/05/2026", " =1+1 "]).records,
    ).toEqual([
      { line: 2, values: ["https://x.com/a/status/1", 12_500, 1200, "2026-03-05", "=1+1"] },
    ]);
    expect(read(["https://x.com/a/status/1", "—", "-", "", "N/A"]).records[0]?.values).toEqual([
      "https://x.com/a/status/1",
      null,
      null,
      null,
      "N/A",
    ]);
  });

  it("keeps an amount in another currency as text, and lists it", () => {
    const result = read(["https://x.com/a/status/1", "5", "€ 760", "", ""]);
    expect(result.records[0]?.values[2]).toBe("€ 760");
    expect(result.problems).toEqual([
      {
        line: 2,
        column: "Cost",
        value: "€ 760",
        problem: {
          key: "problem.otherCurrency",
          params: { text: '"€ 760"', currency: "USD", other: "EUR" },
        },
        asText: true,
      },
    ]);
  });

  it("lists what it cannot read, and reads nothing from it", () => {
    const result = read(["https://x.com/a/status/1", "-3", "lots", "soon", "ok\u0000"]);
    expect(result.records[0]?.values).toEqual(["https://x.com/a/status/1", null, null, null, null]);
    expect(result.problems.map((p) => [p.column, p.problem.key])).toEqual([
      ["Likes", "problem.negative"],
      ["Cost", "problem.textNotNumber"],
      ["Date", "import.cell.notDate"],
      ["Notes", "import.cell.control"],
    ]);
  });

  it("leaves a Total row out, in the exports' words and the tracker's", () => {
    const result = read(
      ["Total", "900", "", "", ""],
      ["I alt", "90", "", "", ""],
      ["https://x.com/a/status/1", "5", "", "", ""],
    );
    expect(result.records).toHaveLength(1);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      { key: "import.skip.total", params: { text: "Total" } },
      { key: "import.skip.total", params: { text: "I alt" } },
    ]);
  });
});
