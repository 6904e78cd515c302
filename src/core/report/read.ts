/**
 * The report's rows: the tracker rows of the campaign (or all) dated within the report's
 * range, each read by the rules every surface follows (reading.ts: a number counts, blank is
 * blank, anything else is left out), and every cell or row the report could not use listed
 * as a data issue with its A1 reference and why. Nothing is silently dropped.
 */

import { type CellValue, dateSerial, isBlank, isDate } from "../cells";
import { findPlatform } from "../defaults";
import { isoDay } from "../framework/dates";
import type { Formatter } from "../framework/format";
import type { FrameworkText } from "../framework/model";
import { say } from "../framework/text";
import type { Rate } from "../rates";
import { TRACKER_COLUMNS, type TrackerInputKey } from "../tracker-columns";
import type { DataIssue, ReportInput, TrackedRow } from "./model";
import {
  isLeftOut,
  type LeftOut,
  type NumberColumn,
  OUTCOMES,
  type Outcome,
  postNumbers,
  type Reading,
  type ReadingOptions,
  readCell,
  readingsOf,
  rowCurrency,
} from "./reading";
import type { TalliedPost } from "./tally";

/** One post of the report: where it sits, whose it is, and its numbers as read. */
export interface Post extends TalliedPost {
  readonly row: number;
  /** As typed (trimmed), and the key it is matched by: case aside, as SUMIFS matches. */
  readonly campaign: string;
  readonly campaignKey: string;
  /** Influencer (else handle) and platform (by its catalog name where known); "" if none. */
  readonly influencer: string;
  readonly platform: string;
  /** Days since 1970-01-01, as isoDay counts; undefined without a readable date. */
  readonly day: number | undefined;
}

