/**
 * The report's rows: the tracker rows of the campaign (or all) dated within the report's
 * range, each read into plain numbers, and every cell or row that could not be used listed
 * as a data issue with its A1 reference. Nothing is silently dropped.
 *
 * Numbers typed as text ("12.5K", "1.234,5" in a Danish sheet) are read in the sheet's locale
 * with readNumber: the tracker's own columns (EMV, CPE, ROI …) read them that way, so the
 * report does too, though the sheet's SUM totals and SUMIFS Actuals leave them out (the
 * definitions say how many there were).
 */

import { type CellValue, dateSerial, isBlank, isDate } from "../cells";
import { CURRENCIES, CURRENCY_MARKS, currencySymbols } from "../currency";
import { findPlatform } from "../defaults";
import { isoDay } from "../framework/dates";
import type { TrackerRecord } from "../framework/measure";
import type { FrameworkText } from "../framework/model";
import { say } from "../framework/text";
import type { NumberConventions } from "../i18n/number-format";
import { readNumber } from "../numbers";
import { CELL_ERROR_PREFIX } from "../ranges";
import { TRACKER_COLUMNS, type TrackerColumnKey } from "../tracker-columns";
import type { DataIssue, ReportInput, TrackedRow } from "./model";

/**
 * What a cell that could not be used holds once read: it adds nothing, as text does in
 * SUMIFS, and is not blank (a post whose impressions cell is unreadable does not fall back on
 * its views).
 */
const LEFT_OUT = CELL_ERROR_PREFIX.trim();

/** One post of the report, its numbers as campaignValues reads them. */
export interface Post {
  readonly row: number;
  /** As typed (trimmed), and the key it is matched by: case aside, as SUMIFS matches. */
  readonly campaign: string;
  readonly campaignKey: string;
  /** Influencer (else handle) and platform (by its catalog name where known); "" if none. */
  readonly influencer: string;
  readonly platform: string;
  /** Days since 1970-01-01, as isoDay counts; undefined without a readable date. */
  readonly day: number | undefined;
  readonly record: TrackerRecord;
}

export interface Selection {
  readonly posts: Post[];
  readonly issues: DataIssue[];
  /** Rows of the report's campaign and dates that the totals leave out (listed in issues). */
  readonly leftOut: number;
  /** Cells typed as text and read as numbers. */
  readonly textNumbers: number;
  /** Columns with a cell left out, by campaign key: a KPI reading one is Check inputs. */
  readonly flagged: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether the tracker has any row, and any of the campaign asked for, whatever the dates. */
  readonly anyRow: boolean;
  readonly campaignSeen: boolean;
}

export interface Range {
  /** isoDay numbers, inclusive; undefined for an open end. */
  readonly from: number | undefined;
  readonly to: number | undefined;
  /** The range as written in problems and issues ("1/3/2026 – …"). */
  readonly text: string;
}

/** A number cell once read: a number, "" when blank, LEFT_OUT when it cannot be used. */
type Read = number | string;

/** The tracker's number columns. Revenue may be negative (refunds); the others may not. */
type NumberColumn = Extract<
  TrackerColumnKey,
  | "followers"
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
  | "cost"
>;

export const campaignKey = (name: string): string => name.trim().toLowerCase();

const textOf = (value: CellValue | undefined): string =>
  typeof value === "string"
    ? value.trim()
    : isBlank(value)
      ? ""
      : isDate(value)
        ? isoOf(dayOf(value) ?? 0)
        : String(value);

/** A row with no input at all (its computed cells may still hold ""). */
function isEmpty(cells: TrackedRow["cells"]): boolean {
  for (const { key } of TRACKER_COLUMNS) if (!isBlank(cells[key])) return false;
  return true;
}

const DAY_MS = 86_400_000;
/** Serial day numbers (days since 1899-12-30) minus this are isoDay numbers. */
const SERIAL_1970 = 25_569;

export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A post date as an isoDay number; undefined when blank, null when not a date. */
function dayOf(value: CellValue | undefined): number | undefined | null {
  if (isBlank(value)) return undefined;
  if (typeof value === "number")
    return Number.isFinite(value) ? Math.floor(value) - SERIAL_1970 : null;
  if (isDate(value)) {
    const serial = dateSerial(value);
    return Number.isFinite(serial) ? Math.floor(serial) - SERIAL_1970 : null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return undefined;
  // An ISO date, maybe with a time after it ("2026-03-01T09:30").
  return /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text) ? (isoDay(text.slice(0, 10)) ?? null) : null;
}

