import { type CellValue, isDate } from "../core/cells";
import type { PlatformName } from "../core/defaults";
import { numberConventions } from "../core/i18n/number-format";
import type { TrackerColumnKey } from "../core/tracker-columns";
import { TRACKER_COLUMNS } from "../core/tracker-columns";
import { type CellInput, calendarDay } from "../sheets/workbook";

/**
 * Sample Campaign Tracker for the local demo and tests: a skincare brand's three 2026 campaigns,
 * one row per influencer post, with plausible numbers from a seeded generator (same rows on
 * every call). A few cells are deliberately messy the way hand-kept sheets are: numbers typed
 * as text, blanks, a gifted post and a note that looks like a formula.
 */

type Platform = PlatformName;
type Range = readonly [min: number, max: number];
type TrackerRecord = Record<TrackerColumnKey, CellValue>;

interface Campaign {
  name: string;
  slug: string;
  /** First and last day, as ISO dates (UTC). */
  window: readonly [start: string, end: string];
  clickRate: Range; // clicks per impression
  conversionRate: Range; // conversions per click
  ordersPerConversion: Range;
  orderValue: Range;
  /** Appended to the influencer's first name to make a promo code; "" for no codes. */
  promoSuffix: string;
}

const CAMPAIGNS = {
  // Awareness: few clicks, and a conversion is often a free-sample request, not a purchase.
  spring: {
    name: "Spring Glow Launch",
    slug: "spring-glow-launch",
    window: ["2026-03-16", "2026-04-26"],
    clickRate: [0.005, 0.012],
    conversionRate: [0.01, 0.03],
    ordersPerConversion: [0.4, 0.7],
    orderValue: [38, 62],
    promoSuffix: "",
  },
  // Sales push with personal promo codes: every conversion is an order.
  summer: {
    name: "Summer Sun Sale",
    slug: "summer-sun-sale",
    window: ["2026-06-08", "2026-07-19"],
    clickRate: [0.02, 0.04],
    conversionRate: [0.05, 0.09],
    ordersPerConversion: [1, 1],
    orderValue: [55, 95],
    promoSuffix: "15",
  },
  // App downloads: a conversion is an install, and only a few installs lead to an in-app order.
  autumn: {
    name: "Autumn App Drive",
    slug: "autumn-app-drive",
    window: ["2026-09-14", "2026-10-25"],
    clickRate: [0.01, 0.025],
    conversionRate: [0.03, 0.06],
    ordersPerConversion: [0.05, 0.15],
    orderValue: [30, 80],
    promoSuffix: "",
  },
} as const satisfies Record<string, Campaign>;

type CampaignId = keyof typeof CAMPAIGNS;

type RosterEntry = readonly [
  name: string,
  handle: string,
  platform: Platform,
  followers: number,
  campaigns: readonly CampaignId[],
];

