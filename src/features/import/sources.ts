/**
 * The exports the import recognises, as data: each header with the field it fills (or null,
 * known and left out on purpose) and where it was seen. The tracker's own headers come from the
 * catalogs at run time (every language, earlier wordings included). Headers are matched trimmed,
 * case aside (headers.ts).
 *
 * Sources: DOMAIN.md, "Where the data comes from", which lists the published headers of each
 * export; the fixtures in test/fixtures/exports are made from those lists.
 */
import type { PlatformName } from "../../core/defaults";
import type { BatchKind, FieldKey } from "./fields";

export type SourceId =
  | "instagram"
  | "facebook"
  | "tiktok"
  | "youtube"
  | "x"
  | "tracker"
  | "shopify"
  | "ga4";

/** Why a known header is left out, shown beside it in the mapping (import.skip.<why>). */
type SkipReason = "period" | "computed" | "mediaId" | "notTracked";

export interface HeaderEntry {
  readonly header: string;
  /** The field the column fills; null when the tracker has no place for it. */
  readonly field: FieldKey | null;
  readonly why?: SkipReason;
  /** Where this header was seen. */
  readonly seen: string;
}

/** How a source writes dates where its publisher says so: month first or day first. */
export type DateOrder = "mdy" | "dmy";

export interface Source {
  readonly id: SourceId;
  readonly kind: BatchKind;
  /** The platform of its posts, where the export is one platform's (else: from each link). */
  readonly platform: PlatformName | null;
  readonly headers: readonly HeaderEntry[];
  /** Conventions the export is documented to write, offered where the file does not show them. */
  readonly writes?: { readonly decimal?: "." | ","; readonly dateOrder?: DateOrder };
}

const META_IG =
  "Meta Business Suite → Insights → Content → Export, Instagram posts (DOMAIN.md, 2025)";
const META_IG_ES = "The same Meta Business Suite export with Spanish headers (DOMAIN.md, 2025)";
const META_FB =
  "Meta Business Suite → Insights → Content → Export, Facebook posts: the Instagram export's headers, with Page ID, Page name, Reactions and Link clicks for a Page (DOMAIN.md names the export)";
const TIKTOK = "TikTok Studio → Analytics → Content → Export, XLSX or CSV (DOMAIN.md)";
const YOUTUBE = "YouTube Studio → Analytics → Advanced mode → Export, Table data.csv (DOMAIN.md)";
const X = "X analytics → Tweets → Export data (DOMAIN.md)";
const SHOPIFY = "Shopify admin → Orders → Export, one row per line item (DOMAIN.md)";
const GA4 =
  "Google Analytics 4 → Reports → Acquisition → Traffic acquisition by Session campaign → Download CSV (DOMAIN.md)";

const entries = (
  seen: string,
  list: readonly (readonly [string, FieldKey | null, SkipReason?])[],
): HeaderEntry[] =>
  list.map(([header, field, why]) => ({ header, field, seen, ...(why ? { why } : {}) }));

