import { type CellValue, isDate } from "../core/cells";
import type { PlatformName } from "../core/defaults";
import { numberConventions } from "../core/i18n/number-format";
import { BENCHMARKS, bandOf } from "../core/report/benchmarks";
import type { TrackerInputKey } from "../core/tracker-columns";
import { TRACKER_COLUMNS } from "../core/tracker-columns";
import { type CellInput, calendarDay } from "../sheets/workbook";

/**
 * Sample Campaign Tracker for the local demo and tests: a skincare brand's four 2026 campaigns,
 * one row per influencer post, with plausible numbers from a seeded generator (same rows on
 * every call). Fees follow published rate cards by platform and tier (DOMAIN.md, "What an
 * influencer costs"), sponsored posts engage less than a profile's average for some creators,
 * YouTube's impressions (thumbnail shows) run several times its views, and one sales campaign
 * pays back while the other does not. A few cells are messy the way hand-kept sheets are:
 * numbers typed as text, a euro amount, link stats not in yet, a gifted post and a note that
 * looks like a formula.
 */

type Platform = PlatformName;
type Range = readonly [min: number, max: number];
type TrackerRecord = Record<TrackerInputKey, CellValue>;

interface Campaign {
  name: string;
  slug: string;
  /** First and last day, as ISO dates (UTC). */
  window: readonly [start: string, end: string];
  clickRate: Range; // clicks per impression, before the platform's factor
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
    clickRate: [0.003, 0.007],
    conversionRate: [0.01, 0.03],
    ordersPerConversion: [0.4, 0.7],
    orderValue: [38, 62],
    promoSuffix: "",
  },
  // A sales push with personal promo codes that pays back: every conversion is an order.
  summer: {
    name: "Summer Sun Sale",
    slug: "summer-sun-sale",
    window: ["2026-06-08", "2026-07-19"],
    clickRate: [0.008, 0.015],
    conversionRate: [0.025, 0.045],
    ordersPerConversion: [1, 1],
    orderValue: [60, 90],
    promoSuffix: "15",
  },
  // App downloads: a conversion is an install, and only a few installs lead to an in-app order.
  autumn: {
    name: "Autumn App Drive",
    slug: "autumn-app-drive",
    window: ["2026-09-14", "2026-10-25"],
    clickRate: [0.007, 0.015],
    conversionRate: [0.04, 0.08],
    ordersPerConversion: [0.05, 0.15],
    orderValue: [30, 80],
    promoSuffix: "",
  },
  // Gift sets that did not sell: clicks came, few bought, and baskets were small.
  winter: {
    name: "Winter Gift Edit",
    slug: "winter-gift-edit",
    window: ["2026-11-02", "2026-11-29"],
    clickRate: [0.005, 0.01],
    conversionRate: [0.008, 0.016],
    ordersPerConversion: [1, 1],
    orderValue: [28, 42],
    promoSuffix: "GIFT",
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
  ["Lena Vogel", "@lena.glow", "Instagram", 8_420, ["spring", "summer", "autumn", "winter"]],
  ["Jonas Berg", "@jonas.outdoors", "Instagram", 3_280, ["summer", "autumn"]],
  ["Amara Okafor", "@amara.everyday", "Facebook", 4_960, ["summer", "autumn"]],
  ["Ben Walker", "@benwalks", "Facebook", 1_930, ["autumn"]],
  ["Sam Carter", "@samcodes", "X", 2_310, ["summer", "autumn"]],
  ["Elif Demir", "@elif-demir", "LinkedIn", 5_740, ["autumn"]],
  // Micro (10k-100k)
  ["Priya Nair", "@priyaskin", "TikTok", 18_150, ["spring", "summer", "autumn", "winter"]],
  ["Sofia Rossi", "@sofia.beauty", "Instagram", 48_900, ["spring", "summer", "autumn", "winter"]],
  ["Noah Kim", "@noahkimvlogs", "YouTube", 72_400, ["spring", "autumn"]],
  ["Chloé Dubois", "@chloe.routine", "TikTok", 36_800, ["spring", "summer", "winter"]],
  ["Marcus Lee", "@marcusfit", "Instagram", 91_300, ["summer", "autumn"]],
  ["Hannah Schulz", "@hannah.slowliving", "Instagram", 24_600, ["spring", "summer", "winter"]],
  ["Diego Alvarez", "@diegocooks", "TikTok", 43_200, ["summer", "autumn"]],
  ["Grace Chen", "@gracechen.tech", "YouTube", 18_700, ["autumn"]],
  ["Olivia Brown", "@liv.budgets", "Facebook", 27_500, ["summer", "autumn"]],
  ["Ravi Patel", "@ravi-patel", "LinkedIn", 41_200, ["summer", "autumn"]],
  ["Zoe Miller", "@zoe_reviews", "X", 15_900, ["summer", "autumn"]],
  ["Ines Costa", "@ines.skinlab", "Instagram", 12_300, ["spring", "summer", "winter"]],
  // Macro (100k-1M)
  ["Ava Johnson", "@avaglows", "Instagram", 412_000, ["spring", "summer", "winter"]],
  ["Fatima Zahra", "@fatima.glowup", "Instagram", 156_000, ["spring", "summer", "winter"]],
  ["Kenji Sato", "@kenji.sato", "YouTube", 286_000, ["spring", "autumn"]],
  ["Maya Singh", "@mayasinghstyle", "TikTok", 734_000, ["spring", "summer", "winter"]],
  ["Lucas Ferreira", "@lucasferreira", "X", 158_000, ["summer", "autumn"]],
  ["Nora Lindqvist", "@noralindqvist", "Facebook", 205_000, ["spring", "autumn"]],
  // Mega (> 1M)
  ["Bella Torres", "@bellatorres", "TikTok", 2_480_000, ["summer"]],
  ["Jake Reynolds", "@jakereynolds", "YouTube", 1_320_000, ["spring", "autumn"]],
];

