/**
 * What an imported file's columns can become: a tracker column, or one of the few fields only an
 * import knows (an id a platform builds a post's link from, an order's number and status, a
 * GA4 session campaign). A file holds one kind of record: posts, orders or sessions; each kind
 * offers its own fields in the mapping.
 */
import { TRACKER_COLUMNS, type TrackerInputKey } from "../../core/tracker-columns";

export type BatchKind = "posts" | "orders" | "sessions";

export const BATCH_KINDS: readonly BatchKind[] = ["posts", "orders", "sessions"];

const EXTRA_FIELDS = [
  "postId",
  "orderId",
  "orderDate",
  "orderStatus",
  "refunded",
  "cancelled",
  "utmCampaign",
] as const;

type ExtraField = (typeof EXTRA_FIELDS)[number];
export type FieldKey = TrackerInputKey | ExtraField;

/** How a field's cells are read: as text, a count (never negative), an amount or a day. */
export type FieldType = "text" | "count" | "money" | "date";

const TRACKER_TYPES = Object.fromEntries(
  TRACKER_COLUMNS.map((c) => [c.key, c.kind === "date" ? "date" : c.kind]),
) as Record<TrackerInputKey, FieldType>;

export const FIELD_TYPES: Readonly<Record<FieldKey, FieldType>> = {
  ...TRACKER_TYPES,
  postId: "text",
  orderId: "text",
  orderDate: "date",
  orderStatus: "text",
  refunded: "money",
  cancelled: "text",
  utmCampaign: "text",
};

export const FIELD_KEYS = [...TRACKER_COLUMNS.map((c) => c.key), ...EXTRA_FIELDS] as FieldKey[];

/** Amounts that may be negative: revenue (refunds); cost and refunds may not. */
export const SIGNED: ReadonlySet<FieldKey> = new Set<FieldKey>(["revenue"]);

/**
 * The fields a file of each kind may fill, in the order the mapping offers them. GA4's sessions
 * land in clicks and its key events in conversions: the tracker's columns for the same steps.
 */
export const KIND_FIELDS: Readonly<Record<BatchKind, readonly FieldKey[]>> = {
  posts: [...TRACKER_COLUMNS.map((c) => c.key), "postId"],
  orders: [
    "orderId",
    "orderDate",
    "promoCode",
    "revenue",
    "refunded",
    "currency",
    "orderStatus",
    "cancelled",
  ],
  sessions: ["utmCampaign", "clicks", "conversions", "revenue"],
};

/** The field each kind cannot do without: what finds the row a record belongs to. */
export const KEY_FIELDS: Readonly<Record<BatchKind, readonly FieldKey[]>> = {
  posts: [],
  orders: ["orderId", "promoCode", "revenue"],
  sessions: ["utmCampaign"],
};

/** Whether a field is a tracker column (and so shown by its column's name). */
export const isTrackerField = (field: FieldKey): field is TrackerInputKey =>
  !(EXTRA_FIELDS as readonly string[]).includes(field);
