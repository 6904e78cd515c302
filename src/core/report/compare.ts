/**
 * Our engagement against the published benchmarks, like with like: each band is compared by
 * the benchmark's own formula, computed from the posts' own columns, not with the report's
 * engagement rate (whose base Settings chooses).
 * - Instagram (Modash): a profile's median likes ÷ its followers. Ours: the median of likes ÷
 *   followers over the band's posts, so one viral post does not lift it, as with Modash.
 * - TikTok (Modash): engagements ÷ views. Ours: the band's engagements ÷ its views, over the
 *   posts that have views.
 * A band where none of our posts has what the formula needs is listed as not comparable.
 */
import { say } from "../framework/text";
import { BENCHMARKS, bandOf } from "./benchmarks";
import { median } from "./breakdowns";
import type { BenchmarkLine } from "./model";
import type { Post } from "./read";

interface Bucket {
  /** Instagram: each post's likes ÷ followers. TikTok: the sums. */
  readonly rates: number[];
  engagements: number;
  views: number;
  usable: number;
}

export function compareBenchmarks(posts: readonly Post[]): BenchmarkLine[] {
  const buckets = new Map<string, Bucket>();
  for (const { platform, record } of posts) {
    const set = BENCHMARKS.find((benchmark) => benchmark.platform === platform);
    const { followers } = record;
    if (!set || typeof followers !== "number") continue;
    const band = bandOf(followers);
    if (band < 0) continue;
    const id = `${set.platform}/${band}`;
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = { rates: [], engagements: 0, views: 0, usable: 0 };
      buckets.set(id, bucket);
    }
    if (set.formula === "likesPerFollower") {
      if (typeof record.likes === "number" && followers > 0) {
        bucket.rates.push(record.likes / followers);
        bucket.usable++;
      }
    } else if (
      typeof record.views === "number" &&
      record.views > 0 &&
      typeof record.engagements === "number"
    ) {
      bucket.engagements += record.engagements;
      bucket.views += record.views;
      bucket.usable++;
    }
  }

  const lines: BenchmarkLine[] = [];
  for (const set of BENCHMARKS) {
    set.bands.forEach(({ followers, low, high }, band) => {
      const bucket = buckets.get(`${set.platform}/${band}`);
      if (!bucket) return;
      const likes = set.formula === "likesPerFollower";
      const ours =
        bucket.usable === 0
          ? null
          : likes
            ? median(bucket.rates)
            : bucket.engagements / bucket.views;
      const comparable = ours !== null;
      lines.push({
        platform: set.platform,
        formula: set.formula,
        posts: bucket.usable,
        followers,
        ours,
        low,
        high,
        source: set.source,
        year: set.year,
        comparable,
        verdict: ours === null ? null : ours < low ? "below" : ours > high ? "above" : "within",
        note: comparable
          ? say(likes ? "report.benchmark.likes" : "report.benchmark.views", {
              posts: bucket.usable,
            })
          : say(likes ? "report.benchmark.noLikes" : "report.benchmark.noViews"),
      });
    });
  }
  return lines;
}
