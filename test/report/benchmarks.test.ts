/** The published benchmarks as data, and the comparison like with like. */
import { describe, expect, it } from "vitest";
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
  it("computes each benchmark's own formula from the posts, per platform and band", () => {
    const lines = report().benchmarks.map((b) => [
      b.platform,
      b.followers[0],
      b.ours,
      b.verdict,
      b.comparable,
      b.posts,
    ]);
    expect(lines).toEqual([
      // Cara: 150 likes ÷ 8,000 followers; Ana: 300 ÷ 20,000; Ben: 100 engagements ÷ 10,000 views.
      ["Instagram", 5_000, 150 / 8_000, "above", true, 1],
      ["Instagram", 10_000, 300 / 20_000, "above", true, 1],
      ["TikTok", 10_000, 100 / 10_000, "below", true, 1],
    ]);
  });

  it("says which formula it compared by, whatever the Settings base", () => {
    const [instagram] = report().benchmarks;
    expect(en(instagram?.note ?? { key: "join.list" })).toMatch(
      /^Likes ÷ followers, median over 1 posts, as Modash divides each profile's median likes/,
    );
    expect(report(input(), { base: "reach" }).benchmarks).toEqual(report().benchmarks);
  });

  it("takes the median of likes ÷ followers on Instagram, as Modash does", () => {
    const posts = rows({ ...ANA, likes: 200 }, { ...ANA, likes: 200 }, { ...ANA, likes: 2_000 });
    const [line] = report(input(posts)).benchmarks;
    expect(line).toMatchObject({ ours: 0.01, verdict: "within", posts: 3 });
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