export const SOURCES: readonly Source[] = [
  {
    id: "instagram",
    kind: "posts",
    platform: "Instagram",
    // "Publish time is month first (03/25/2025 22:00)" (DOMAIN.md).
    writes: { dateOrder: "mdy" },
    headers: [
      ...entries(META_IG, [
        ["Post ID", null, "mediaId"],
        ["Account ID", null, "notTracked"],
        ["Account username", "handle"],
        ["Account name", "influencer"],
        ["Description", null, "notTracked"],
        ["Duration (sec)", null, "notTracked"],
        ["Publish time", "postDate"],
        ["Permalink", "postUrl"],
        ["Post type", null, "notTracked"],
        ["Data comment", null, "notTracked"],
        // "Lifetime": the period the figures cover, not the day of the post.
        ["Date", null, "period"],
        // Instagram's views replaced plays and impressions in 2025: never impressions.
        ["Views", "views"],
        ["Reach", "reach"],
        ["Likes", "likes"],
        ["Shares", "shares"],
        ["Follows", null, "notTracked"],
        ["Comments", "comments"],
        ["Saves", "saves"],
      ]),
      ...entries(META_IG_ES, [
        ["Enlace permanente", "postUrl"],
        ["Visualizaciones", "views"],
        ["Alcance", "reach"],
        ["Me gusta", "likes"],
      ]),
    ],
  },
  {
    id: "facebook",
    kind: "posts",
    platform: "Facebook",
    writes: { dateOrder: "mdy" },
    headers: entries(META_FB, [
      ["Post ID", null, "mediaId"],
      ["Page ID", null, "notTracked"],
      ["Page name", "influencer"],
      ["Title", null, "notTracked"],
      ["Description", null, "notTracked"],
      ["Duration (sec)", null, "notTracked"],
      ["Publish time", "postDate"],
      ["Permalink", "postUrl"],
      ["Post type", null, "notTracked"],
      ["Data comment", null, "notTracked"],
      ["Date", null, "period"],
      ["Views", "views"],
      ["Reach", "reach"],
      ["Reactions", "likes"],
      ["Comments", "comments"],
      ["Shares", "shares"],
      ["Link clicks", "clicks"],
      ["Total clicks", null, "notTracked"],
    ]),
  },
  {
    id: "tiktok",
    kind: "posts",
    platform: "TikTok",
    // Counts as "1.2K" or "18,400" (DOMAIN.md).
    writes: { decimal: "." },
    headers: entries(TIKTOK, [
      ["Video title", null, "notTracked"],
      ["Video link", "postUrl"],
      ["Post time", "postDate"],
      ["Total likes", "likes"],
      ["Total comments", "comments"],
      ["Total shares", "shares"],
      ["Total views", "views"],
      ["Average watch time", null, "notTracked"],
    ]),
  },
  {
    id: "youtube",
    kind: "posts",
    platform: "YouTube",
    headers: entries(YOUTUBE, [
      // The video's id, from which its link is built.
      ["Content", "postId"],
      ["Video title", null, "notTracked"],
      ["Video publish time", "postDate"],
      ["Duration", null, "notTracked"],
      ["Views", "views"],
      ["Engaged views", null, "notTracked"],
      ["Watch time (hours)", null, "notTracked"],
      ["Impressions", "impressions"],
      ["Impressions click-through rate (%)", null, "computed"],
      ["Likes", "likes"],
      ["Comments added", "comments"],
      ["Shares", "shares"],
      ["Subscribers gained", null, "notTracked"],
    ]),
  },
  {
    id: "x",
    kind: "posts",
    platform: "X",
    headers: entries(X, [
      ["Tweet id", "postId"],
      ["Tweet permalink", "postUrl"],
      ["Tweet text", null, "notTracked"],
      ["time", "postDate"],
      ["impressions", "impressions"],
      ["engagements", null, "computed"],
      ["engagement rate", null, "computed"],
      ["retweets", "shares"],
      ["replies", "comments"],
      ["likes", "likes"],
      ["user profile clicks", null, "notTracked"],
      ["url clicks", "clicks"],
      ["hashtag clicks", null, "notTracked"],
    ]),
  },
  {
    id: "shopify",
    kind: "orders",
    platform: null,
    headers: entries(SHOPIFY, [
      ["Name", "orderId"],
      ["Email", null, "notTracked"],
      ["Financial Status", "orderStatus"],
      ["Currency", "currency"],
      ["Subtotal", null, "notTracked"],
      ["Shipping", null, "notTracked"],
      ["Taxes", null, "notTracked"],
      ["Total", "revenue"],
      ["Discount Code", "promoCode"],
      ["Discount Amount", null, "notTracked"],
      ["Created at", "orderDate"],
      ["Lineitem quantity", null, "notTracked"],
      ["Lineitem name", null, "notTracked"],
      ["Lineitem price", null, "notTracked"],
      ["Cancelled at", "cancelled"],
      ["Refunded Amount", "refunded"],
    ]),
  },
  {
    id: "ga4",
    kind: "sessions",
    platform: null,
    headers: entries(GA4, [
      ["Session campaign", "utmCampaign"],
      ["Session source / medium", null, "notTracked"],
      ["Date", null, "notTracked"],
      ["Sessions", "clicks"],
      ["Engaged sessions", null, "notTracked"],
      ["Key events", "conversions"],
      ["Total revenue", "revenue"],
    ]),
  },
];

/**
 * Words that suggest a field in a file nobody documented, tried in order (the first match
 * wins, so "Link clicks" is clicks before it is a link). Matched against the header in lower
 * case.
 */
export const GUESSES: Readonly<Record<BatchKind, readonly (readonly [RegExp, FieldKey])[]>> = {
  posts: [
    [/click/, "clicks"],
    [/perma ?link|\burl\b|\blink\b|enlace/, "postUrl"],
    [/post ?id|video ?id|tweet ?id|\bid\b/, "postId"],
    [/impression/, "impressions"],
    [/\bviews?\b|\bplays?\b|visuali/, "views"],
    [/\breach\b|alcance/, "reach"],
    [/\blikes?\b|hearts?|reactions?|me gusta/, "likes"],
    [/comments?|repl(y|ies)/, "comments"],
    [/shares?|retweets?|reposts?/, "shares"],
    [/\bsaves?\b|saved|bookmarks?|favou?rites?/, "saves"],
    [/conversions?|key events?|sign ?ups?/, "conversions"],
    [/orders?\b|purchases?/, "orders"],
    [/currency|valuta|货币|валюта/, "currency"],
    [/revenue|sales/, "revenue"],
    [/cost|fee|spend|budget|paid/, "cost"],
    [/followers?|subscribers?|\bfans?\b|audience/, "followers"],
    [/publish|posted|\bdate\b|\btime\b|\bday\b/, "postDate"],
    [/campaign/, "campaign"],
    [/influencer|creator|talent|\bname\b/, "influencer"],
    [/handle|user ?name|account/, "handle"],
    [/platform|network|channel/, "platform"],
    [/promo|coupon|discount|voucher/, "promoCode"],
    [/utm|tracking/, "utmLink"],
    [/notes?\b|remarks?/, "notes"],
  ],
  orders: [
    [/discount code|promo|coupon|voucher/, "promoCode"],
    [/refund/, "refunded"],
    [/cancel/, "cancelled"],
    [/currency/, "currency"],
    [/status/, "orderStatus"],
    [/created|placed|\bdate\b/, "orderDate"],
    [/total|amount|revenue/, "revenue"],
    [/order|\bname\b|number|\bid\b/, "orderId"],
  ],
  sessions: [
    [/campaign/, "utmCampaign"],
    [/sessions?|visits?/, "clicks"],
    [/key events?|conversions?|goals?/, "conversions"],
    [/revenue/, "revenue"],
  ],
};
