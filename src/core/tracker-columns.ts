/**
 * The Campaign Tracker's input columns, in sheet order: one row per influencer post or
 * deliverable. Templates, the sample data and reports all read this one list.
 */
export const TRACKER_COLUMNS = [
  { key: "campaign", label: "Campaign", kind: "text" },
  { key: "influencer", label: "Influencer", kind: "text" },
  { key: "handle", label: "Handle", kind: "text" },
  { key: "platform", label: "Platform", kind: "text" },
  { key: "postDate", label: "Post date", kind: "date" },
  { key: "postUrl", label: "Post URL", kind: "text" },
  { key: "followers", label: "Followers", kind: "count" },
  { key: "impressions", label: "Impressions", kind: "count" },
  { key: "views", label: "Views", kind: "count" },
  { key: "reach", label: "Reach", kind: "count" },
  { key: "likes", label: "Likes", kind: "count" },
  { key: "comments", label: "Comments", kind: "count" },
  { key: "shares", label: "Shares", kind: "count" },
  { key: "saves", label: "Saves", kind: "count" },
  { key: "clicks", label: "Clicks", kind: "count" },
  { key: "conversions", label: "Conversions", kind: "count" },
  { key: "orders", label: "Orders", kind: "count" },
  { key: "revenue", label: "Revenue", kind: "money" },
  { key: "cost", label: "Cost", kind: "money" },
  { key: "utmLink", label: "UTM link", kind: "text" },
  { key: "promoCode", label: "Promo code", kind: "text" },
  { key: "notes", label: "Notes", kind: "text" },
] as const;

export type TrackerColumnKey = (typeof TRACKER_COLUMNS)[number]["key"];

/** A cell as a spreadsheet hands it over: blank cells arrive as "". */
export type CellValue = string | number | boolean | Date;

/** Zero-based position of each tracker column, by key. */
export const TRACKER_INDEX = Object.fromEntries(
  TRACKER_COLUMNS.map((column, index) => [column.key, index]),
) as Record<TrackerColumnKey, number>;
