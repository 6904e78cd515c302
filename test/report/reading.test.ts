/** The reading rules every surface follows: how one cell, and one post's cells, count. */
import { describe, expect, it } from "vitest";
import { callCustomFunction } from "../../src/apps-script/custom-functions";
import { foreignCurrency, formatCurrency } from "../../src/core/currency";
import { renderText } from "../../src/core/framework/text";
import { en as english } from "../../src/core/i18n/en";
import { numberConventions } from "../../src/core/i18n/number-format";
import { type Reading, readCell, readPost } from "../../src/core/report/reading";

const US = { currency: "USD", conventions: numberConventions("en_US") };
const DK = { currency: "DKK", conventions: numberConventions("da_DK") };

/** A reading without its problem's text, for comparing. */
const kind = (reading: Reading) =>
  typeof reading === "object"
    ? { ...reading, ...("problem" in reading && { problem: renderText(english, reading.problem) }) }
    : reading;

describe("readCell (R1, R2)", () => {
  it("counts a number, keeps blank blank", () => {
    expect(readCell(1_200, "cost", US)).toBe(1_200);
    expect(readCell(0, "clicks", US)).toBe(0);
    expect(readCell(-50, "revenue", US)).toBe(-50);
    expect(readCell("", "clicks", US)).toBe("");
    expect(readCell(undefined, "clicks", US)).toBe("");
  });

  it("leaves out text with one reading, and says what it reads as in the sheet's locale", () => {
    expect(readCell("11,850", "cost", US)).toEqual({
      why: "text",
      reading: 11_850,
      low: 11_850,
      high: 11_850,
    });
    expect(readCell("1.3M", "followers", US)).toMatchObject({ why: "text", reading: 1_300_000 });
    expect(readCell(" 473 ", "likes", US)).toMatchObject({ why: "text", reading: 473 });
    expect(readCell("$1,200", "cost", US)).toMatchObject({ why: "text", reading: 1_200 });
    expect(readCell("1.234,5", "cost", DK)).toMatchObject({ why: "text", reading: 1_234.5 });
  });

  it("leaves out text with two readings, naming both", () => {
    const unknown = { currency: "USD", conventions: undefined };
    expect(readCell("2,500", "likes", unknown)).toEqual({
      why: "ambiguous",
      readings: [2_500, 2.5],
      low: 2.5,
      high: 2_500,
    });
  });

  it("leaves out an amount typed in another currency, or formatted in one", () => {
    expect(readCell("€ 760", "cost", US)).toEqual({
      why: "currency",
      currency: "EUR",
      by: "text",
      low: 0,
      high: Number.POSITIVE_INFINITY,
    });
    expect(readCell(760, "cost", US, "[$€]#,##0.00")).toMatchObject({
      why: "currency",
      currency: "EUR",
      by: "format",
    });
    expect(readCell(760, "revenue", DK, "#,##0.00 [$€]")).toMatchObject({ currency: "EUR" });
    // The Settings currency's own format, or none, counts; formats of other columns are not read.
    expect(readCell(760, "cost", US, "[$$]#,##0.00")).toBe(760);
    expect(readCell(760, "cost", DK, "#,##0.00 [$kr.]")).toBe(760);
    expect(readCell(760, "cost", US, "#,##0.00")).toBe(760);
    expect(readCell(760, "likes", US, "[$€]#,##0.00")).toBe(760);
  });

  it("leaves out flagged cells, error values, spaces, dates and booleans", () => {
    expect(kind(readCell("⚠ cost is 0", "cost", US))).toMatchObject({
      why: "unreadable",
      problem: "is flagged by the sheet (cost is 0)",
    });
    expect(kind(readCell("#N/A", "clicks", US))).toMatchObject({
      why: "unreadable",
      problem: 'is "#N/A", not a number',
    });
    expect(kind(readCell("   ", "clicks", US))).toMatchObject({
      problem: "holds only spaces, which Sheets counts as text, not blank",
    });
    expect(kind(readCell(new Date(0), "clicks", US))).toMatchObject({
      problem: "is a date, not a number",
    });
    expect(kind(readCell(true, "clicks", US))).toMatchObject({ problem: "is TRUE, not a number" });
    expect(readCell(Number.NaN, "clicks", US)).toMatchObject({ why: "unreadable" });
  });
});

