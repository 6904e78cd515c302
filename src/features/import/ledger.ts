/**
 * The sales ledger: every order and every GA4 session campaign an import credited, once, with
 * whom it credited. The tracker's sales figures are the ledger's sums, so a later export adds
 * what is new to what came before, and the same export again changes nothing:
 *
 * - An order is known by its number: imported again it replaces its line (a refund or a
 *   cancellation since brings it to 0), and a new number is a new line.
 * - A session campaign's figures are totals over the days the export covers: a period that
 *   does not overlap the campaign's lines adds a line; one that overlaps replaces them (an
 *   export of March to date after one of March's first week). An export that does not say its
 *   days overlaps every period.
 */

/** One credited order, or one session campaign over a period. */
export interface LedgerEntry {
  /** The export it came from, as a person reads it. */
  readonly source: string;
  /** The order's number; "" for sessions. */
  readonly order: string;
  /** The promo codes of an order, or the session campaign. */
  readonly code: string;
  /** The days a session campaign's figures cover (yyyy-mm-dd), "" where unknown or an order. */
  readonly from: string;
  readonly to: string;
  readonly influencer: string;
  readonly campaign: string;
  readonly orders: number | null;
  readonly sessions: number | null;
  readonly keyEvents: number | null;
  readonly revenue: number | null;
  readonly currency: string;
  /** The day it was imported or last changed (yyyy-mm-dd). */
  readonly imported: string;
}

/** The ledger's columns, in sheet order. */
export const LEDGER_COLUMNS = [
  "source",
  "order",
  "code",
  "from",
  "to",
  "influencer",
  "campaign",
  "orders",
  "sessions",
  "keyEvents",
  "revenue",
  "currency",
  "imported",
] as const satisfies readonly (keyof LedgerEntry)[];

export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

const isOrder = (entry: LedgerEntry): boolean => entry.order !== "";

const lower = (text: string) => text.trim().toLowerCase();

/** Whom an entry credits: the influencer in the campaign, whatever the case they are typed in. */
export const ownerKey = (campaign: string, influencer: string): string =>
  `${lower(campaign)}\u0000${lower(influencer)}`;

const entryOwner = (entry: LedgerEntry): string => ownerKey(entry.campaign, entry.influencer);

/** Whether two periods share a day; an unknown period shares one with every period. */
function overlaps(a: LedgerEntry, b: LedgerEntry): boolean {
  if (a.from === "" || b.from === "") return true;
  return a.from <= b.to && b.from <= a.to;
}

/** The same record with the same figures, credited to the same influencer: nothing to change. */
function same(a: LedgerEntry, b: LedgerEntry): boolean {
  return LEDGER_COLUMNS.every(
    (column) => column === "imported" || column === "source" || a[column] === b[column],
  );
}

export interface LedgerMerge {
  /** The ledger once the export is in. */
  readonly entries: readonly LedgerEntry[];
  /** The first line (0-based) that differs from the ledger as it was; entries.length if none. */
  readonly firstChanged: number;
  readonly added: number;
  readonly updated: number;
  /** Session lines replaced by a new period that overlaps them. */
  readonly removed: number;
  /** Whom the lines that changed, or went, credited before and after: their sums move. */
  readonly touchedOwners: ReadonlySet<string>;
  /** Lines this export added or changed, by whom they credit now. */
  readonly changedFor: ReadonlyMap<string, number>;
}

/** The ledger with an export's entries in it. */
export function mergeLedger(
  ledger: readonly LedgerEntry[],
  incoming: readonly LedgerEntry[],
): LedgerMerge {
  const entries: (LedgerEntry | null)[] = [...ledger];
  const touched = new Set<string>();
  const changedFor = new Map<string, number>();
  let firstChanged = ledger.length;
  let added = 0;
  let updated = 0;
  let removed = 0;
  // Where each order's line is, and each session campaign's lines: found without a scan.
  const orderAt = new Map<string, number>();
  const sessionsAt = new Map<string, number[]>();
  const index = (entry: LedgerEntry, i: number) => {
    if (isOrder(entry)) orderAt.set(lower(entry.order), i);
    else sessionsAt.set(lower(entry.code), [...(sessionsAt.get(lower(entry.code)) ?? []), i]);
  };
  ledger.forEach(index);
  const credit = (entry: LedgerEntry) => {
    const owner = entryOwner(entry);
    touched.add(owner);
    changedFor.set(owner, (changedFor.get(owner) ?? 0) + 1);
  };
  const replace = (i: number, entry: LedgerEntry) => {
    touched.add(entryOwner(entries[i] as LedgerEntry));
    credit(entry);
    entries[i] = entry;
    firstChanged = Math.min(firstChanged, i);
    updated++;
  };
  const append = (entry: LedgerEntry) => {
    index(entry, entries.length);
    entries.push(entry);
    credit(entry);
    added++;
  };
  for (const entry of incoming) {
    if (isOrder(entry)) {
      const at = orderAt.get(lower(entry.order));
      const existing = at === undefined ? undefined : entries[at];
      if (at === undefined || !existing) append(entry);
      else if (!same(existing, entry)) replace(at, entry);
      continue;
    }
    const overlapping = (sessionsAt.get(lower(entry.code)) ?? []).filter((i) => {
      const existing = entries[i];
      return existing !== null && existing !== undefined && overlaps(existing, entry);
    });
    const [only] = overlapping;
    const samePeriod =
      overlapping.length === 1 &&
      only !== undefined &&
      entries[only]?.from === entry.from &&
      entries[only]?.to === entry.to;
    if (samePeriod) {
      if (!same(entries[only] as LedgerEntry, entry)) replace(only, entry);
      continue;
    }
    for (const i of overlapping) {
      touched.add(entryOwner(entries[i] as LedgerEntry));
      entries[i] = null;
      firstChanged = Math.min(firstChanged, i);
      removed++;
    }
    append(entry);
  }
  const kept = entries.filter((entry): entry is LedgerEntry => entry !== null);
  return {
    entries: kept,
    firstChanged: Math.min(firstChanged, ledger.length),
    added,
    updated,
    removed,
    touchedOwners: touched,
    changedFor,
  };
}

/** An influencer's sums over the ledger's lines of one kind (orders, or sessions). */
export interface LedgerSums {
  readonly orders: number;
  readonly sessions: number;
  readonly keyEvents: number;
  readonly revenue: number;
}

export function sumsByOwner(
  entries: readonly LedgerEntry[],
  orders: boolean,
): Map<string, LedgerSums> {
  const sums = new Map<
    string,
    { orders: number; sessions: number; keyEvents: number; revenue: number }
  >();
  for (const entry of entries) {
    if (isOrder(entry) !== orders) continue;
    const owner = entryOwner(entry);
    const into = sums.get(owner) ?? { orders: 0, sessions: 0, keyEvents: 0, revenue: 0 };
    into.orders += entry.orders ?? 0;
    into.sessions += entry.sessions ?? 0;
    into.keyEvents += entry.keyEvents ?? 0;
    into.revenue += entry.revenue ?? 0;
    sums.set(owner, into);
  }
  return sums;
}