export interface Selection {
  readonly posts: Post[];
  readonly issues: DataIssue[];
  /** Rows of the report's campaign and dates that the totals leave out (listed in issues). */
  readonly leftOut: number;
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

const CURRENCY_ISSUES = {
  text: "report.issue.currency",
  format: "report.issue.currencyFormat",
  column: "report.issue.currencyColumn",
} as const;

/** Why a left-out cell is left out, after its column's label. */
function leftOutProblem(
  reading: LeftOut,
  currency: string,
  format: Formatter,
): FrameworkText | undefined {
  switch (reading.why) {
    case "text":
      return say(
        "report.issue.text",
        { reading: format.number(reading.reading, 4) },
        { action: "report.cleanUp" },
      );
    case "ambiguous":
      return say("report.issue.ambiguous", {
        first: format.number(reading.readings[0], 4),
        second: format.number(reading.readings[1], 4),
      });
    case "currency":
      return say(CURRENCY_ISSUES[reading.by], { typed: reading.currency, currency });
    case "currencies":
      return say("report.issue.currencyClash", { format: reading.format, row: reading.row });
    case "unreadable":
      return say("report.issue.unreadable", undefined, undefined, { problem: [reading.problem] });
    case "parts":
      // Its parts are listed themselves.
      return undefined;
  }
}

export interface SelectOptions extends ReadingOptions {
  /** The rates a campaign's rows count at (rates.ts, ratesFor); else `rates` for every row. */
  readonly ratesOf?: (campaign: string) => ReadonlyMap<string, Rate>;
  /** Numbers in the issues' texts, as the sheet's locale writes them. */
  readonly format: Formatter;
  /** False to skip listing the data issues, where only the figures are wanted. */
  readonly issues?: boolean;
}

export function selectRows(
  input: ReportInput,
  campaign: string | null,
  range: Range,
  options: SelectOptions,
): Selection {
  const sheet = `'${input.trackerSheet.replace(/'/g, "''")}'`;
  const cellRef = (key: keyof ReportInput["columns"], row: number) => {
    const letter = input.columns[key];
    return letter ? `${sheet}!${letter}${row}` : `${sheet}!${row}:${row}`;
  };
  const rowRef = (row: number) => `${sheet}!${row}:${row}`;
  const wanted = campaign === null ? null : campaignKey(campaign);
  const ranged = range.from !== undefined || range.to !== undefined;
  const { format } = options;
  const posts: Post[] = [];
  const issues: DataIssue[] = [];
  let leftOut = 0;
  let anyRow = false;
  let campaignSeen = false;

  const listing = options.issues !== false;
  const rowIssue = (row: number, problem: FrameworkText) => {
    if (listing) issues.push({ cell: rowRef(row), value: "", column: null, problem });
  };

  // The row being read, for the helpers below.
  let row = 0;
  let cells: TrackedRow["cells"] = {};
  const issue = (column: TrackerInputKey | "emv", value: CellValue, problem: FrameworkText) => {
    if (listing) issues.push({ cell: cellRef(column, row), value: textOf(value), column, problem });
  };

  // The row's Currency, and the reading options of its campaign: its own rates, where
  // Settings fixes any.
  let currency: string | undefined;
  let money: ReadingOptions = options;
  const moneyOf = new Map<ReadonlyMap<string, Rate> | undefined, ReadingOptions>();
  /** One number cell, listed when it is left out (or negative, though counted). */
  const read = (column: NumberColumn, format?: string): Reading => {
    const value = cells[column];
    const reading =
      column === "cost" || column === "revenue"
        ? readCell(value, column, money, format, currency)
        : readCell(value, column, options);
    if (typeof reading === "number") {
      if (listing && reading < 0 && column !== "revenue") {
        issue(
          column,
          value as CellValue,
          say("report.issue.negative", { value: options.format.number(reading) }),
        );
      }
      return reading;
    }
    if (listing && isLeftOut(reading)) {
      const problem = leftOutProblem(reading, options.currency, options.format);
      if (problem) {
        const money = column === "cost" || column === "revenue";
        issue(
          column,
          value as CellValue,
          money
            ? say("report.issue.costBased", undefined, undefined, { problem: [problem] })
            : problem,
        );
      }
    }
    return reading;
  };

  const platforms = new Map<string, string>();
  for (const { row: at, cells: given, formats } of input.rows) {
    if (isEmpty(given)) continue;
    anyRow = true;
    const name = textOf(given.campaign);
    const key = campaignKey(name);
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
      // All campaigns means the whole tracker, as its totals row: such a post counts in the
      // totals and the pooled breakdowns, though in no campaign's own figures.
      if (wanted === null) rowIssue(at, say("report.issue.noCampaignAll"));
      else {
        rowIssue(at, say("report.issue.noCampaign"));
        leftOut++;
        continue;
      }
    }
    if (ranged && typeof day !== "number") {
      const value = textOf(given.postDate);
      const problem = day === undefined ? "report.issue.noDate" : "report.issue.notDate";
      issues.push({
        cell: day === undefined ? rowRef(at) : cellRef("postDate", at),
        value,
        column: day === undefined ? null : "postDate",
        problem: say(problem, { range: range.text }),
      });
      leftOut++;
      continue;
    }

    row = at;
    cells = given;
    currency = rowCurrency(cells.currency);
    const rates = options.ratesOf?.(name) ?? options.rates;
    money = moneyOf.get(rates) ?? { ...options, ...(rates && { rates }) };
    moneyOf.set(rates, money);
    const influencer = textOf(cells.influencer) || textOf(cells.handle);
    const typedPlatform = textOf(cells.platform);
    // In column order, so the row's issues are listed left to right.
    const readings = readingsOf((column) =>
      read(column, column === "cost" || column === "revenue" ? formats?.[column] : undefined),
    );
    const numbers = postNumbers(readings);

    // EMV is the tracker's own column: a flagged cell ("⚠ …") carries the sheet's reason,
    // listed unless the row's impressions or views cell is listed already.
    const emv = readCell(cells.emv, "emv", options);
    if (
      listing &&
      isLeftOut(emv) &&
      !isLeftOut(readings.impressions) &&
      !isLeftOut(readings.views)
    ) {
      const problem = leftOutProblem(emv, options.currency, format);
      if (problem) issue("emv", cells.emv as CellValue, problem);
    }

    let platform = platforms.get(typedPlatform);
    if (platform === undefined) {
      platform = findPlatform(typedPlatform)?.platform ?? typedPlatform;
      platforms.set(typedPlatform, platform);
    }
    if (influencer === "") rowIssue(row, say("report.issue.noInfluencer"));
    if (typedPlatform === "") rowIssue(row, say("report.issue.noPlatform"));
    if (readings.followers === "") rowIssue(row, say("report.issue.noFollowers"));
    posts.push({
      row,
      campaign: name,
      campaignKey: key,
      influencer,
      platform,
      day: typeof day === "number" ? day : undefined,
      numbers,
      emv,
    });
  }

  // Pending results, for the outcomes the report's posts fill in anywhere: a column nobody
  // fills in is not tracked, and listing every post for it would say nothing.
  const tracked = OUTCOMES.filter((outcome) =>
    posts.some((post) => typeof post.numbers.cells[outcome] === "number"),
  );
  for (const post of listing ? posts : []) {
    if (post.numbers.pending.length === 0) continue;
    const pending = post.numbers.pending.filter((outcome: Outcome) => tracked.includes(outcome));
    if (pending.length === 0) continue;
    rowIssue(
      post.row,
      say("report.issue.pending", undefined, undefined, {
        outcomes: pending.map((outcome) => say(`metric.${outcome}`)),
      }),
    );
  }
  return { posts, issues, leftOut, anyRow, campaignSeen };
}