describe("formatCurrency", () => {
  it("finds the currency a Sheets number format names", () => {
    expect(formatCurrency("[$€]#,##0.00")).toBe("€");
    expect(formatCurrency("#,##0.00 [$kr.]")).toBe("kr.");
    expect(formatCurrency('"€"#,##0')).toBe("€");
    expect(formatCurrency("[$€-410]#,##0.00")).toBe("€");
    expect(formatCurrency("[$EUR] #,##0")).toBe("EUR");
    expect(formatCurrency("$#,##0.00")).toBe("$");
    expect(formatCurrency("#,##0 €")).toBe("€");
  });

  it("finds none in a format without a currency", () => {
    for (const format of ["#,##0.00", "0", "0.00%", "[$-409]m/d/yyyy", '#,##0 "pcs"', "General"]) {
      expect(formatCurrency(format), format).toBeUndefined();
    }
  });
});

describe("foreignCurrency", () => {
  it("passes the Settings currency's own marks, names another's", () => {
    expect(foreignCurrency("$", "USD")).toBeUndefined();
    expect(foreignCurrency("US$", "USD")).toBeUndefined();
    expect(foreignCurrency("C$", "CAD")).toBeUndefined();
    expect(foreignCurrency("$", "CAD")).toBeUndefined();
    expect(foreignCurrency("kr", "DKK")).toBeUndefined();
    expect(foreignCurrency("€", "USD")).toBe("EUR");
    expect(foreignCurrency("CA$", "USD")).toBe("CAD");
    expect(foreignCurrency("kr.", "EUR")).toBe("kr.");
  });
});

describe("readPost (R4, R5, R6)", () => {
  it("adds engagements from their parts, blank parts as 0", () => {
    const post = readPost({ likes: 100, comments: 20, shares: "", saves: 5 }, US);
    expect(post.engagements).toBe(125);
    expect(readPost({}, US).engagements).toBe("");
  });

  it("has no engagements when a part is left out, with the span it could have", () => {
    const post = readPost({ likes: "1,000", comments: 20 }, US);
    expect(post.engagements).toEqual({ why: "parts", columns: ["likes"], low: 1_020, high: 1_020 });
  });

  it("has no engagements when a part is negative, as the tracker's ENGAGEMENTS flags it", () => {
    const post = readPost({ likes: 100, comments: -3, saves: 5 }, US);
    expect(post.engagements).toEqual({
      why: "parts",
      columns: ["comments"],
      low: 105,
      high: Number.POSITIVE_INFINITY,
    });
    expect(() => callCustomFunction("ENGAGEMENTS", [100, -3, "", 5])).toThrow(/negative/);
  });

  it("takes views where impressions are blank, never where they are left out", () => {
    expect(readPost({ impressions: "", views: 900 }, US).exposure).toBe(900);
    expect(readPost({ impressions: 1_000, views: 900 }, US).exposure).toBe(1_000);
    expect(readPost({ impressions: "1,000", views: 900 }, US).exposure).toMatchObject({
      why: "text",
    });
    expect(readPost({ reach: "", views: 900 }, US).audience).toBe(900);
  });

  it("marks blank outcomes pending on a post with impressions or views above 0", () => {
    expect(readPost({ impressions: 1_000, clicks: 10 }, US).pending).toEqual([
      "conversions",
      "orders",
      "revenue",
    ]);
    expect(
      readPost({ views: 5, clicks: 1, conversions: 0, orders: 0, revenue: 0 }, US).pending,
    ).toEqual([]);
    expect(readPost({ impressions: 0, views: "" }, US).pending).toEqual([]);
    expect(readPost({ clicks: "" }, US).pending).toEqual([]);
    // A left-out outcome is left out, not pending.
    expect(
      readPost({ impressions: 10, clicks: "n/a", conversions: 0, orders: 0, revenue: 0 }, US)
        .pending,
    ).toEqual([]);
  });

  it("reads money cells with their formats", () => {
    const post = readPost({ cost: 760, revenue: 900 }, US, { cost: "[$€]#,##0.00" });
    expect(post.cells.cost).toMatchObject({ why: "currency", by: "format" });
    expect(post.cells.revenue).toBe(900);
  });
});
