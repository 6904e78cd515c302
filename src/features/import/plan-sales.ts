/**
 * Sales exports credited to influencers, so that every figure counts them once per influencer
 * and campaign. A Shopify order counts for the influencer whose promo code it carries, a GA4
 * session campaign for the influencer whose UTM link carries it (utm_campaign); a code or
 * campaign of one influencer in one campaign is theirs, one that matches nobody or several is
 * listed with its orders or sessions and revenue, never dropped.
 *
 * Where the sales land: on one of the influencer's rows in the campaign, the first that carries
 * their promo code or UTM link. The file's totals (orders and revenue from the shop; clicks,
 * conversions and revenue from GA4's sessions, key events and revenue) replace what that row
 * held, and the same cells of their other rows with a code or link are set to 0 (not blank,
 * which the report would read as results still pending), listed in the preview. So the totals
 * row, the framework's SUMIFS Actuals and the report, which all add up the tracker's rows,
 * count each sale once; their posts stay posts (no extra row to count as one) and keep their
 * platform. Importing the same file again changes nothing; a later export
 * of the same period replaces the earlier one's figures. Both exports measure the same sales:
 * the revenue cell holds the last one imported.
 *
 * Orders left out, and listed: without a number, cancelled or voided, refunded in full, or in
 * another currency than Settings'. A partly refunded order counts its total less the refund.
 */
import { isBlank } from "../../core/cells";
import { type Message, message } from "../../core/i18n/catalog";
import type { TrackerInputKey } from "../../core/tracker-columns";
import type { TrackerCells, TrackerInputRow } from "../../sheets/readers/tracker-cells";
import type { CellInput } from "../../sheets/workbook";
import type { Attribution, Skipped, Unmatched } from "./contract";
import type { FieldKey } from "./fields";
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
  | { readonly left: Message };

function countOrder(get: (field: FieldKey) => string | number | null, currency: string): Counted {
  const id = get("orderId");
  if (id === null) return { left: message("import.sales.noOrder") };
  const status = key(String(get("orderStatus") ?? ""));
  if (get("cancelled") !== null || status === "voided") {
    return { left: message("import.sales.cancelled", { order: id }) };
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
    return { left: message("import.sales.refunded", { order: id }) };
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
}

export function planSales(
  tracker: TrackerCells | null,
  batch: ImportBatch,
  currency: string,
): Plan {
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
    const id = `${key(campaign)}\u0000${key(influencer)}`;
    let owner = owners.get(id);
    if (!owner) {
      owner = { id, influencer, campaign, rows: [], keys: new Map() };
      owners.set(id, owner);
    }
    owner.rows.push(row);
    const mine = orders ? code : utm;
    if (mine === "") continue;
    owner.keys.set(key(mine), mine);
    const found = ownersOf.get(key(mine)) ?? new Set<Owner>();
    found.add(owner);
    ownersOf.set(key(mine), found);
  }

  const at = new Map(batch.fields.map((field, i) => [field, i]));
  const skipped: Skipped[] = [];
  const credited = new Map<Owner, { sums: Sums; keys: Map<string, string> }>();
  const unmatched = new Map<string, { sums: Sums; owners: readonly Owner[]; shown: string }>();
  const noKey = empty();
  for (const record of batch.records) {
    const get = (field: FieldKey) => {
      const i = at.get(field);
      return i === undefined ? null : (record.values[i] ?? null);
    };
    const counted = orders ? countOrder(get, currency) : countSessions(get);
    if ("left" in counted) {
      skipped.push({ line: record.line, reason: counted.left });
      continue;
    }
    if (counted.keys.length === 0) {
      add(noKey, counted.sums);
      continue;
    }
    const matched = new Set(counted.keys.flatMap((k) => [...(ownersOf.get(key(k)) ?? [])]));
    const [owner] = matched;
    if (matched.size === 1 && owner) {
      const entry = credited.get(owner) ?? { sums: empty(), keys: new Map<string, string>() };
      add(entry.sums, counted.sums);
      // A code as the tracker writes it, once whatever the case it was typed in.
      for (const k of counted.keys) {
        if (ownersOf.get(key(k))?.has(owner)) entry.keys.set(key(k), owner.keys.get(key(k)) ?? k);
      }
      credited.set(owner, entry);
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

  const edits = new RowEdits(tracker);
  const fields: TrackerInputKey[] = orders
    ? ["orders", "revenue"]
    : (["clicks", "conversions", "revenue"] as const).filter((f) => at.has(f));
  const attributed: Attribution[] = [];
  let unchanged = 0;
  for (const [owner, { sums, keys }] of credited) {
    const [target, ...others] = owner.rows;
    if (!target) continue;
    const totals: Record<string, number> = {
      orders: sums.orders,
      clicks: sums.clicks,
      conversions: sums.conversions,
      revenue: cents(sums.revenue),
    };
    const planned: Partial<Record<TrackerInputKey, CellInput>> = {};
    for (const field of fields) planned[field] = totals[field] ?? 0;
    const label = [owner.influencer, owner.campaign].filter(Boolean).join(" · ");
    const changed = edits.edit(target, planned, label, 0);
    const cleared: number[] = [];
    for (const row of others) {
      const zero: Partial<Record<TrackerInputKey, CellInput>> = {};
      for (const field of fields) zero[field] = 0;
      if (edits.edit(row, zero, label, 0)) cleared.push(row.row);
    }
    if (!changed && cleared.length === 0) unchanged++;
    const has = (field: TrackerInputKey) => (fields.includes(field) ? (totals[field] ?? 0) : null);
    attributed.push({
      keys: [...keys.values()],
      influencer: owner.influencer,
      campaign: owner.campaign,
      row: target.row,
      orders: has("orders"),
      clicks: has("clicks"),
      conversions: has("conversions"),
      revenue: has("revenue"),
      cleared,
    });
  }
  const list: Unmatched[] = [...unmatched.values()].map(({ sums, owners: found, shown }) => ({
    key: shown,
    records: sums.records,
    revenue: cents(sums.revenue),
    owners: found.map((o) => [o.influencer, o.campaign].filter(Boolean).join(" · ")),
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
    sales: { attributed, unmatched: list },
  };
}
