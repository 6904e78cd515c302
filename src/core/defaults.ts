/**
 * Reference data the formulas and templates start from. Every default is editable in the
 * Settings sheet; each carries where it comes from so a user can judge it.
 */

export interface PlatformCpm {
  readonly platform: string;
  /** Names users type for the same platform, lower case. */
  readonly aliases: readonly string[];
  /** US dollars per 1,000 ad impressions. */
  readonly cpm: number;
  readonly source: string;
  readonly year: number;
}

/** The publication; Settings says what the figures are in the sheets' language. */
const CPM_SOURCE = 'ad-calc.com, "Digital Advertising Benchmarks 2024"';

export const PLATFORM_CPMS = [
  { platform: "Instagram", aliases: ["ig", "insta"], cpm: 6.7, source: CPM_SOURCE, year: 2024 },
  { platform: "TikTok", aliases: ["tik tok", "tt"], cpm: 10, source: CPM_SOURCE, year: 2024 },
  { platform: "YouTube", aliases: ["yt", "you tube"], cpm: 9.68, source: CPM_SOURCE, year: 2024 },
  { platform: "Facebook", aliases: ["fb", "meta"], cpm: 7.19, source: CPM_SOURCE, year: 2024 },
  { platform: "LinkedIn", aliases: ["linked in", "li"], cpm: 6.59, source: CPM_SOURCE, year: 2024 },
  {
    platform: "X",
    aliases: ["twitter", "x (twitter)", "x/twitter", "x.com"],
    cpm: 6.46,
    source: CPM_SOURCE,
    year: 2024,
  },
] as const satisfies readonly PlatformCpm[];

/** The platforms the catalog knows, by the name Settings lists them under. */
export type PlatformName = (typeof PLATFORM_CPMS)[number]["platform"];

const BY_NAME = new Map<string, PlatformCpm>();
for (const entry of PLATFORM_CPMS) {
  BY_NAME.set(entry.platform.toLowerCase(), entry);
  for (const alias of entry.aliases) BY_NAME.set(alias, entry);
}

/** The catalog entry for a platform name as users type it ("instagram", " IG "), if known. */
export function findPlatform(name: string): PlatformCpm | undefined {
  return BY_NAME.get(name.trim().toLowerCase().replace(/\s+/g, " "));
}

export const PLATFORM_NAMES: readonly string[] = PLATFORM_CPMS.map((p) => p.platform);

export type Tier = "Emerging" | "Nano" | "Micro" | "Macro" | "Mega";

/** Lower follower bounds of nano, micro, macro and mega, as commonly used in the field. */
export const DEFAULT_TIER_THRESHOLDS: readonly [number, number, number, number] = [
  1_000, 10_000, 100_000, 1_000_000,
];

export const TIERS: readonly Tier[] = ["Emerging", "Nano", "Micro", "Macro", "Mega"];
