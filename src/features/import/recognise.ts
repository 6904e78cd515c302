/**
 * Which export a file is, from its header row: the source whose table names the most of its
 * headers, as long as the columns that find a record's row are among them (a post's link or
 * id, an order's number, code and total, a session campaign). A file no table fits gets a best
 * guess for each column from the words of its header, to confirm or change in the mapping.
 */
import type { PlatformName } from "../../core/defaults";
import { COMPUTED_KEYS, TRACKER_COLUMNS } from "../../core/tracker-columns";
import { type BatchKind, type FieldKey, KEY_FIELDS, KIND_FIELDS } from "./fields";
import { GUESSES, type HeaderEntry, SOURCES, type Source, type SourceId } from "./sources";

/** The tracker's headers by column key, in every language and earlier wording. */
export type TrackerHeaders = Readonly<Record<string, readonly string[]>>;

export interface Recognition {
  /** The export recognised; null when none fits and the mapping is a guess. */
  readonly source: SourceId | null;
  readonly kind: BatchKind;
  readonly platform: PlatformName | null;
  /** Per column of the file: the field it fills, or null to leave it out. */
  readonly mapping: readonly (FieldKey | null)[];
  /** Per column: the header's entry in the source's table, where it has one. */
  readonly entries: readonly (HeaderEntry | undefined)[];
  readonly writes: Source["writes"];
}

/** A header as matched: no byte-order mark or quotes, spaces collapsed, case aside. */
export const normaliseHeader = (header: unknown): string =>
  String(header ?? "")
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .replace(/\s+/g, " ")
    .toLowerCase();

const TRACKER_SEEN = "The Campaign Tracker of Influencer KPIs, in any of its five languages";

/** The tracker's own columns as a source: a file exported from a tracker like this one. */
function trackerSource(headers: TrackerHeaders): Source {
  const inputs = TRACKER_COLUMNS.flatMap(({ key }) =>
    (headers[key] ?? []).map((header): HeaderEntry => ({ header, field: key, seen: TRACKER_SEEN })),
  );
  const computed = COMPUTED_KEYS.flatMap((key) =>
    (headers[key] ?? []).map(
      (header): HeaderEntry => ({ header, field: null, why: "computed", seen: TRACKER_SEEN }),
    ),
  );
  return { id: "tracker", kind: "posts", platform: null, headers: [...inputs, ...computed] };
}

/** Each field once: a second column naming the same field is left out. */
function once(fields: readonly (FieldKey | null)[]): (FieldKey | null)[] {
  const seen = new Set<FieldKey>();
  return fields.map((field) => {
    if (field === null || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
}

/** Whether the mapping holds what finds each record's row. */
export function findsRows(kind: BatchKind, mapping: readonly (FieldKey | null)[]): boolean {
  if (kind === "posts") return mapping.includes("postUrl") || mapping.includes("postId");
  return KEY_FIELDS[kind].every((field) => mapping.includes(field));
}

function byTable(header: readonly string[], source: Source) {
  const table = new Map<string, HeaderEntry>();
  for (const entry of source.headers) {
    const key = normaliseHeader(entry.header);
    if (!table.has(key)) table.set(key, entry);
  }
  const entries = header.map((h) => table.get(normaliseHeader(h)));
  const mapping = once(entries.map((entry) => entry?.field ?? null));
  const score = entries.filter(Boolean).length;
  // A tracker exported without its links is still the tracker: rows are then found by
  // influencer and date.
  const fits = source.id === "tracker" ? score >= 3 && mapping.some((f) => f !== null) : score >= 2;
  return {
    entries,
    mapping,
    score,
    fits: fits && (source.id === "tracker" || findsRows(source.kind, mapping)),
  };
}

/** The field a header's words suggest for a kind of file, each field once. */
export function guessMapping(
  header: readonly string[],
  kind: BatchKind,
  headers: TrackerHeaders,
): (FieldKey | null)[] {
  const exact = new Map<string, FieldKey>();
  const known = [
    ...SOURCES.filter((s) => s.kind === kind),
    ...(kind === "posts" ? [trackerSource(headers)] : []),
  ];
  for (const source of known) {
    for (const entry of source.headers) {
      const key = normaliseHeader(entry.header);
      if (entry.field && KIND_FIELDS[kind].includes(entry.field) && !exact.has(key)) {
        exact.set(key, entry.field);
      }
    }
  }
  return once(
    header.map((h) => {
      const text = normaliseHeader(h);
      if (text === "") return null;
      return exact.get(text) ?? GUESSES[kind].find(([words]) => words.test(text))?.[1] ?? null;
    }),
  );
}

/** The kind of records a file of unknown origin most likely holds. */
function guessKind(header: readonly string[], headers: TrackerHeaders): BatchKind {
  for (const kind of ["orders", "sessions"] as const) {
    const mapping = guessMapping(header, kind, headers);
    if (findsRows(kind, mapping) && !findsRows("posts", guessMapping(header, "posts", headers))) {
      return kind;
    }
  }
  return "posts";
}

export function recognise(header: readonly string[], headers: TrackerHeaders): Recognition {
  let best: { source: Source; found: ReturnType<typeof byTable> } | undefined;
  for (const source of [...SOURCES, trackerSource(headers)]) {
    const found = byTable(header, source);
    if (found.fits && (!best || found.score > best.found.score)) best = { source, found };
  }
  if (best) {
    const { source, found } = best;
    return {
      source: source.id,
      kind: source.kind,
      platform: source.platform,
      mapping: found.mapping,
      entries: found.entries,
      writes: source.writes,
    };
  }
  const kind = guessKind(header, headers);
  return {
    source: null,
    kind,
    platform: null,
    mapping: guessMapping(header, kind, headers),
    entries: header.map(() => undefined),
    writes: undefined,
  };
}
