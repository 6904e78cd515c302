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

/** Insights other than spend concentration. */
const others = (texts: string[]) => texts.filter((text) => !/ took \d+% of /.test(text));

describe("insights", () => {
  it("fire only when their rule does: here, none", () => {
    expect(insights()).toEqual([]);
  });

  describe("many clicks, few conversions", () => {
    it("fires from 100 clicks when under 1% convert", () => {
      expect(others(insights([{ conversions: 2 }, { conversions: 0 }, {}]))).toEqual([
        "550 clicks, of which 2 converted (0.36%): the posts bring people in, so check the landing page.",
      ]);
    });
    it("not under 100 clicks, nor when conversions are not tracked", () => {
      const few = [{ clicks: 40, conversions: 0 }, { clicks: 30, conversions: 0 }, { clicks: 20 }];
      const landing = (texts: string[]) => texts.filter((text) => text.includes("landing page"));
      expect(landing(insights(few as [Cells, Cells, Cells]))).toEqual([]);
      const untracked = insights([{ conversions: "" }, { conversions: "" }, { conversions: "" }]);
      expect(untracked.filter((text) => text.includes("landing page"))).toEqual([]);
    });
    it("counts only the clicks whose conversions are in", () => {
      // Ana's 400 clicks wait for their conversions: 150 clicks are left, under 100 no more.
      const waiting = insights([
        { conversions: "", orders: "" },
        { conversions: 0, clicks: 60 },
        { clicks: 30 },
      ]);
      expect(waiting.filter((text) => text.includes("landing page"))).toEqual([]);
    });
  });

  describe("few clicks", () => {
    it("fires under a 0.5% click-through rate", () => {
      expect(others(insights([{ clicks: 100 }, { clicks: 10 }, { clicks: 10 }]))).toEqual([
        "Clicks: only 120 from 60,000 impressions or views (CTR 0.2%): the content or the audience may not fit the offer.",
      ]);
    });
    it("not when clicks are not tracked, nor on fewer than 1,000 impressions", () => {
      const untracked = insights([{ clicks: "" }, { clicks: "" }, { clicks: "" }]);
      expect(untracked.filter((text) => text.startsWith("Clicks:"))).toEqual([]);
      const small = { impressions: 300, views: "", clicks: 0, conversions: "" };
      expect(others(insights([small, small, small]))).toEqual([]);
    });
  });

  describe("vanity-only framework", () => {
    const likes = kpiRow({ kpi: "engagement", metrics: ["likes"], target: 1_000 });
    it("fires when every KPI counts likes or followers", () => {
      expect(others(insights(undefined, [likes]))).toContain(
        "Only likes and follower counts: vanity metrics on their own. Add a KPI on engagement rate, clicks or sales.",
      );
    });
    it("not with another KPI, nor without a framework", () => {
      const vanity = (texts: string[]) => texts.filter((text) => text.includes("vanity"));
      expect(vanity(insights(undefined, [likes, kpiRow()]))).toEqual([]);
      expect(vanity(insights())).toEqual([]);
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

  describe("best and weakest influencer", () => {
    /** Three posts of an influencer at this cost each, 20 conversions each. */
    const three = (influencer: string, cost: number) =>
      Array.from({ length: 3 }, () => ({ ...ANA, influencer, cost, conversions: 20 }));
    const conversions = [
      kpiRow({ goal: "conversions", kpi: "conversions", metrics: ["conversions"] }),
    ];
    const found = (...posts: Cells[]) =>
      report(input(rows(...posts), conversions))
        .insights.map(en)
        .filter((text) => text.startsWith("Cost per conversion"));

    it("names them by the campaign's yardstick, among those with enough data", () => {
      // Cy has the cheapest conversions, but two posts only: too little data to be named.
      const cy = three("Cy", 10).slice(0, 2);
      expect(found(...three("Ada", 400), ...three("Bo", 600), ...three("Di", 500), ...cy)).toEqual([
        "Cost per conversion: best Ada ($20), weakest Bo ($30), among 3 influencers with enough data.",
      ]);
    });

    it("says ties as ties", () => {
      expect(found(...three("Ada", 400), ...three("Bo", 400), ...three("Di", 600))).toEqual([
        "Cost per conversion: best Ada, Bo (tied) ($20), weakest Di ($30), among 3 influencers with enough data.",
      ]);
    });

    it("not with fewer than two judged, nor when all are equal, nor without a goal", () => {
      expect(found(...three("Ada", 400), ...three("Bo", 400).slice(0, 2))).toEqual([]);
      expect(found(...three("Ada", 400), ...three("Bo", 400))).toEqual([]);
      const noGoal = report(input(rows(...three("Ada", 400), ...three("Bo", 600)))).insights.map(
        en,
      );
      expect(noGoal.filter((text) => text.startsWith("Cost per"))).toEqual([]);
    });
  });

  describe("spend concentration", () => {
    it("fires when one of three paid influencers or more takes 30% of the spend, over twice an even split", () => {
      expect(insights([{ cost: 1_000 }, { cost: 200 }, { cost: 200 }])).toEqual([
        "Ana took 71% of the spend ($1,000 of $1,400): the results lean on one creator.",
      ]);
    });
    it("not at an even split or near it, nor among two paid influencers", () => {
      expect(insights([{ cost: 250 }, { cost: 250 }, { cost: 250 }])).toEqual([]);
      // Two thirds among three is twice an even split, not over it.
      expect(insights([{ cost: 1_000 }, { cost: 250 }, { cost: 250 }])).toEqual([]);
      expect(insights([{ cost: 900 }, { cost: 100 }, { cost: 0 }])).toEqual([]);
    });
  });

  describe("pacing and budget", () => {
    // Spring runs from 03-01 to 03-31; today 03-20: 19 of 30 days, 63%, have gone.
    const budget = (amount: number, end: string | null = "2026-03-31") =>
      others(
        insights([{ cost: 300 }, { cost: 200 }, { cost: 200 }], [kpiRow({ budget: amount, end })]),
      );

    it("says when spend runs ahead of the time elapsed, or behind it", () => {
      expect(budget(800)).toEqual([
        "Spring has spent 88% of its $800 budget with 63% of its time gone: ahead of pace.",
      ]);
      expect(budget(2_000)).toEqual([
        "Spring has spent 35% of its $2,000 budget with 63% of its time gone: behind pace, with $1,300 still to spend.",
      ]);
    });

    it("says nothing on pace, nor once the campaign has ended or without its end", () => {
      expect(budget(1_000)).toEqual([]);
      expect(budget(2_000, "2026-03-15")).toEqual([]);
      expect(budget(2_000, null)).toEqual([]);
    });

    it("says plainly when spend is over budget", () => {
      expect(budget(600)).toEqual(["Spring is over budget: $700 spent against $600, $100 more."]);
    });
  });

  describe("results still pending", () => {
    it("counts the posts and each outcome still to come", () => {
      expect(
        others(insights([{}, { clicks: "", conversions: "" }, { clicks: "", revenue: "" }])),
      ).toEqual([
        "Results still pending on 2 posts (clicks on 2, conversions on 1, revenue on 1): the rates leave those posts out until the results come in.",
      ]);
      expect(others(insights([{}, { orders: "" }, {}]))).toEqual([
        "Results still pending on 1 post (orders on 1): the rates leave those posts out until the results come in.",
      ]);
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
        "Ana's post on row 3 stands out: CPE $10, against a median of $1 over 9 posts on Instagram.",
        "Ana's post on row 4 stands out: CPE $0.20, against a median of $1 over 9 posts on Instagram.",
      ]);
    });
    it("not within 3× of the median, nor from fewer than 5 paid posts", () => {
      expect(posts(3, 0.4)).toEqual([]);
      const four = report(input(rows(ANA, ANA, ANA, { ...ANA, cost: 10_000 }))).insights;
      expect(four).toEqual([]);
    });
    it("are judged against their own platform's median: a cheap TikTok engagement is no outlier", () => {
      const tiktok = Array.from({ length: 5 }, () => ({
        ...BEN,
        cost: 10,
        likes: 100,
        comments: 0,
        shares: 0,
        saves: 0,
      }));
      const instagram = Array.from({ length: 5 }, () => ({
        ...ANA,
        cost: 100,
        likes: 100,
        comments: 0,
        shares: 0,
        saves: 0,
      }));
      const texts = report(input(rows(...instagram, ...tiktok))).insights.map(en);
      expect(texts.filter((text) => text.includes("stands out"))).toEqual([]);
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