const ROSTER: readonly RosterEntry[] = [
  // Emerging (< 1k followers)
  ["Mia Hoffmann", "@mia.makes", "Instagram", 740, ["spring", "summer"]],
  ["Theo Martin", "@theo_tries", "TikTok", 910, ["summer"]],
  // Nano (1k-10k)
  ["Lena Vogel", "@lena.glow", "Instagram", 8_420, ["spring", "summer", "autumn"]],
  ["Priya Nair", "@priyaskin", "TikTok", 6_150, ["spring", "summer", "autumn"]],
  ["Jonas Berg", "@jonas.outdoors", "Instagram", 3_280, ["summer", "autumn"]],
  ["Amara Okafor", "@amara.everyday", "Facebook", 4_960, ["summer", "autumn"]],
  ["Ben Walker", "@benwalks", "Facebook", 1_930, ["autumn"]],
  ["Sam Carter", "@samcodes", "X", 2_310, ["summer", "autumn"]],
  ["Elif Demir", "@elif-demir", "LinkedIn", 5_740, ["autumn"]],
  // Micro (10k-100k)
  ["Sofia Rossi", "@sofia.beauty", "Instagram", 48_900, ["spring", "summer", "autumn"]],
  ["Noah Kim", "@noahkimvlogs", "YouTube", 72_400, ["spring", "autumn"]],
  ["Chloé Dubois", "@chloe.routine", "TikTok", 36_800, ["spring", "summer"]],
  ["Marcus Lee", "@marcusfit", "Instagram", 91_300, ["summer", "autumn"]],
  ["Hannah Schulz", "@hannah.slowliving", "Instagram", 24_600, ["spring", "summer"]],
  ["Diego Alvarez", "@diegocooks", "TikTok", 63_200, ["summer", "autumn"]],
  ["Grace Chen", "@gracechen.tech", "YouTube", 18_700, ["autumn"]],
  ["Olivia Brown", "@liv.budgets", "Facebook", 27_500, ["summer", "autumn"]],
  ["Ravi Patel", "@ravi-patel", "LinkedIn", 41_200, ["summer", "autumn"]],
  ["Zoe Miller", "@zoe_reviews", "X", 15_900, ["summer", "autumn"]],
  ["Ines Costa", "@ines.skinlab", "Instagram", 12_300, ["spring", "summer"]],
  // Macro (100k-1M)
  ["Ava Johnson", "@avaglows", "Instagram", 412_000, ["spring", "summer"]],
  ["Fatima Zahra", "@fatima.glowup", "Instagram", 156_000, ["spring", "summer"]],
  ["Kenji Sato", "@kenji.sato", "YouTube", 286_000, ["spring", "autumn"]],
  ["Maya Singh", "@mayasinghstyle", "TikTok", 734_000, ["spring", "summer"]],
  ["Lucas Ferreira", "@lucasferreira", "X", 158_000, ["summer", "autumn"]],
  ["Nora Lindqvist", "@noralindqvist", "Facebook", 205_000, ["spring", "autumn"]],
  // Mega (> 1M)
  ["Bella Torres", "@bellatorres", "TikTok", 2_480_000, ["summer"]],
  ["Jake Reynolds", "@jakereynolds", "YouTube", 1_320_000, ["spring", "autumn"]],
];

interface Tier {
  /** Exclusive upper bound; each tier spans one decade of followers. */
  below: number;
  reachRate: Range; // share of followers one post reaches
  engagementRate: Range; // engagements per follower: smaller accounts engage more
  fee: Range; // cost per post
}

const TIERS: readonly Tier[] = [
  { below: 1_000, reachRate: [0.25, 0.4], engagementRate: [0.05, 0.08], fee: [20, 50] },
  { below: 10_000, reachRate: [0.2, 0.4], engagementRate: [0.035, 0.065], fee: [50, 300] },
  { below: 100_000, reachRate: [0.15, 0.3], engagementRate: [0.02, 0.045], fee: [300, 2_500] },
  { below: 1_000_000, reachRate: [0.1, 0.25], engagementRate: [0.013, 0.03], fee: [2_500, 15_000] },
  { below: 10_000_000, reachRate: [0.1, 0.2], engagementRate: [0.01, 0.02], fee: [15_000, 60_000] },
];