/**
 * Which currency a money cell's mark names, when it is not the Settings currency: its code
 * where the mark names one currency ("€" → EUR), else the mark as typed ("¥", "kr", "₽").
 * The Settings currency's own marks pass: its code, its symbol, a dot after it ("kr." and
 * "kr") and the same sign with or without its country's letters ("$" or "US$" in a USD sheet,
 * "$" or "C$" in a CAD sheet).
 */
function currencyReader(currency: string): (text: string) => string | undefined {
  const plain = (mark: string) => mark.toUpperCase().replace(/\.$/, "");
  const marksOf = (code: string) => [code, ...currencySymbols(code)].map(plain);
  const ownMarks = marksOf(currency);
  const own = ownMarks[1] ?? currency;
  const sign = (mark: string) => mark.replace(/^\p{L}+/u, "");
  const marks = [...CURRENCY_MARKS].sort((a, b) => b.length - a.length);
  const isOwn = (mark: string) => {
    const m = plain(mark);
    if (ownMarks.includes(m)) return true;
    const s = sign(m);
    return s !== "" && s === sign(own) && currency.startsWith(m.slice(0, m.length - s.length));
  };
  return (raw) => {
    const text = raw
      .trim()
      .replace(/^[(\-−+]\s*/, "")
      .replace(/\s*\)$/, "");
    const lower = text.toLowerCase();
    const mark = marks.find(
      (m) => lower.startsWith(m.toLowerCase()) || lower.endsWith(m.toLowerCase()),
    );
    if (mark === undefined || isOwn(mark)) return undefined;
    const codes = CURRENCIES.filter((code) => marksOf(code).includes(plain(mark)));
    return codes.length === 1 ? codes[0] : mark;
  };
}

