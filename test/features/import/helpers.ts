/**
 * A Campaign Tracker with posts to update (one of each platform, some cells messy: a number
 * typed as text, a formula of the user's), and imports run as the dialog runs them: the file
 * read, recognised and read cell by cell in the page's code, then the server's use cases.
 */
import { readFileSync } from "node:fs";
import type { CellValue } from "../../../src/core/cells";
import { TRACKER_COLUMNS, type TrackerInputKey } from "../../../src/core/tracker-columns";
import type {
  ImportOutcome,
  ImportPayload,
  ImportStart,
} from "../../../src/features/import/contract";
import { readFileBytes } from "../../../src/features/import/files/read-file";
import { previewImport, runImport, startImport } from "../../../src/features/import/import";
import { type Choices, payloadOf, prepare, readWith } from "../../../src/features/import/prepare";
import { projectPath } from "../../../src/local/paths";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { calendarDay, formula, type WorkbookPort } from "../../../src/sheets/workbook";
import { env, inMemory, insert, post, trackerColumn } from "../../sheets/helpers";

const utm = (campaign: string) =>
  `https://shop.example.com/?utm_source=instagram&utm_medium=influencer&utm_campaign=${campaign}`;

/** Rows 3 to 8 of the test tracker. */
export const POSTS = [
  post({
    campaign: "Spring Glow",
    influencer: "Anna Berg",
    handle: "@anna.berg",
    platform: "Instagram",
    postDate: calendarDay("2026-03-20"),
    postUrl: "https://www.instagram.com/p/ANNA001abc/",
    followers: 12_000,
    views: 5000,
    reach: 4000,
    likes: 300,
    comments: 20,
    shares: 5,
    saves: 10,
    clicks: 50,
    conversions: 5,
    orders: 3,
    revenue: 150,
    cost: 400,
    utmLink: utm("spring_anna"),
    promoCode: "ANNA10",
    notes: "Story + reel",
  }),
  post({
    campaign: "Spring Glow",
    influencer: "Anna Berg",
    handle: "@anna.berg",
    platform: "Instagram",
    postDate: calendarDay("2026-03-27"),
    postUrl: "https://www.instagram.com/reel/ANNA002xyz/",
    followers: 12_000,
    views: 7000,
    reach: 5200,
    likes: 410,
    comments: 31,
    shares: 9,
    saves: 22,
    clicks: 70,
    conversions: 6,
    orders: 2,
    revenue: 90,
    cost: 400,
    utmLink: utm("spring_anna"),
    promoCode: "ANNA10",
  }),
  post({
    campaign: "Spring Glow",
    influencer: "Ben Cole",
    handle: "@bencole",
    platform: "TikTok",
    postDate: calendarDay("2026-03-22"),
    postUrl: "https://www.tiktok.com/@bencole/video/7301234567890123456",
    followers: 45_000,
    views: 20_000,
    reach: 15_000,
    likes: "1,200",
    comments: 80,
    shares: 40,
    saves: 25,
    clicks: 90,
    conversions: 4,
    orders: 1,
    revenue: 40,
    cost: 250,
    utmLink: utm("spring_ben"),
    promoCode: "BEN10",
  }),
  post({
    campaign: "Spring Glow",
    influencer: "Cara Diaz",
    handle: "@caradiaz",
    platform: "YouTube",
    postDate: calendarDay("2026-03-25"),
    postUrl: "https://youtu.be/dQw4w9WgXcQ",
    followers: 80_000,
    impressions: 30_000,
    views: 8000,
    likes: formula("=100+20"),
    comments: 15,
    shares: 3,
    clicks: 40,
    conversions: 2,
    orders: 0,
    revenue: 0,
    cost: 900,
    utmLink: utm("spring_shared"),
    promoCode: "CARA10",
  }),
  post({
    campaign: "Spring Glow",
    influencer: "Dev Iyer",
    handle: "@deviyer",
    platform: "X",
    postDate: calendarDay("2026-03-26"),
    postUrl: "https://twitter.com/deviyer/status/1771234567890123456",
    followers: 5000,
    impressions: 9000,
    likes: 50,
    comments: 4,
    shares: 6,
    clicks: 30,
    cost: 120,
    utmLink: utm("spring_shared"),
  }),
  post({
    campaign: "Spring Glow",
    influencer: "Eva Lund",
    handle: "@evalund",
    platform: "Facebook",
    postDate: calendarDay("2026-03-28"),
    postUrl: "https://www.facebook.com/evalund/posts/pfbid02Xyz789",
    followers: 3000,
    reach: 2500,
    likes: 90,
    comments: 12,
    shares: 4,
    clicks: 20,
    conversions: 1,
    orders: 1,
    revenue: 35,
    cost: 80,
    utmLink: utm("spring_eva"),
    promoCode: "EVA10",
  }),
];

