/** Each insight rule, firing and not firing, with the numbers it cites. */
import { describe, expect, it } from "vitest";
import type { FrameworkRow, TrackedRow } from "../../src/core/report/model";
import { ANA, BEN, CARA, en, input, kpiRow, report, rows } from "./tracker";

type Cells = TrackedRow["cells"];

/** The report's insights in English, for Spring's three posts changed as given. */
const insights = (
  change: [Partial<Cells>, Partial<Cells>, Partial<Cells>] = [{}, {}, {}],
  framework: FrameworkRow[] = [],
) => {
  const [a, b, c] = change;
  const tracked = rows(
    { ...ANA, ...a } as Cells,
    { ...BEN, ...b } as Cells,
    { ...CARA, ...c } as Cells,
  );
  return report(input(tracked, framework)).insights.map(en);
};

/** Insights other than best and worst influencer, which three different influencers fire. */
const others = (texts: string[]) =>
  texts.filter((text) => !/^(Best return|Cheapest engagement)/.test(text));

describe("insights", () => {
  it("fire only when their rule does: here, best and worst influencers only", () => {
    expect(insights()).toEqual([
      "Best return: Ana, ROI 200%. Weakest: Cara, ROI -100%.",
      "Cheapest engagement: Cara, CPE $0.50. Dearest: Ben, CPE $4.",
    ]);
  });

  describe("many clicks, few conversions", () => {
    it("fires from 100 clicks when under 1% convert", () => {
      expect(others(insights([{ conversions: 2 }, { conversions: 0 }, {}]))).toEqual([
        "550 clicks but 2 conversions (0.36%): the posts bring people in, so check the landing page.",
      ]);
    });
    it("not under 100 clicks, nor when conversions are not tracked", () => {
      const few = [{ clicks: 40, conversions: 0 }, { clicks: 30, conversions: 0 }, { clicks: 20 }];
      const landing = (texts: string[]) => texts.filter((text) => text.includes("landing page"));
      expect(landing(insights(few as [Cells, Cells, Cells]))).toEqual([]);
      const untracked = insights([{ conversions: "" }, { conversions: "" }, { conversions: "" }]);
      expect(others(untracked)).toEqual([]);
    });
  });

  describe("few clicks", () => {
    it("fires under a 0.5% click-through rate", () => {
      expect(others(insights([{ clicks: 100 }, { clicks: 10 }, { clicks: 10 }]))).toEqual([
        "Only 120 clicks from 60,000 impressions or views (CTR 0.2%): the content or the audience may not fit the offer.",
      ]);
    });
    it("not when clicks are not tracked, nor on fewer than 1,000 impressions", () => {
      expect(others(insights([{ clicks: "" }, { clicks: "" }, { clicks: "" }]))).toEqual([]);
      const small = { impressions: 300, views: "", clicks: 0, conversions: "" };
      expect(others(insights([small, small, small]))).toEqual([]);
    });
  });

  describe("vanity-only framework", () => {
    const likes = kpiRow({ kpi: "engagement", metrics: ["likes"], target: 1_000 });
    it("fires when every KPI counts likes or followers", () => {
      expect(others(insights(undefined, [likes]))).toEqual([
        "Only likes and follower counts: vanity metrics on their own. Add a KPI on engagement rate, clicks or sales.",
      ]);
    });
    it("not with another KPI, nor without a framework", () => {
      expect(others(insights(undefined, [likes, kpiRow()]))).toEqual([]);
      expect(others(insights())).toEqual([]);
    });
  });

  describe("impressions far above reach", () => {
    it("fires at 1.5× reach or more", () => {
      expect(others(insights([{ reach: 20_000 }, { reach: 5_000 }, { reach: 5_000 }]))).toEqual([
        "Impressions are 2× reach (60,000 against 30,000): people saw the posts more than once, which helps them remember the brand.",
      ]);
    });
    it("not below it, nor without reach", () => {
      expect(others(insights([{ reach: 30_000 }, { reach: 6_000 }, { reach: 5_000 }]))).toEqual([]);
      expect(others(insights([{ reach: "" }, { reach: "" }, { reach: "" }]))).toEqual([]);
    });
  });

  describe("best and worst influencers", () => {
    it("not with a single influencer, nor when all are equal", () => {
      expect(report(input(rows(ANA))).insights).toEqual([]);
      const twins = rows(ANA, { ...ANA, influencer: "Ann" });
      expect(report(input(twins)).insights).toEqual([]);
    });
  });

  describe("outliers", () => {
    /** Nine paid posts of one influencer at CPE 1, but for the first ones, given. */
    const posts = (...cpes: number[]) =>
      report(
        input(
          rows(
            ...Array.from({ length: 9 }, (_, i) => ({
              ...ANA,
              cost: (cpes[i] ?? 1) * 100,
              likes: 100,
              comments: 0,
              shares: 0,
              saves: 0,
            })),
          ),
        ),
      ).insights.map(en);

    it("fire for a post whose CPE is over 3× the median, or under a third of it", () => {
      expect(posts(10, 0.2)).toEqual([
        "Ana's post on row 3 stands out: CPE $10, against a median of $1 over 9 posts.",
        "Ana's post on row 4 stands out: CPE $0.20, against a median of $1 over 9 posts.",
      ]);
    });
    it("not within 3× of the median, nor from fewer than 5 paid posts", () => {
      expect(posts(3, 0.4)).toEqual([]);
      const four = report(input(rows(ANA, ANA, ANA, { ...ANA, cost: 10_000 }))).insights;
      expect(four).toEqual([]);
    });
    it("name at most three, furthest first", () => {
      expect(posts(50, 0.01, 10, 8).map((text) => text.match(/row \d+/)?.[0])).toEqual([
        "row 4",
        "row 3",
        "row 5",
      ]);
    });
  });
});