export function selectRows(
  input: ReportInput,
  campaign: string | null,
  range: Range,
  options: { readonly currency: string; readonly conventions: NumberConventions | undefined },
): Selection {
  const sheet = `'${input.trackerSheet.replace(/'/g, "''")}'`;
  const cellRef = (key: keyof ReportInput["columns"], row: number) => {
    const letter = input.columns[key];
    return letter ? `${sheet}!${letter}${row}` : `${sheet}!${row}:${row}`;
  };
  const wanted = campaign === null ? null : campaignKey(campaign);
  const ranged = range.from !== undefined || range.to !== undefined;
  const foreign = currencyReader(options.currency);
  const posts: Post[] = [];
  const issues: DataIssue[] = [];
  const flagged = new Map<string, Set<string>>();
  let leftOut = 0;
  let textNumbers = 0;
  let anyRow = false;
  let campaignSeen = false;

  const rowIssue = (row: number, problem: FrameworkText) =>
    issues.push({ cell: `${sheet}!${row}:${row}`, value: "", column: null, problem });

  // The row being read, for the helpers below.
  let row = 0;
  let cells: TrackedRow["cells"] = {};
  let key = "";
  let bad: Set<string> | undefined;
  const leave = (column: string) => {
    if (!bad) {
      bad = flagged.get(key) ?? new Set();
      flagged.set(key, bad);
    }
    bad.add(column);
    return LEFT_OUT;
  };
  const issue = (column: TrackerColumnKey | "emv", value: CellValue, problem: FrameworkText) =>
    issues.push({ cell: cellRef(column, row), value: textOf(value), column, problem });

  /** One number cell: a number, "" when blank, LEFT_OUT (listed) when it cannot be used. */
  const read = (column: NumberColumn): Read => {
    const value = cells[column];
    if (typeof value === "number" && value - value === 0 && (value >= 0 || column === "revenue")) {
      return value;
    }
    if (isBlank(value)) return "";
    if (typeof value === "string" && (column === "revenue" || column === "cost")) {
      const typed = foreign(value);
      if (typed !== undefined) {
        issue(column, value, say("report.issue.currency", { typed, currency: options.currency }));
        return leave(column);
      }
    }
    const number = readNumber(value, options.conventions);
    if (number.kind === "blank") return "";
    if (number.kind === "bad") {
      issue(column, value, number.problem);
      return leave(column);
    }
    if (number.value < 0 && column !== "revenue") {
      issue(column, value, say("problem.negative", { value: number.value }));
      return leave(column);
    }
    if (typeof value === "string") textNumbers++;
    return number.value;
  };

  /** The tracker's ENGAGEMENTS: blank when every part is; an unreadable part flags the sum. */
  const engagementsOf = (likes: Read, comments: Read, shares: Read, saves: Read): Read => {
    if (likes === LEFT_OUT || comments === LEFT_OUT || shares === LEFT_OUT || saves === LEFT_OUT) {
      return leave("engagements");
    }
    if (likes === "" && comments === "" && shares === "" && saves === "") return "";
    return Number(likes) + Number(comments) + Number(shares) + Number(saves);
  };

  /**
   * EMV is the tracker's own column: a flagged cell ("⚠ …") carries the sheet's reason, listed
   * unless the row's impressions or views cell is listed already.
   */
  const readEmv = (listed: boolean): CellValue => {
    const emv = cells.emv;
    if (typeof emv === "number" && emv - emv === 0) return emv;
    if (isBlank(emv)) return "";
    const text = textOf(emv);
    const number = text.startsWith(LEFT_OUT) ? undefined : readNumber(emv, options.conventions);
    if (number?.kind === "number") return number.value;
    if (!listed) {
      const reason = text.replace(LEFT_OUT, "").trim();
      issue(
        "emv",
        emv,
        number?.kind === "bad" ? number.problem : say("report.issue.flagged", { reason }),
      );
    }
    return leave("emv");
  };

  const platforms = new Map<string, string>();
  for (const { row: at, cells: given } of input.rows) {
    if (isEmpty(given)) continue;
    anyRow = true;
    const name = textOf(given.campaign);
    key = campaignKey(name);
    if (wanted !== null && key !== "" && key !== wanted) continue;
    if (key !== "") campaignSeen = true;
    const day = dayOf(given.postDate);
    if (ranged && typeof day === "number") {
      if (
        (range.from !== undefined && day < range.from) ||
        (range.to !== undefined && day > range.to)
      )
        continue;
    }
    if (key === "") {
      rowIssue(at, say("report.issue.noCampaign"));
      leftOut++;
      continue;
    }
    if (ranged && typeof day !== "number") {
      const value = textOf(given.postDate);
      const problem = day === undefined ? "report.issue.noDate" : "report.issue.notDate";
      issues.push({
        cell: day === undefined ? `${sheet}!${at}:${at}` : cellRef("postDate", at),
        value,
        column: day === undefined ? null : "postDate",
        problem: say(problem, { range: range.text }),
      });
      leftOut++;
      continue;
    }

    row = at;
    cells = given;
    bad = undefined;
    const influencer = textOf(cells.influencer) || textOf(cells.handle);
    const typedPlatform = textOf(cells.platform);
    // In column order, so the row's issues are listed left to right.
    const followers = read("followers");
    const impressions = read("impressions");
    const views = read("views");
    const reach = read("reach");
    const likes = read("likes");
    const comments = read("comments");
    const shares = read("shares");
    const saves = read("saves");
    const clicks = read("clicks");
    const conversions = read("conversions");
    const orders = read("orders");
    const revenue = read("revenue");
    const cost = read("cost");
    // One literal, so every record has the same shape (campaignValues reads them by column).
    const record: TrackerRecord = {
      influencer,
      followers,
      impressions,
      views,
      reach,
      likes,
      comments,
      shares,
      saves,
      clicks,
      conversions,
      orders,
      revenue,
      cost,
      engagements: engagementsOf(likes, comments, shares, saves),
      emv: readEmv(impressions === LEFT_OUT || views === LEFT_OUT),
    };

    let platform = platforms.get(typedPlatform);
    if (platform === undefined) {
      platform = findPlatform(typedPlatform)?.platform ?? typedPlatform;
      platforms.set(typedPlatform, platform);
    }
    if (influencer === "") rowIssue(row, say("report.issue.noInfluencer"));
    if (typedPlatform === "") rowIssue(row, say("report.issue.noPlatform"));
    if (record.followers === "") rowIssue(row, say("report.issue.noFollowers"));
    posts.push({
      row,
      campaign: name,
      campaignKey: key,
      influencer,
      platform,
      day: typeof day === "number" ? day : undefined,
      record,
    });
  }
  return { posts, issues, leftOut, textNumbers, flagged, anyRow, campaignSeen };
}
