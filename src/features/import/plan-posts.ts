/**
 * Posts of a file against the tracker's rows: a post already there (its link, whatever form
 * of it, or its id) gets the file's metrics in its row; values the file lacks are kept, and so
 * are the row's names, handle, platform, link, codes and notes where it has them (the file
 * fills only what is blank there). A new post becomes a new row with its campaign and
 * influencer: the influencer the tracker knows by the post's account handle, else the one the
 * file or the dialog names. A file without links finds rows by campaign, influencer, platform
 * and post date. A post listed twice counts once (its last row), a row that cannot be found
 * or added is listed, and nothing else of the tracker changes.
 */
import { isBlank } from "../../core/cells";
import { message } from "../../core/i18n/catalog";
import { TRACKER_COLUMNS, type TrackerInputKey } from "../../core/tracker-columns";
import type { InputCell, TrackerCells, TrackerInputRow } from "../../sheets/readers/tracker-cells";
import type { PlannedCells } from "../../sheets/tracker-writes";
import { CalendarDay, type CellInput, calendarDay } from "../../sheets/workbook";
import type { ImportRecord, RowChange, Skipped } from "./contract";
import { FIELD_TYPES, type FieldKey, isTrackerField } from "./fields";
import type { ImportBatch } from "./payload";
import { type Plan, RowEdits, SHOWN_ROWS, shown } from "./plan-cells";
import { inTheirCurrency } from "./post-currency";
import { handleOfLink, linkOfId, platformOfLink, postKey } from "./post-key";

/** Cells a file fills only where the tracker's row has nothing: the row's names are the team's. */
const FILL_ONLY: ReadonlySet<TrackerInputKey> = new Set([
  "campaign",
  "influencer",
  "handle",
  "platform",
  "postUrl",
  "utmLink",
  "promoCode",
  "notes",
]);

const text = (value: InputCell | undefined | null): string =>
  value === null || value === undefined || isBlank(value)
    ? ""
    : value instanceof CalendarDay
      ? value.iso
      : String(value).trim();

const plainHandle = (handle: string) => handle.trim().replace(/^@/, "").toLowerCase();

/** An account name as the tracker writes handles: "mia.makes" becomes "@mia.makes". */
const asHandle = (name: string) => (/^[\w.-]+$/.test(name) ? `@${name}` : name);

/** Campaign, who, platform and day: how a post without a link is found. */
function identity(
  campaign: string,
  who: string,
  platform: string,
  day: string,
): string | undefined {
  if (who === "" || day === "") return undefined;
  return `post:${[campaign, who, platform, day].map((part) => part.toLowerCase()).join("|")}`;
}

/** A record's post, resolved: its link (built from its id where needed), key and names. */
interface Post {
  readonly record: ImportRecord;
  readonly link: string;
  readonly key: string;
  /** The file's cells, with the link, handle and platform it implies. */
  readonly cells: Partial<Record<TrackerInputKey, CellInput>>;
  /** The cells of the post as a new row: with its campaign and influencer. */
  readonly fresh: Partial<Record<TrackerInputKey, CellInput>>;
}

function index<T>(entries: Iterable<readonly [string | undefined, T]>): Map<string, T[]> {
  const found = new Map<string, T[]>();
  for (const [key, value] of entries) {
    if (key === undefined) continue;
    const list = found.get(key);
    if (list) list.push(value);
    else found.set(key, [value]);
  }
  return found;
}

