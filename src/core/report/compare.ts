/**
 * Our engagement against the published benchmarks, like with like (DOMAIN.md, "Insights that
 * hold up"): each band is compared by the benchmark's own formula, computed from the posts'
 * own columns, never with the report's engagement rate (whose base Settings chooses), and by
 * one method on every platform, as Modash measures a profile:
 * - each influencer's median over their posts of likes ÷ followers (Instagram) or
 *   engagements ÷ views (TikTok), so one viral post does not lift them;
 * - the band's value: the median of its influencers' values, an influencer placed in a
 *   follower band by the median of their posts' followers;
 * - compared only with at least 3 influencers in the band, and the count always shown.
 */
import type { Formatter } from "../framework/format";
import { say } from "../framework/text";
import { BENCHMARKS, bandOf } from "./benchmarks";
import { median } from "./breakdowns";
import type { BenchmarkLine } from "./model";
import { sayCount } from "./plural";
import type { Post } from "./read";

/** Influencers a band needs before it stands for them. */
const MIN_INFLUENCERS = 3;

interface Measured {
  followers: number[];
  rates: number[];
}

export function compareBenchmarks(posts: readonly Post[], format: Formatter): BenchmarkLine[] {
  // Per platform with a benchmark, per influencer: followers and per-post rates.
  const people = new Map<string, Map<string, Measured>>();
  for (const { platform, influencer, numbers } of posts) {
    const set = BENCHMARKS.find((benchmark) => benchmark.platform === platform);
    if (!set || influencer === "") continue;
    let byName = people.get(set.platform);
    if (!byName) {
      byName = new Map();
      people.set(set.platform, byName);
    }
    let measured = byName.get(influencer);
    if (!measured) {
      measured = { followers: [], rates: [] };
      byName.set(influencer, measured);
    }
    const { followers, likes, views } = numbers.cells;
    if (typeof followers !== "number" || followers <= 0) continue;
    measured.followers.push(followers);
    if (set.formula === "likesPerFollower") {
      if (typeof likes === "number") measured.rates.push(likes / followers);
    } else if (typeof views === "number" && views > 0 && typeof numbers.engagements === "number") {
      measured.rates.push(numbers.engagements / views);
    }
  }

  const lines: BenchmarkLine[] = [];
  for (const set of BENCHMARKS) {
    const byName = people.get(set.platform);
    if (!byName) continue;
    const bands = new Map<number, { values: number[]; posts: number; influencers: number }>();
    for (const { followers, rates } of byName.values()) {
      const typical = median(followers);
      if (typical === null) continue;
      const band = bandOf(typical);
      if (band < 0) continue;
      let bucket = bands.get(band);
      if (!bucket) {
        bucket = { values: [], posts: 0, influencers: 0 };
        bands.set(band, bucket);
      }
      bucket.influencers++;
      const value = median(rates);
      if (value !== null) {
        bucket.values.push(value);
        bucket.posts += rates.length;
      }
    }
    set.bands.forEach(({ followers, low, high }, band) => {
      const bucket = bands.get(band);
      if (!bucket) return;
      const likes = set.formula === "likesPerFollower";
      const usable = bucket.values.length;
      const ours = median(bucket.values);
      const comparable = usable >= MIN_INFLUENCERS && ours !== null;
      const parts = {
        influencers: [sayCount("influencers", usable, format)],
        posts: [sayCount("posts", bucket.posts, format)],
      };
      lines.push({
        platform: set.platform,
        formula: set.formula,
        influencers: usable,
        posts: bucket.posts,
        followers,
        ours,
        low,
        high,
        source: say(`report.benchmarkSource.${set.platform}`),
        year: set.year,
        comparable,
        verdict:
          !comparable || ours === null
            ? null
            : ours < low
              ? "below"
              : ours > high
                ? "above"
                : "within",
        note:
          usable === 0
            ? say(likes ? "report.benchmark.noLikes" : "report.benchmark.noViews")
            : comparable
              ? say(
                  likes ? "report.benchmark.likes" : "report.benchmark.views",
                  undefined,
                  undefined,
                  parts,
                )
              : say("report.benchmark.tooFew", undefined, undefined, parts),
      });
    });
  }
  return lines;
}