/**
 * Instagram's published fee per post by tier (wordontheblock.com 2023; inbeat.co 2024: "$100
 * per 10,000 followers"), each tier's lower follower bound and its fee range. Other platforms
 * pay a share of it (PLATFORMS' feeFactor): TikTok about a quarter, YouTube about double.
 */
const RATE_CARD: readonly { readonly from: number; readonly fee: Range }[] = [
  { from: 0, fee: [10, 30] }, // emerging
  { from: 1_000, fee: [10, 100] }, // nano
  { from: 10_000, fee: [100, 500] }, // micro
  { from: 100_000, fee: [500, 10_000] }, // macro
  { from: 1_000_000, fee: [10_000, 30_000] }, // mega
];
const FEE_PER_FOLLOWER = 100 / 10_000;

interface PlatformInfo {
  utmSource: string;
  /** Fee per post as a share of Instagram's rate card. */
  feeFactor: number;
  /** Impressions of one sponsored post per follower. */
  impressionsPerFollower: Range;
  /** Views per impression; null where posts are not videos and no views are reported. */
  viewsPerImpression: Range | null;
  /** Clicks per impression against Instagram's (YouTube counts thumbnail shows). */
  clickFactor: number;
  /**
   * How a typical post engages: Instagram and TikTok by Modash's published averages for the
   * creator's follower band (likes per follower; engagements per view); the others per
   * follower or per view.
   */
  engagement: { readonly per: "follower" | "view"; readonly rate: Range } | "modash";
  postUrl: (user: string, rand: Random) => string;
  notes: readonly string[];
}

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const PLATFORMS: Record<Platform, PlatformInfo> = {
  Instagram: {
    utmSource: "instagram",
    feeFactor: 1,
    impressionsPerFollower: [0.7, 1.4],
    viewsPerImpression: [0.85, 1],
    clickFactor: 1,
    engagement: "modash",
    postUrl: (_user, rand) => `https://www.instagram.com/p/${rand.token(11, ID_CHARS)}/`,
    notes: ["Story + reel", "Carousel, 6 slides", "Collab post with brand", "Link sticker"],
  },
  TikTok: {
    utmSource: "tiktok",
    feeFactor: 0.25,
    impressionsPerFollower: [0.5, 1.3],
    viewsPerImpression: [0.75, 0.95],
    clickFactor: 0.45,
    engagement: "modash",
    postUrl: (user, rand) => `https://www.tiktok.com/@${user}/video/${numericId(rand, 19)}`,
    notes: ["Duet with brand account", "Trending sound", "Spark Ads enabled"],
  },
  YouTube: {
    utmSource: "youtube",
    feeFactor: 2,
    impressionsPerFollower: [0.9, 1.6],
    // Impressions are thumbnail shows: several times the views.
    viewsPerImpression: [0.12, 0.25],
    clickFactor: 0.25,
    engagement: { per: "view", rate: [0.03, 0.05] },
    postUrl: (_user, rand) => `https://www.youtube.com/watch?v=${rand.token(11, ID_CHARS)}`,
    notes: ["Dedicated video", "Integration at 2:10", "Short + long-form"],
  },
  Facebook: {
    utmSource: "facebook",
    feeFactor: 0.5,
    impressionsPerFollower: [0.3, 0.6],
    viewsPerImpression: null,
    clickFactor: 0.9,
    engagement: { per: "follower", rate: [0.008, 0.02] },
    postUrl: (user, rand) => `https://www.facebook.com/${user}/posts/${numericId(rand, 16)}`,
    notes: ["Shared to 2 groups", "Live session"],
  },
  LinkedIn: {
    utmSource: "linkedin",
    feeFactor: 1,
    impressionsPerFollower: [0.4, 0.9],
    viewsPerImpression: null,
    clickFactor: 0.8,
    engagement: { per: "follower", rate: [0.01, 0.025] },
    postUrl: (_user, rand) =>
      `https://www.linkedin.com/feed/update/urn:li:activity:${numericId(rand, 19)}/`,
    notes: ["Document post", "Reshared by brand CEO"],
  },
  X: {
    utmSource: "x",
    feeFactor: 0.5,
    impressionsPerFollower: [0.2, 0.5],
    viewsPerImpression: null,
    clickFactor: 0.6,
    engagement: { per: "follower", rate: [0.004, 0.012] },
    postUrl: (user, rand) => `https://x.com/${user}/status/${numericId(rand, 19)}`,
    notes: ["Thread, 5 posts", "Pinned for a week"],
  },
};