interface PlatformInfo {
  utmSource: string;
  /** Views per impression; null where posts are not videos and no views are reported. */
  viewsPerImpression: Range | null;
  postUrl: (user: string, rand: Random) => string;
  notes: readonly string[];
}

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const PLATFORMS: Record<Platform, PlatformInfo> = {
  Instagram: {
    utmSource: "instagram",
    viewsPerImpression: [0.9, 1.2],
    postUrl: (_user, rand) => `https://www.instagram.com/p/${rand.token(11, ID_CHARS)}/`,
    notes: ["Story + reel", "Carousel, 6 slides", "Collab post with brand", "Link sticker"],
  },
  TikTok: {
    utmSource: "tiktok",
    viewsPerImpression: [0.6, 0.95],
    postUrl: (user, rand) => `https://www.tiktok.com/@${user}/video/${numericId(rand, 19)}`,
    notes: ["Duet with brand account", "Trending sound", "Spark Ads enabled"],
  },
  YouTube: {
    utmSource: "youtube",
    viewsPerImpression: [0.6, 0.95],
    postUrl: (_user, rand) => `https://www.youtube.com/watch?v=${rand.token(11, ID_CHARS)}`,
    notes: ["Dedicated video", "Integration at 2:10", "Short + long-form"],
  },
  Facebook: {
    utmSource: "facebook",
    viewsPerImpression: null,
    postUrl: (user, rand) => `https://www.facebook.com/${user}/posts/${numericId(rand, 16)}`,
    notes: ["Shared to 2 groups", "Live session"],
  },
  LinkedIn: {
    utmSource: "linkedin",
    viewsPerImpression: null,
    postUrl: (_user, rand) =>
      `https://www.linkedin.com/feed/update/urn:li:activity:${numericId(rand, 19)}/`,
    notes: ["Document post", "Reshared by brand CEO"],
  },
  X: {
    utmSource: "x",
    viewsPerImpression: null,
    postUrl: (user, rand) => `https://x.com/${user}/status/${numericId(rand, 19)}`,
    notes: ["Thread, 5 posts", "Pinned for a week"],
  },
};

const SHARED_NOTES = ["Reposted by brand", "Posted a day late", "Whitelisted for paid ads"];
const NOTE_CHANCE = 0.3;
/** Impressions per person reached: people see a post more than once. */
const FREQUENCY: Range = [1.1, 1.8];
const POSTS_PER_CAMPAIGN: Range = [2, 5];
const SEED = 20_260_316;
const DAY_MS = 86_400_000;

interface TextNumber {
  column: TrackerColumnKey;
  rows: number;
  applies: (value: number) => boolean;
  format: (value: number, marks: NumberMarks) => string;
}

/** How the people keeping the sheet write numbers: 1,234.5 in the US, 1.234,5 in Denmark. */
export interface NumberMarks {
  readonly decimal: string;
  readonly group: string;
}

const US_MARKS: NumberMarks = { decimal: ".", group: "," };

/** How people type numbers in a spreadsheet of this locale (US style where unknown). */
export function marksOf(locale: string): NumberMarks {
  const conventions = numberConventions(locale);
  if (!conventions) return US_MARKS;
  return { decimal: conventions.decimal, group: conventions.groups[0] ?? "" };
}

/** Numbers that people type, or paste from dashboards, as text. */
const TEXT_NUMBERS: readonly TextNumber[] = [
  { column: "followers", rows: 2, applies: (v) => v >= 1_000_000, format: compact }, // "1.3M"
  { column: "followers", rows: 4, applies: (v) => v >= 10_000, format: compact }, // "48.9K"
  { column: "impressions", rows: 4, applies: (v) => v >= 1_000, format: grouped }, // "1,234"
  { column: "likes", rows: 3, applies: (v) => v >= 100 && v < 1_000, format: (v) => ` ${v} ` },
  // "$1,200" in a US sheet; a Danish or Italian team types its own grouping, "1.200".
  {
    column: "cost",
    rows: 4,
    applies: (v) => v >= 1_000,
    format: (v, m) => (m === US_MARKS ? `$${grouped(v, m)}` : grouped(v, m)),
  },
  { column: "cost", rows: 3, applies: (v) => v > 0 && v < 1_000, format: (v) => `€ ${v}` },
];

const PENDING_ROWS = 3;
const FORMULA_LIKE_NOTES = ["+1 extra story, unpaid", "=2 posts for the price of 1"];

/**
 * Data rows (no header) of the sample tracker, in TRACKER_COLUMNS order; post dates are calendar
 * days, the same day in a spreadsheet of any time zone.
 */
export function sampleTracker(marks: NumberMarks = US_MARKS): CellInput[][] {
  const rand = new Random(SEED);
  const records = schedulePosts(rand).map((post) => postRecord(post, rand));
  messify(records, rand, marks);
  return records.map((record) =>
    TRACKER_COLUMNS.map((column) => {
      const value = record[column.key];
      return isDate(value) ? calendarDay(value.toISOString().slice(0, 10)) : value;
    }),
  );
}