/** The first data row of the test tracker. */
export const FIRST = 3;

/** Templates and the test posts, in a US spreadsheet (dates a day off where a zone is wrong). */
export function testTracker(options: { locale?: string; timeZone?: string } = {}) {
  const standIn = inMemory({ locale: "en_US", timeZone: "America/Los_Angeles", ...options });
  insert(standIn.port);
  appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), POSTS);
  return standIn;
}

export type StandIn = ReturnType<typeof testTracker>;

/** The tracker's input cells of a row, by key (dates as ISO days, formulas as formulas). */
export function row(standIn: StandIn, sheetRow: number): Record<TrackerInputKey, CellValue> {
  const sheet = standIn.spreadsheet.sheetNamed("Campaign Tracker");
  if (!sheet) throw new Error("no tracker");
  const cells = {} as Record<TrackerInputKey, CellValue>;
  for (const { key } of TRACKER_COLUMNS) {
    const range = sheet.getRange(sheetRow, trackerColumn(key));
    const typed = range.getFormula();
    const value = range.getValue() as CellValue;
    cells[key] = typed
      ? typed
      : value instanceof Date || Object.prototype.toString.call(value) === "[object Date]"
        ? standIn.port.isoDay(value as Date)
        : value;
  }
  return cells;
}

/** The last row of the tracker holding anything in its input columns. */
export function lastRow(standIn: StandIn): number {
  const values =
    standIn.spreadsheet.sheetNamed("Campaign Tracker")?.getDataRange().getValues() ?? [];
  for (let r = values.length; r >= FIRST; r--) {
    if (values[r - 1]?.slice(0, TRACKER_COLUMNS.length).some((v) => v !== "")) return r;
  }
  return FIRST - 1;
}

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(projectPath("test", "fixtures", "exports", name)));

/** What the dialog starts from, through JSON as google.script.run hands it over. */
const start = (port: WorkbookPort): ImportStart =>
  JSON.parse(JSON.stringify(startImport(port, env()))) as ImportStart;

/** A file read as the dialog reads it, with the reader's choices. */
export function read(port: WorkbookPort, bytes: Uint8Array, choose: Partial<Choices> = {}) {
  const read = readFileBytes(bytes);
  if (!("table" in read)) throw new Error(`Not read: ${read.problem.key}`);
  const context = start(port);
  const prepared = prepare(read.table, context);
  const choices = { ...prepared.choices, ...choose };
  const reading = readWith(prepared, choices, context);
  return { prepared, reading, payload: payloadOf(prepared, choices, reading) };
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Runs the import of a fixture, or of a file's text (or the preview, which writes nothing). */
export function importFile(
  port: WorkbookPort,
  name: string | { text: string },
  choose: Partial<Choices> = {},
  preview = false,
): ImportOutcome & { payload: ImportPayload } {
  const bytes = typeof name === "string" ? fixture(name) : new TextEncoder().encode(name.text);
  const { payload } = read(port, bytes, choose);
  if (!payload) throw new Error(`${String(name)}: choices missing`);
  const outcome = (preview ? previewImport : runImport)(port, json(payload), env());
  return { ...json(outcome), payload };
}

/** The summary of a successful import. */
export function summary(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
  return outcome.summary;
}