export function planPosts(
  tracker: TrackerCells | null,
  batch: ImportBatch,
  /** The Settings currency: amounts in another are written with their row's Currency. */
  settings: string,
): Plan {
  const rows = tracker?.rows ?? [];
  const at = new Map(batch.fields.map((field, i) => [field, i]));
  const get = (record: ImportRecord, field: FieldKey) => {
    const i = at.get(field);
    return i === undefined ? null : (record.values[i] ?? null);
  };
  const skipped: Skipped[] = [];
  const byLink = index(rows.map((row) => [postKey(text(row.cells.postUrl)), row] as const));
  const byIdentity = index(
    rows.map((row) => {
      const who = text(row.cells.influencer) || text(row.cells.handle);
      const key = identity(
        text(row.cells.campaign),
        who,
        text(row.cells.platform),
        text(row.cells.postDate),
      );
      return [key, row] as const;
    }),
  );
  const byHandle = new Map<string, TrackerInputRow>();
  for (const row of rows) {
    const handle = plainHandle(text(row.cells.handle));
    if (handle !== "" && text(row.cells.influencer) !== "" && !byHandle.has(handle))
      byHandle.set(handle, row);
  }

  const posts: Post[] = [];
  for (const record of batch.records) {
    const cells: Partial<Record<TrackerInputKey, CellInput>> = {};
    for (const field of batch.fields) {
      const value = get(record, field);
      if (value === null || !isTrackerField(field)) continue;
      cells[field] = FIELD_TYPES[field] === "date" ? calendarDay(String(value)) : value;
    }
    const id = text(get(record, "postId") as string | null);
    let link = text(cells.postUrl as string | undefined);
    const platform =
      text(cells.platform as string | undefined) || batch.platform || platformOfLink(link) || "";
    if (link === "" && id !== "") {
      link = linkOfId(platform, id) ?? "";
      if (link === "") {
        skipped.push({ line: record.line, reason: message("import.skip.idWithoutLink", { id }) });
        continue;
      }
      cells.postUrl = link;
    }
    const handle = asHandle(text(cells.handle as string | undefined)) || handleOfLink(link) || "";
    if (handle !== "") cells.handle = handle;
    if (platform !== "") cells.platform = platform;
    // A new row's names: the influencer the tracker knows by the handle, else the file's or
    // the dialog's; the campaign the file's or the dialog's.
    const known = byHandle.get(plainHandle(handle));
    const names: Partial<Record<TrackerInputKey, string>> = {
      campaign: text(cells.campaign as string | undefined) || batch.campaign,
      influencer:
        text(known?.cells.influencer) ||
        text(cells.influencer as string | undefined) ||
        batch.influencer,
      handle: handle || text(known?.cells.handle),
    };
    const fresh = { ...cells };
    for (const [key, value] of Object.entries(names) as [TrackerInputKey, string][]) {
      if (value !== "") fresh[key] = value;
    }
    const day = cells.postDate instanceof CalendarDay ? cells.postDate.iso : "";
    const who = names.influencer || names.handle || "";
    const key = link !== "" ? postKey(link) : identity(names.campaign ?? "", who, platform, day);
    if (key === undefined) {
      const reason =
        link !== "" ? message("import.skip.notLink", { text: link }) : message("import.skip.noKey");
      skipped.push({ line: record.line, reason });
      continue;
    }
    posts.push({ record, link, key, cells, fresh });
  }

  // A post listed twice: its last row counts.
  const last = new Map(posts.map((post) => [post.key, post]));
  const edits = new RowEdits(tracker);
  const appends: PlannedCells[] = [];
  const added: RowChange[] = [];
  let unchanged = 0;
  let withoutCampaign = 0;
  for (const post of posts) {
    const latest = last.get(post.key) as Post;
    if (latest !== post) {
      skipped.push({
        line: post.record.line,
        reason: message("import.skip.repeated", { line: latest.record.line }),
      });
      continue;
    }
    const found = (post.link !== "" ? byLink : byIdentity).get(post.key) ?? [];
    if (found.length > 1) {
      const rowsText = found.map((row) => row.row).join(", ");
      skipped.push({
        line: post.record.line,
        reason: message("import.skip.twiceInTracker", { rows: rowsText }),
      });
      continue;
    }
    const row = found[0];
    const label = post.link || [post.fresh.influencer, shown(post.fresh.postDate ?? "")].join(" ");
    if (row) {
      const planned: Partial<Record<TrackerInputKey, CellInput>> = {};
      const cells = inTheirCurrency(post.cells, settings, row.cells);
      for (const [key, value] of Object.entries(cells) as [TrackerInputKey, CellInput][]) {
        if (!FILL_ONLY.has(key) || isBlank(row.cells[key])) planned[key] = value;
      }
      if (!edits.edit(row, planned, label, post.record.line)) unchanged++;
      continue;
    }
    if (!post.fresh.campaign) withoutCampaign++;
    const fresh = inTheirCurrency(post.fresh, settings, undefined);
    appends.push(fresh);
    if (added.length >= SHOWN_ROWS) continue;
    added.push({
      line: post.record.line,
      row: null,
      label,
      cells: TRACKER_COLUMNS.flatMap(({ key }) => {
        const to = fresh[key];
        return to === undefined ? [] : [{ key, from: "", to: shown(to) }];
      }),
    });
  }
  return {
    changes: { updates: edits.updates, appends },
    added: appends.length,
    updated: edits.updates.size,
    unchanged,
    withoutCampaign,
    rows: [...edits.rows, ...added].slice(0, SHOWN_ROWS),
    kept: edits.kept,
    skipped: skipped.sort((a, b) => a.line - b.line),
    sales: null,
  };
}
