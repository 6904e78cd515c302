/**
 * Sales exports credited to influencers, so that every figure counts them once per influencer
 * and campaign. A Shopify order counts for the influencer whose promo code it carries, a GA4
 * session campaign for the influencer whose UTM link carries it (utm_campaign); a code or
 * campaign of one influencer in one campaign is theirs, one that matches nobody or several is
 * listed with its orders or sessions and revenue, never dropped. A code one influencer uses in
 * several campaigns credits the campaign they posted in first most recently by the order's
 * day; an order from before all of them is listed.
 *
 * What is credited goes into the sales ledger (ledger.ts) once: a later export adds its new
 * orders and periods, the same export again changes nothing. The tracker then shows the
 * ledger's sums on the influencer's rows that carry their promo code or UTM link: figures a
 * person typed on the second and later of those rows are kept and are part of the sums, the
 * first row gets the rest, and blank cells there get 0 (blank would read as results still
 * pending). So the totals row, the framework's Actuals and the report, which all add up the
 * tracker's rows, count each sale once, and posts stay posts. Where the typed figures add up to
 * more than the ledger's sum, nothing is written on their rows and the preview says which.
 * Both exports measure the same sales: the revenue cells hold the last one imported.
 *
 * Orders left out, and listed: without a number, cancelled or voided, refunded in full, or in
 * another currency than Settings'. A partly refunded order counts its total less the refund;
 * an order the ledger holds that is cancelled or refunded since counts 0.
 */
import { type CellValue, isBlank } from "../../core/cells";
import { type Message, message } from "../../core/i18n/catalog";
import { rowCurrency } from "../../core/report/reading";
import type { TrackerInputKey } from "../../core/tracker-columns";
import type { TrackerCells, TrackerInputRow } from "../../sheets/readers/tracker-cells";
import { CalendarDay, type CellInput } from "../../sheets/workbook";
import type {
  Attribution,
  SalesConflict,
  SalesCurrencyConflict,
  Skipped,
  Unmatched,
} from "./contract";
import type { FieldKey } from "./fields";
import {
  type LedgerEntry,
  type LedgerMerge,
  type LedgerSums,
  mergeLedger,
  ownerKey,
  sumsByOwner,
} from "./ledger";
import type { ImportBatch } from "./payload";
import { type Plan, RowEdits } from "./plan-cells";

const key = (text: string) => text.trim().toLowerCase();
const cents = (value: number) => Math.round(value * 100) / 100;

