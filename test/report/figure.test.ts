import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { type FigureId, type TrackerColumns, trackerFigure } from "../../src/core/report/figure";
import type { TrackedRow } from "../../src/core/report/model";
import { TRACKER_KEYS } from "../../src/core/tracker-columns";
import { ANA, BEN, CARA, input, OTHER, report, rows } from "./tracker";

/** The rows as KPIACTUAL receives them: one column of cells per tracker column. */
function columns(tracked: readonly TrackedRow[]): TrackerColumns {
  const cells: Record<string, CellValue[]> = {};
  for (const key of TRACKER_KEYS) {
    cells[key] = tracked.map((row) => (row.cells[key] ?? "") as CellValue);
  }
  const formats = tracked.some((row) => row.formats)
    ? {
        cost: tracked.map((row) => row.formats?.cost ?? ""),
        revenue: tracked.map((row) => row.formats?.revenue ?? ""),
      }
    : undefined;
  return { cells, ...(formats && { formats }) };
}

const OPTIONS = { currency: "USD", conventions: undefined, base: "followers" } as const;
const figure = (tracked: readonly TrackedRow[], id: FigureId, campaign: string | null) =>
  trackerFigure(columns(tracked), id, campaign, OPTIONS);

describe("a figure over the tracker's columns", () => {
  it("sums one campaign's posts, or every post", () => {
    const all = rows(ANA, BEN, CARA, OTHER);
    expect(figure(all, "spend", "Spring").value).toBe(1_500);
    expect(figure(all, "spend", " spring ").value).toBe(1_500);
    expect(figure(all, "spend", null).value).toBe(2_499);
    expect(figure(all, "roas", "Spring").value).toBeCloseTo(3_200 / 1_500, 12);
    expect(figure(all, "activeInfluencers", "Spring").value).toBe(3);
    expect(figure(all, "posts", "Autumn").value).toBe(1);
  });

  it("counts a post without a campaign in the totals of every post only", () => {
    const loose = { ...CARA, campaign: "" };
    expect(figure(rows(ANA, loose), "spend", null).value).toBe(1_100);
    expect(figure(rows(ANA, loose), "spend", "Spring").value).toBe(1_000);
  });

  it("leaves out an amount formatted in another currency, with its post's revenue", () => {
    const tracked = rows(ANA, BEN, CARA);
    const euro: TrackedRow = { ...(tracked[1] as TrackedRow), formats: { cost: "[$€]#,##0.00" } };
    const withEuro = [tracked[0] as TrackedRow, euro, tracked[2] as TrackedRow];
    expect(figure(withEuro, "spend", "Spring").value).toBe(1_100);
    // ROAS leaves out Ben's revenue too: his post has no cost to weigh it by.
    expect(figure(withEuro, "roas", "Spring").value).toBeCloseTo(3_000 / 1_100, 12);
    const range = figure(withEuro, "roas", "Spring").range;
    expect(range?.posts).toBe(1);
    expect(range?.columns).toEqual(["cost"]);
    // Counted at any amount, Ben's cost could take ROAS from near 0 up to his revenue's share.
    expect(range?.low).toBeLessThan(0.01);
    expect(range?.high).toBeCloseTo(3_200 / 1_100, 12);
    // The Settings currency's own format counts.
    const dollars: TrackedRow = { ...euro, formats: { cost: "[$$]#,##0.00" } };
    expect(figure([tracked[0] as TrackedRow, dollars], "spend", null).value).toBe(1_400);
  });

  it("leaves out followers typed as text from the engagement rate, with the post's engagements", () => {
    const text = { ...BEN, followers: "1.3M" };
    const rate = figure(rows(ANA, text, CARA), "engagementRate", "Spring");
    expect(rate.value).toBeCloseTo((500 + 200) / (20_000 + 8_000), 12);
    expect(rate.range?.posts).toBe(1);
    expect(rate.range?.low).toBeCloseTo(800 / 1_328_000, 12);
  });

  it("gives every figure the report gives, from the same rows", () => {
    const tracked = rows(ANA, { ...BEN, followers: "30K", clicks: "" }, CARA, OTHER);
    const model = report(input(tracked), { campaign: null });
    for (const { key, value } of model.figures) {
      expect(figure(tracked, key, null).value, key).toBe(value);
    }
  });
});