/**
 * A sponsored post's engagement against the creator's usual one: brand content engages less,
 * and some creators' paid posts fall well below their band's published average.
 */
const SPONSORED_FACTOR: Range = [0.45, 1.15];

const SHARED_NOTES = ["Reposted by brand", "Posted a day late", "Whitelisted for paid ads"];
const NOTE_CHANCE = 0.3;
/** Impressions per person reached: people see a post more than once. */
const FREQUENCY: Range = [1.1, 1.8];
const POSTS_PER_CAMPAIGN: Range = [2, 5];
const SEED = 20_260_316;
const DAY_MS = 86_400_000;

interface TextNumber {
  column: TrackerInputKey;
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

/** Numbers that people type, or paste from dashboards, as text: a few, as in a real sheet. */
const TEXT_NUMBERS: readonly TextNumber[] = [
  { column: "followers", rows: 1, applies: (v) => v >= 1_000_000, format: compact }, // "1.3M"
  { column: "followers", rows: 1, applies: (v) => v >= 10_000, format: compact }, // "48.9K"
  { column: "impressions", rows: 2, applies: (v) => v >= 1_000, format: grouped }, // "1,234"
  { column: "likes", rows: 2, applies: (v) => v >= 100 && v < 1_000, format: (v) => ` ${v} ` },
  // "$1,200" in a US sheet; a Danish or Italian team types its own grouping, "1.200".
  {
    column: "cost",
    rows: 2,
    applies: (v) => v >= 1_000,
    format: (v, m) => (m === US_MARKS ? `$${grouped(v, m)}` : grouped(v, m)),
  },
  // A creator invoiced in euros, typed as it was on the invoice.
  { column: "cost", rows: 1, applies: (v) => v >= 100 && v < 1_000, format: (v) => `€ ${v}` },
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
  /** How this creator's sponsored posts engage against their usual posts. */
  sponsored: number;
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
    const influencer = {
      name,
      handle,
      platform,
      followers,
      sponsored: rand.between(SPONSORED_FACTOR),
    };
    for (const id of campaignIds) {
      const campaign = CAMPAIGNS[id];
      const fee = postFee(influencer, rand); // one agreed rate per influencer and campaign
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

/**
 * Fee per post from the rate card: about $100 per 10,000 followers on Instagram, kept within
 * the tier's published range, times the platform's share of it; each creator asks a little
 * more or less.
 */
function postFee({ followers, platform }: Influencer, rand: Random): number {
  const band = [...RATE_CARD].reverse().find((tier) => followers >= tier.from) ?? RATE_CARD[0];
  const [min, max] = band?.fee ?? [10, 25];
  const instagram = Math.min(max, Math.max(min, followers * FEE_PER_FOLLOWER));
  // Nobody posts for less than $10; below that, a brand sends product instead (messify).
  const fee = Math.max(10, instagram * PLATFORMS[platform].feeFactor * rand.between([0.8, 1.25]));
  return roundTo(fee, fee < 100 ? 5 : fee < 1_000 ? 10 : 50);
}

/** The middle of Modash's "average" band for the creator's followers (the first band below 1k). */
function modashAverage(platform: "Instagram" | "TikTok", followers: number): number {
  const set = BENCHMARKS.find((benchmark) => benchmark.platform === platform);
  const band = set?.bands[Math.max(0, bandOf(followers))];
  return band ? (band.low + band.high) / 2 : 0.02;
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
    currency: "",
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
  const platform = PLATFORMS[influencer.platform];
  const impressions = influencer.followers * rand.between(platform.impressionsPerFollower);
  const views = platform.viewsPerImpression
    ? impressions * rand.between(platform.viewsPerImpression)
    : undefined;
  // People reached: of the views where impressions are thumbnail shows (YouTube).
  const reach =
    (influencer.platform === "YouTube" && views !== undefined ? views : impressions) /
    rand.between(FREQUENCY);
  // Engagements as the platform's averages have them, times the creator's sponsored factor.
  const usual = rand.between([0.85, 1.15]) * influencer.sponsored;
  let engagements: number;
  let likeShare = rand.between([0.8, 0.9]);
  if (platform.engagement === "modash") {
    if (influencer.platform === "Instagram") {
      const likes = influencer.followers * modashAverage("Instagram", influencer.followers) * usual;
      engagements = likes / likeShare;
    } else {
      engagements = (views ?? impressions) * modashAverage("TikTok", influencer.followers) * usual;
    }
  } else {
    const { per, rate } = platform.engagement;
    engagements =
      (per === "view" ? (views ?? impressions) : influencer.followers) * rand.between(rate) * usual;
    likeShare = rand.between([0.75, 0.9]);
  }
  // The rest of the engagements: comments outnumber shares and saves.
  const rest = engagements * (1 - likeShare);
  const comments = rest * rand.between([0.45, 0.6]);
  const shares = rest * rand.between([0.15, 0.25]);
  const saves = rest - comments - shares;
  const clicks = Math.round(impressions * rand.between(campaign.clickRate) * platform.clickFactor);
  const conversions = Math.round(clicks * rand.between(campaign.conversionRate));
  const orders = Math.round(conversions * rand.between(campaign.ordersPerConversion));
  return {
    impressions: Math.round(impressions),
    views: views === undefined ? "" : Math.round(views),
    reach: Math.round(reach),
    likes: Math.round(engagements * likeShare),
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