/** The utm_campaign of a UTM link, as GA4 reports it in Session campaign. */
function utmCampaign(link: string): string | undefined {
  const value = /[?&#]utm_campaign=([^&#\s]*)/i.exec(link)?.[1];
  if (!value) return undefined;
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

/** Sums of one code or campaign (or of one influencer's). */
interface Sums {
  records: number;
  orders: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

const empty = (): Sums => ({ records: 0, orders: 0, clicks: 0, conversions: 0, revenue: 0 });

function add(into: Sums, from: Sums): void {
  into.records += from.records;
  into.orders += from.orders;
  into.clicks += from.clicks;
  into.conversions += from.conversions;
  into.revenue += from.revenue;
}

/** One record's sums, or why it is left out. */
type Counted =
  | { readonly keys: readonly string[]; readonly sums: Sums }
  | { readonly left: Message; readonly counts0?: boolean };

function countOrder(get: (field: FieldKey) => string | number | null, currency: string): Counted {
  const id = get("orderId");
  if (id === null) return { left: message("import.sales.noOrder") };
  const status = key(String(get("orderStatus") ?? ""));
  if (get("cancelled") !== null || status === "voided") {
    return { left: message("import.sales.cancelled", { order: id }), counts0: true };
  }
  const total = get("revenue");
  const other = get("currency");
  if (
    typeof total === "string" ||
    (typeof other === "string" && other.trim().toUpperCase() !== currency)
  ) {
    return {
      left: message("import.sales.currency", {
        order: id,
        currency: String(other ?? total),
        settings: currency,
      }),
    };
  }
  if (total === null) return { left: message("import.sales.noTotal", { order: id }) };
  const refunded = typeof get("refunded") === "number" ? (get("refunded") as number) : 0;
  if (status === "refunded" || (refunded > 0 && refunded >= total)) {
    return { left: message("import.sales.refunded", { order: id }), counts0: true };
  }
  const codes = String(get("promoCode") ?? "")
    .split(/[,;]/)
    .map((code) => code.trim())
    .filter((code) => code !== "");
  return { keys: codes, sums: { ...empty(), records: 1, orders: 1, revenue: total - refunded } };
}

function countSessions(get: (field: FieldKey) => string | number | null): Counted {
  const campaign = String(get("utmCampaign") ?? "").trim();
  const number = (field: FieldKey) => (typeof get(field) === "number" ? (get(field) as number) : 0);
  return {
    keys: campaign === "" ? [] : [campaign],
    sums: {
      ...empty(),
      records: 1,
      clicks: number("clicks"),
      conversions: number("conversions"),
      revenue: number("revenue"),
    },
  };
}

/** An influencer in a campaign: whom a code or campaign credits. */
interface Owner {
  readonly id: string;
  readonly influencer: string;
  readonly campaign: string;
  /** Their rows with a promo code or UTM link, in sheet order. */
  readonly rows: TrackerInputRow[];
  /** Their codes or campaigns as the tracker writes them, by lower case. */
  readonly keys: Map<string, string>;
  /** The day (yyyy-mm-dd) of their first post with a code or link, if any has a day. */
  firstPost: string | undefined;
}

/**
 * Of one influencer's campaigns that share a code, the one an order of this day belongs to:
 * the latest whose first post was on or before it. None for several influencers, no day, or
 * a day before all of them.
 */
function campaignOnDay(
  matched: ReadonlySet<Owner>,
  day: string | number | null,
): Owner | undefined {
  if (typeof day !== "string") return undefined;
  const owners = [...matched];
  const who = key(owners[0]?.influencer ?? "");
  if (owners.some((owner) => key(owner.influencer) !== who)) return undefined;
  let best: Owner | undefined;
  let bestStart = "";
  let tie = false;
  for (const owner of owners) {
    const start = owner.firstPost;
    if (start === undefined || start > day) continue;
    if (start > bestStart) {
      best = owner;
      bestStart = start;
      tie = false;
    } else if (start === bestStart) tie = true;
  }
  return tie ? undefined : best;
}

/** The sales a plan writes into the ledger. */
export interface SalesPlan extends Plan {
  readonly ledger: LedgerMerge;
}

/** The tracker's sales columns an export fills, and the ledger sums they show. */
const ORDER_FIELDS = ["orders", "revenue"] as const;
const SESSION_FIELDS = ["clicks", "conversions", "revenue"] as const;
type SalesField = (typeof SESSION_FIELDS)[number] | (typeof ORDER_FIELDS)[number];

const sumOf = (sums: LedgerSums, field: SalesField): number =>
  field === "orders"
    ? sums.orders
    : field === "clicks"
      ? sums.sessions
      : field === "conversions"
        ? sums.keyEvents
        : sums.revenue;

export function planSales(
  tracker: TrackerCells | null,
  batch: ImportBatch,
  context: { currency: string; today: string; source: string; ledger: readonly LedgerEntry[] },
): SalesPlan {
  const { currency } = context;
  const orders = batch.kind === "orders";
  const text = (value: unknown) => (isBlank(value) ? "" : String(value).trim());
  // Who each code or campaign belongs to.
  const owners = new Map<string, Owner>();
  const ownersOf = new Map<string, Set<Owner>>();
  for (const row of tracker?.rows ?? []) {
    const code = text(row.cells.promoCode);
    const utm = utmCampaign(text(row.cells.utmLink)) ?? "";
    if (code === "" && utm === "") continue;
    const influencer = text(row.cells.influencer) || text(row.cells.handle);
    const campaign = text(row.cells.campaign);
    const id = ownerKey(campaign, influencer);
    let owner = owners.get(id);
    if (!owner) {
      owner = { id, influencer, campaign, rows: [], keys: new Map(), firstPost: undefined };
      owners.set(id, owner);
    }
    owner.rows.push(row);
    const day = row.cells.postDate;
    if (day instanceof CalendarDay && (owner.firstPost === undefined || day.iso < owner.firstPost))
      owner.firstPost = day.iso;
    const mine = orders ? code : utm;
    if (mine === "") continue;
    owner.keys.set(key(mine), mine);
    const found = ownersOf.get(key(mine)) ?? new Set<Owner>();
    found.add(owner);
    ownersOf.set(key(mine), found);
  }
  const ledgerOrder = new Map(
    context.ledger.filter((entry) => entry.order !== "").map((entry) => [key(entry.order), entry]),
  );

  const at = new Map(batch.fields.map((field, i) => [field, i]));
  const skipped: Skipped[] = [];
  const incoming: LedgerEntry[] = [];
  const matchedOwners = new Set<string>();
  const unmatched = new Map<string, { sums: Sums; owners: readonly Owner[]; shown: string }>();
  const noKey = empty();
  const period = batch.period ?? { from: "", to: "" };
  for (const record of batch.records) {
    const get = (field: FieldKey) => {
      const i = at.get(field);
      return i === undefined ? null : (record.values[i] ?? null);
    };
    const counted = orders ? countOrder(get, currency) : countSessions(get);
    if ("left" in counted) {
      skipped.push({ line: record.line, reason: counted.left });
      // An order credited before and cancelled or refunded since now counts 0.
      const held = ledgerOrder.get(key(String(get("orderId") ?? "")));
      if (counted.counts0 && held) {
        incoming.push({ ...held, orders: 0, revenue: 0, imported: context.today });
      }
      continue;
    }
    if (counted.keys.length === 0) {
      add(noKey, counted.sums);
      continue;
    }
    const matched = new Set(counted.keys.flatMap((k) => [...(ownersOf.get(key(k)) ?? [])]));
    const owner =
      matched.size === 1
        ? [...matched][0]
        : orders
          ? campaignOnDay(matched, get("orderDate"))
          : undefined;
    if (owner) {
      matchedOwners.add(owner.id);
      const { sums } = counted;
      incoming.push({
        source: context.source,
        order: orders ? String(get("orderId")).trim() : "",
        code: counted.keys.join(", "),
        from: orders ? "" : period.from,
        to: orders ? "" : period.to,
        influencer: owner.influencer,
        campaign: owner.campaign,
        orders: orders ? sums.orders : null,
        sessions: orders || !at.has("clicks") ? null : sums.clicks,
        keyEvents: orders || !at.has("conversions") ? null : sums.conversions,
        revenue: orders || at.has("revenue") ? cents(sums.revenue) : null,
        currency,
        imported: context.today,
      });
      continue;
    }
    const shownKey = counted.keys.join(", ");
    const entry = unmatched.get(key(shownKey)) ?? {
      sums: empty(),
      owners: [...matched],
      shown: shownKey,
    };
    add(entry.sums, counted.sums);
    unmatched.set(key(shownKey), entry);
  }

  const ledger = mergeLedger(context.ledger, incoming);
  const sums = sumsByOwner(ledger.entries, orders);
  const edits = new RowEdits(tracker);
  const fields: readonly SalesField[] = orders
    ? ORDER_FIELDS
    : SESSION_FIELDS.filter((f) => at.has(f));
  const attributed: Attribution[] = [];
  const conflicts: SalesConflict[] = [];
  const currencyConflicts: SalesCurrencyConflict[] = [];
  let unchanged = 0;
  const affected = [...owners.values()].filter(
    (owner) => matchedOwners.has(owner.id) || ledger.touchedOwners.has(owner.id),
  );
  for (const owner of affected) {
    const [target, ...others] = owner.rows;
    if (!target) continue;
    const total = sums.get(owner.id) ?? { orders: 0, sessions: 0, keyEvents: 0, revenue: 0 };
    const label = [owner.influencer, owner.campaign].filter(Boolean).join(" · ");
    // Revenue is counted in the Settings currency: a row in another cannot take it or net it.
    const apart = fields.includes("revenue")
      ? owner.rows.filter((row) => {
          const own = rowCurrency(row.cells.currency as CellValue);
          if (own === undefined || own === currency) return false;
          const revenue = row.cells.revenue;
          return row === target || (typeof revenue === "number" && revenue !== 0);
        })
      : [];
    const other = apart[0] && rowCurrency(apart[0].cells.currency as CellValue);
    if (other) {
      currencyConflicts.push({
        influencer: owner.influencer,
        campaign: owner.campaign,
        rows: apart.map((row) => row.row),
        currency: other,
        settings: currency,
      });
      continue;
    }
    // What their other rows hold already counts; the first row gets the rest.
    const planned: Partial<Record<TrackerInputKey, CellInput>> = {};
    const typed = new Set<number>();
    let over: SalesConflict | undefined;
    for (const field of fields) {
      let held = 0;
      const rows: number[] = [];
      for (const row of others) {
        const value = row.cells[field];
        if (typeof value === "number" && value !== 0) {
          held += value;
          rows.push(row.row);
          typed.add(row.row);
        }
      }
      const rest = cents(sumOf(total, field) - held);
      if (rest < 0 && !over) {
        over = {
          influencer: owner.influencer,
          campaign: owner.campaign,
          key: field,
          total: cents(sumOf(total, field)),
          typed: cents(held),
          rows,
        };
      }
      planned[field] = rest;
    }
    if (over) {
      conflicts.push(over);
      continue;
    }
    const changed = edits.edit(target, planned, label, 0);
    const zeroed: number[] = [];
    for (const row of others) {
      const zero: Partial<Record<TrackerInputKey, CellInput>> = {};
      for (const field of fields) if (isBlank(row.cells[field])) zero[field] = 0;
      if (Object.keys(zero).length > 0 && edits.edit(row, zero, label, 0)) zeroed.push(row.row);
    }
    if (!changed && zeroed.length === 0) unchanged++;
    const has = (field: SalesField) => (fields.includes(field) ? cents(sumOf(total, field)) : null);
    attributed.push({
      keys: [...owner.keys.values()],
      influencer: owner.influencer,
      campaign: owner.campaign,
      row: target.row,
      orders: has("orders"),
      clicks: has("clicks"),
      conversions: has("conversions"),
      revenue: has("revenue"),
      records: ledger.changedFor.get(owner.id) ?? 0,
      typed: [...typed].sort((a, b) => a - b),
      zeroed,
    });
  }
  const list: Unmatched[] = [...unmatched.values()].map(({ sums: found, owners: who, shown }) => ({
    key: shown,
    records: found.records,
    revenue: cents(found.revenue),
    owners: who.map((o) => [o.influencer, o.campaign].filter(Boolean).join(" · ")),
  }));
  if (noKey.records > 0)
    list.push({ key: "", records: noKey.records, revenue: cents(noKey.revenue), owners: [] });
  return {
    changes: { updates: edits.updates, appends: [] },
    added: 0,
    updated: edits.updates.size,
    unchanged,
    withoutCampaign: 0,
    rows: edits.rows,
    kept: edits.kept,
    skipped,
    sales: {
      attributed,
      unmatched: list,
      conflicts,
      currencyConflicts,
      ledger: { added: ledger.added, updated: ledger.updated, removed: ledger.removed },
    },
    ledger,
  };
}
