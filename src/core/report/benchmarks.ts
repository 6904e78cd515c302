/**
 * Published engagement-rate benchmarks, for comparison only (DOMAIN.md, "Engagement-rate
 * benchmarks"). Benchmarks disagree mostly because their formulas differ, so each set says
 * what it divides, by which statistic, where it comes from and when; the report compares a
 * band only by that same formula.
 */
import type { PlatformName } from "../defaults";
import type { BenchmarkFormula } from "./model";

export interface BenchmarkSet {
  readonly platform: Extract<PlatformName, "Instagram" | "TikTok">;
  readonly formula: BenchmarkFormula;
  readonly source: string;
  readonly year: number;
  /** Follower bands, lower bound inclusive, upper exclusive (null: and above); "average" band as fractions. */
  readonly bands: readonly {
    readonly followers: readonly [number, number | null];
    readonly low: number;
    readonly high: number;
  }[];
}

/** Modash's follower bands: 1–5k, 5–10k, 10–50k, 50–100k, 100–500k, 500k–1M, 1M and above. */
const EDGES = [1_000, 5_000, 10_000, 50_000, 100_000, 500_000, 1_000_000] as const;

/** 1.62 % as 0.0162, not 0.016200000000000003. */
const percent = (value: number) => Number((value / 100).toPrecision(10));

/** The bands for EDGES, from "average" ranges in percent as published. */
function bands(percents: readonly (readonly [number, number])[]): BenchmarkSet["bands"] {
  return percents.map(([low, high], i) => ({
    followers: [EDGES[i] as number, EDGES[i + 1] ?? null] as const,
    low: percent(low),
    high: percent(high),
  }));
}

export const BENCHMARKS: readonly BenchmarkSet[] = [
  {
    // Engagement = a profile's median likes per post ÷ its followers; 72M+ profiles.
    platform: "Instagram",
    formula: "likesPerFollower",
    source: "Modash, engagement-rate calculator (modash.io), Instagram, read 2025",
    year: 2025,
    bands: bands([
      [3.38, 4.42],
      [1.25, 1.62],
      [0.84, 1.11],
      [0.75, 1.01],
      [0.87, 1.14],
      [0.88, 1.13],
      [1.02, 1.27],
    ]),
  },
  {
    // Engagement = engagements ÷ views. The same page showed 1–2 % in 2023 by another formula.
    platform: "TikTok",
    formula: "engagementsPerView",
    source: "Modash, engagement-rate calculator (modash.io), TikTok, November 2025",
    year: 2025,
    bands: bands([
      [12.06, 14.04],
      [10.5, 11.83],
      [8.38, 9.37],
      [7.22, 8.03],
      [6.66, 7.39],
      [6.19, 6.85],
      [6.2, 6.84],
    ]),
  },
];

/** Which band a follower count falls in (its index), or -1 below the first. */
export function bandOf(followers: number): number {
  let band = -1;
  for (let i = 0; i < EDGES.length; i++) if (followers >= (EDGES[i] as number)) band = i;
  return band;
}
