/**
 * The add-on's columns by stable key. Keys identify a column everywhere in code; what a person
 * reads is its label (labels.ts), so a translated or renamed header never changes a formula.
 */

/** The Campaign Tracker's input columns, in sheet order: one row per post or deliverable. */
export const TRACKER_COLUMNS = [
  { key: "campaign", kind: "text" },
  { key: "influencer", kind: "text" },
  { key: "handle", kind: "text" },
  { key: "platform", kind: "text" },
  { key: "postDate", kind: "date" },
  { key: "postUrl", kind: "text" },
  { key: "followers", kind: "count" },
  { key: "impressions", kind: "count" },
  { key: "views", kind: "count" },
  { key: "reach", kind: "count" },
  { key: "likes", kind: "count" },
  { key: "comments", kind: "count" },
  { key: "shares", kind: "count" },
  { key: "saves", kind: "count" },
  { key: "clicks", kind: "count" },
  { key: "conversions", kind: "count" },
  { key: "orders", kind: "count" },
  { key: "revenue", kind: "money" },
  { key: "cost", kind: "money" },
  // The currency of the row's cost and revenue where their cells' formats name none; blank is
  // the Settings currency (reading.ts, R2). Added in template 8: older trackers may lack it.
  { key: "currency", kind: "text" },
  { key: "utmLink", kind: "text" },
  { key: "promoCode", kind: "text" },
  { key: "notes", kind: "text" },
] as const;

/** A column a person (or an import) fills in; TrackerKey (sheets/templates/tracker) is any column. */
export type TrackerInputKey = (typeof TRACKER_COLUMNS)[number]["key"];
export type TrackerInputKind = (typeof TRACKER_COLUMNS)[number]["kind"];

/** The tracker's computed columns, in sheet order after the inputs. */
export const COMPUTED_KEYS = [
  "tier",
  "engagements",
  "engagementRate",
  "emv",
  "cpm",
  "cpe",
  "ctr",
  "conversionRate",
  "roi",
  "roas",
] as const;

export type ComputedKey = (typeof COMPUTED_KEYS)[number];

/** Every tracker column, inputs then computed, in sheet order. */
export const TRACKER_KEYS: readonly (TrackerInputKey | ComputedKey)[] = [
  ...TRACKER_COLUMNS.map((c) => c.key),
  ...COMPUTED_KEYS,
];

/**
 * The KPI Framework's columns, in sheet order: one row per KPI of a campaign. Sheets made
 * before a column existed get it at the right when Insert templates upgrades them.
 */
export const FRAMEWORK_KEYS = [
  "campaign",
  "budget",
  "spent",
  "goal",
  "kpi",
  "metric1",
  "metric2",
  "metric3",
  "formula",
  "dataSource",
  "baseline",
  "target",
  "start",
  "end",
  "deadline",
  "owner",
  "tactic",
  "smartStatus",
  "statement",
  "smartNotes",
  "actual",
  "lowest",
  "highest",
  "progress",
  "status",
] as const;

export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

/** Columns a tracker made before them may lack until Insert templates adds them: read as blank. */
export const LATER_TRACKER_COLUMNS: ReadonlySet<TrackerInputKey> = new Set(["currency"]);

/** Zero-based position of each tracker input column, by key. */
export const TRACKER_INDEX = Object.fromEntries(
  TRACKER_COLUMNS.map((column, index) => [column.key, index]),
) as Record<TrackerInputKey, number>;
