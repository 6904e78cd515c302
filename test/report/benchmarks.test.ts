/** The published benchmarks as data, and the comparison like with like. */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { BENCHMARKS, bandOf } from "../../src/core/report/benchmarks";
import { ANA, BEN, CARA, en, input, report, rows } from "./tracker";

describe("benchmark data", () => {
  it("has Modash's Instagram and TikTok bands, each with its formula, source and year", () => {
    const [instagram, tiktok] = BENCHMARKS;
    expect(instagram).toMatchObject({
      platform: "Instagram",
      formula: "likesPerFollower",
      year: 2025,
    });
    expect(instagram?.source).toMatch(/Modash.*Instagram, read 2025/);
    expect(tiktok).toMatchObject({ platform: "TikTok", formula: "engagementsPerView", year: 2025 });
    expect(tiktok?.source).toMatch(/Modash.*TikTok, November 2025/);
    const bands = (set: typeof instagram) => set?.bands.map((b) => [...b.followers, b.low, b.high]);
    expect(bands(instagram)).toEqual([
      [1_000, 5_000, 0.0338, 0.0442],
      [5_000, 10_000, 0.0125, 0.0162],
      [10_000, 50_000, 0.0084, 0.0111],
      [50_000, 100_000, 0.0075, 0.0101],
      [100_000, 500_000, 0.0087, 0.0114],
      [500_000, 1_000_000, 0.0088, 0.0113],
      [1_000_000, null, 0.0102, 0.0127],
    ]);
    expect(bands(tiktok)?.map(([, , low, high]) => [low, high])).toEqual([
      [0.1206, 0.1404],
      [0.105, 0.1183],
      [0.0838, 0.0937],
      [0.0722, 0.0803],
      [0.0666, 0.0739],
      [0.0619, 0.0685],
      [0.062, 0.0684],
    ]);
  });

  it("puts a follower count in its band: lower bound in, upper bound out", () => {
    expect([999, 1_000, 4_999, 5_000, 999_999, 1_000_000, 9e9].map(bandOf)).toEqual([
      -1, 0, 0, 1, 5, 6, 6,
    ]);
  });
});

describe("comparison", () => {
  /** An influencer's post on a platform: followers, likes, and engagements over views. */
  const post = (
    influencer: string,
    platform: string,
    followers: number,
    likes: number,
    views: CellValue = "",
  ) => ({
    ...ANA,
    influencer,
    platform,
    followers,
    likes,
    comments: 0,
    shares: 0,
    saves: 0,
    views,
  });

  it("does not compare a band with fewer than 3 influencers, and says how many stand behind it", () => {
    const lines = report().benchmarks.map((b) => [
      b.platform,
      b.followers[0],
      b.influencers,
      b.posts,
      b.ours,
      b.comparable,
      b.verdict,
    ]);
    expect(lines).toEqual([
      // Cara: 150 likes ÷ 8,000 followers; Ana: 300 ÷ 20,000; Ben: 100 engagements ÷ 10,000 views.
      ["Instagram", 5_000, 1, 1, 150 / 8_000, false, null],
      ["Instagram", 10_000, 1, 1, 300 / 20_000, false, null],
      ["TikTok", 10_000, 1, 1, 100 / 10_000, false, null],
    ]);
    expect(en(report().benchmarks[0]?.note ?? { key: "join.list" })).toBe(
      "Not compared: 1 influencer in this band (1 post), and a band needs 3 or more to be representative.",
    );
  });

  it("takes each influencer's median, then the band's median of influencers, on Instagram", () => {
    const model = report(
      input(
        rows(
          // Xia: 0.9%, 0.9% and a viral 10%: her median is 0.9%.
          post("Xia", "Instagram", 20_000, 180),
          post("Xia", "Instagram", 20_000, 180),
          post("Xia", "Instagram", 20_000, 2_000),
          post("Yan", "Instagram", 30_000, 300), // 1%
          post("Zoe", "Instagram", 40_000, 2_000), // 5%
        ),
      ),
    );
    const [line] = model.benchmarks;
    expect(line).toMatchObject({
      followers: [10_000, 50_000],
      influencers: 3,
      posts: 5,
      ours: 0.01,
      comparable: true,
      verdict: "within",
    });
    expect(en(line?.note ?? { key: "join.list" })).toMatch(
      /^The median of each influencer's median likes ÷ followers, over 3 influencers \(5 posts\), as Modash measures a profile/,
    );
    expect(en(line?.source ?? { key: "join.list" })).toBe(
      "Modash, engagement-rate calculator (modash.io), Instagram, read 2025",
    );
    expect(en(model.benchmarkNote)).toMatch(
      /^Sponsored posts usually engage less than a profile's average/,
    );
  });

  it("by the same method on TikTok: engagements ÷ views", () => {
    const model = report(
      input(
        rows(
          post("Xia", "TikTok", 20_000, 600, 10_000), // 6%
          post("Yan", "TikTok", 30_000, 700, 10_000), // 7%
          post("Yan", "TikTok", 30_000, 900, 10_000), // 9%: Yan's median 8%
          post("Zoe", "TikTok", 40_000, 1_000, 10_000), // 10%
        ),
      ),
    );
    expect(model.benchmarks[0]).toMatchObject({
      influencers: 3,
      posts: 4,
      ours: 0.08,
      verdict: "below",
    });
  });

  it("places an influencer in a band by the median of their posts' followers", () => {
    const model = report(
      input(
        rows(
          post("Xia", "Instagram", 9_000, 100),
          post("Xia", "Instagram", 12_000, 100),
          post("Xia", "Instagram", 13_000, 100),
        ),
      ),
    );
    expect(model.benchmarks.map((b) => b.followers[0])).toEqual([10_000]);
  });

  it("says which formula it compared by, whatever the Settings base", () => {
    expect(report(input(), { base: "reach" }).benchmarks).toEqual(report().benchmarks);
  });

  it("marks a band not comparable where no post has what the formula needs", () => {
    const model = report(
      input(rows({ ...ANA, likes: "" }, { ...BEN, views: "", impressions: 5_000 })),
    );
    expect(model.benchmarks.map((b) => [b.platform, b.comparable, b.ours, b.verdict])).toEqual([
      ["Instagram", false, null, null],
      ["TikTok", false, null, null],
    ]);
    expect(model.benchmarks.map((b) => en(b.note))).toEqual([
      "Not comparable: Modash divides likes by followers, and no post in this band has both.",
      "Not comparable: Modash divides engagements by views, and no post in this band has views.",
    ]);
  });

  it("leaves out platforms without a benchmark, and accounts under 1,000 followers", () => {
    const model = report(input(rows({ ...ANA, platform: "YouTube" }, { ...CARA, followers: 900 })));
    expect(model.benchmarks).toEqual([]);
  });
});