/** mulberry32: a tiny seeded PRNG, good enough for sample data. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  between([min, max]: Range): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both included. */
  int([min, max]: Range): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int([0, items.length - 1])];
    if (item === undefined) throw new Error("Cannot pick from an empty list");
    return item;
  }

  token(length: number, alphabet: string): string {
    return Array.from({ length }, () => alphabet[this.int([0, alphabet.length - 1])]).join("");
  }
}

function numericId(rand: Random, length: number): string {
  return rand.token(1, "123456789") + rand.token(length - 1, "0123456789");
}

interface Influencer {
  name: string;
  handle: string;
  platform: Platform;
  followers: number;
}

interface Post {
  campaign: Campaign;
  influencer: Influencer;
  date: Date;
  fee: number;
}

/** Every influencer's posts in each of their campaigns, oldest first. */
function schedulePosts(rand: Random): Post[] {
  const posts: Post[] = [];
  for (const [name, handle, platform, followers, campaignIds] of ROSTER) {
    const influencer = { name, handle, platform, followers };
    for (const id of campaignIds) {
      const campaign = CAMPAIGNS[id];
      const fee = postFee(followers, rand); // one agreed rate per influencer and campaign
      for (let i = rand.int(POSTS_PER_CAMPAIGN); i > 0; i--) {
        posts.push({ campaign, influencer, date: dayIn(campaign.window, rand), fee });
      }
    }
  }
  // Campaign windows do not overlap, so date order also groups the rows by campaign.
  return posts.sort((a, b) => a.date.getTime() - b.date.getTime());
}

function dayIn([start, end]: Campaign["window"], rand: Random): Date {
  const first = Date.parse(`${start}T00:00:00Z`);
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - first) / DAY_MS);
  return new Date(first + rand.int([0, days]) * DAY_MS);
}

function tierOf(followers: number): Tier {
  const tier = TIERS.find((candidate) => followers < candidate.below) ?? TIERS.at(-1);
  if (tier === undefined) throw new Error("No follower tiers defined");
  return tier;
}

/** Fee per post: bigger accounts within a tier charge nearer the top of its range. */
function postFee(followers: number, rand: Random): number {
  const tier = tierOf(followers);
  const position = Math.log10((followers * 10) / tier.below) + rand.between([-0.15, 0.15]);
  const [min, max] = tier.fee;
  const fee = min + (max - min) * Math.min(1, Math.max(0, position));
  return roundTo(fee, fee < 1_000 ? 5 : 50);
}

function postRecord(post: Post, rand: Random): TrackerRecord {
  const { campaign, influencer } = post;
  const platform = PLATFORMS[influencer.platform];
  const user = influencer.handle.slice(1);
  return {
    campaign: campaign.name,
    influencer: influencer.name,
    handle: influencer.handle,
    platform: influencer.platform,
    postDate: post.date,
    postUrl: platform.postUrl(user, rand),
    followers: influencer.followers,
    ...postMetrics(influencer, campaign, rand),
    cost: post.fee,
    utmLink:
      `https://shop.example.com/?utm_source=${platform.utmSource}&utm_medium=influencer` +
      `&utm_campaign=${campaign.slug}&utm_content=${user}`,
    promoCode: promoCode(influencer.name, campaign),
    notes: rand.chance(NOTE_CHANCE) ? rand.pick([...platform.notes, ...SHARED_NOTES]) : "",
  };
}

type Metrics = Pick<
  TrackerRecord,
  | "impressions"
  | "views"
  | "reach"
  | "likes"
  | "comments"
  | "shares"
  | "saves"
  | "clicks"
  | "conversions"
  | "orders"
  | "revenue"
>;

function postMetrics(influencer: Influencer, campaign: Campaign, rand: Random): Metrics {
  const tier = tierOf(influencer.followers);
  const viewsPerImpression = PLATFORMS[influencer.platform].viewsPerImpression;
  const reach = influencer.followers * rand.between(tier.reachRate);
  const impressions = reach * rand.between(FREQUENCY);
  const engagements = influencer.followers * rand.between(tier.engagementRate);
  // Engagements are mostly likes; comments always outnumber shares and saves.
  const comments = engagements * rand.between([0.04, 0.07]);
  const shares = engagements * rand.between([0.01, 0.03]);
  const saves = engagements * rand.between([0.015, 0.035]);
  const clicks = Math.round(impressions * rand.between(campaign.clickRate));
  const conversions = Math.round(clicks * rand.between(campaign.conversionRate));
  const orders = Math.round(conversions * rand.between(campaign.ordersPerConversion));
  return {
    impressions: Math.round(impressions),
    views: viewsPerImpression ? Math.round(impressions * rand.between(viewsPerImpression)) : "",
    reach: Math.round(reach),
    likes: Math.round(engagements - comments - shares - saves),
    comments: Math.round(comments),
    shares: Math.round(shares),
    saves: Math.round(saves),
    clicks,
    conversions,
    orders,
    revenue: Math.round(orders * rand.between(campaign.orderValue) * 100) / 100,
  };
}

function promoCode(name: string, campaign: Campaign): string {
  if (campaign.promoSuffix === "") return "";
  const firstName = name.split(" ")[0] ?? name;
  // Codes are typed at checkout, so accents go: "Chloé" becomes "CHLOE15".
  return `${firstName.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase()}${campaign.promoSuffix}`;
}

/** Makes a handful of cells messy, the way real, hand-kept trackers are. */
function messify(records: TrackerRecord[], rand: Random, marks: NumberMarks): void {
  // Since 2025 Instagram reports views only; teams on newer exports leave impressions blank.
  for (const record of records) {
    if (record.platform === "Instagram" && rand.chance(0.5)) record.impressions = "";
  }
  // The newest posts' link stats are not in yet; orders come from the shop and are.
  for (const record of records.slice(-PENDING_ROWS)) {
    record.clicks = "";
    record.conversions = "";
    record.notes = "Link stats pending";
  }
  const small = (r: TrackerRecord) => r.notes === "" && isNumber(r.followers, (v) => v < 10_000);
  for (const record of pickRows(records, 1, rand, small)) {
    record.cost = 0;
    record.notes = "Gifted product, no fee";
  }
  // A spreadsheet would read these as formulas unless they are kept as text.
  for (const note of FORMULA_LIKE_NOTES) {
    for (const record of pickRows(records, 1, rand, (r) => r.notes === "")) record.notes = note;
  }
  for (const { column, rows, applies, format } of TEXT_NUMBERS) {
    for (const record of pickRows(records, rows, rand, (r) => isNumber(r[column], applies))) {
      const value = record[column];
      if (typeof value === "number") record[column] = format(value, marks);
    }
  }
}

/** Up to `count` distinct random records that satisfy `eligible`. */
function pickRows(
  records: TrackerRecord[],
  count: number,
  rand: Random,
  eligible: (record: TrackerRecord) => boolean,
): TrackerRecord[] {
  const pool = records.filter(eligible);
  const picked: TrackerRecord[] = [];
  while (picked.length < count && pool.length > 0) {
    picked.push(...pool.splice(rand.int([0, pool.length - 1]), 1));
  }
  return picked;
}

function isNumber(value: CellValue, test: (value: number) => boolean): boolean {
  return typeof value === "number" && test(value);
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** 48_900 -> "48.9K", 1_320_000 -> "1.3M" (or "48,9K" where a comma marks decimals). */
function compact(value: number, marks: NumberMarks): string {
  const [scaled, suffix] = value >= 1_000_000 ? [value / 1_000_000, "M"] : [value / 1_000, "K"];
  return `${String(Number(scaled.toFixed(1))).replace(".", marks.decimal)}${suffix}`;
}

/** 1234 -> "1,234" (or "1.234", "1 234" with another group mark). */
function grouped(value: number, marks: NumberMarks): string {
  const [whole = "", fraction] = String(value).split(".");
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  return fraction === undefined ? groups : `${groups}${marks.decimal}${fraction}`;
}
