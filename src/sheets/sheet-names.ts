/**
 * Names of the sheets the add-on creates: free among the spreadsheet's sheets (whatever the
 * case, as Sheets compares them) and at most 31 characters, Excel's limit, so that a download
 * as .xlsx keeps them whole. Excel counts UTF-16 code units, as JavaScript's length does.
 */
import { type Catalog, format } from "../core/i18n/catalog";

/** Excel's longest sheet name, in UTF-16 code units. */
export const SHEET_NAME_LIMIT = 31;

const ELLIPSIS = "…";

/**
 * The text in at most `room` UTF-16 code units: whole if it fits, else cut and ended with "…"
 * (never inside a surrogate pair, and without the spaces before the cut).
 */
export function shorten(text: string, room: number): string {
  if (text.length <= room) return text;
  if (room < ELLIPSIS.length) return "";
  let end = room - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * "Campaign Tracker", or "Campaign Tracker (2)" if a sheet already has that name: taken names
 * as a list, or as a question to the spreadsheet. `wanted` is the name, or the name made to
 * fit a number of code units (what is left beside a " (2)"); a name is shortened with "…" so
 * that it fits SHEET_NAME_LIMIT with its number.
 */
export function freeName(
  wanted: string | ((room: number) => string),
  taken: readonly string[] | ((name: string) => boolean),
): string {
  const lower = Array.isArray(taken) ? new Set(taken.map((name) => name.toLowerCase())) : undefined;
  const isTaken = (name: string) =>
    lower ? lower.has(name.toLowerCase()) : (taken as (name: string) => boolean)(name);
  const nameIn = typeof wanted === "string" ? (room: number) => shorten(wanted, room) : wanted;
  for (let n = 1; ; n++) {
    const number = n === 1 ? "" : ` (${n})`;
    const candidate = `${nameIn(SHEET_NAME_LIMIT - number.length)}${number}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * A report sheet's name in the catalog's language ("Spring Glow Launch 2026-05-01"), free and
 * within the limit: the campaign is shortened first, so the name keeps saying which campaign
 * and which day; a " (2)" for a second report that day fits too. (The sheet's title says it is
 * a report; the campaign is what a person looks for among the tabs.)
 */
export function reportSheetName(
  catalog: Catalog,
  campaign: string,
  date: string,
  taken: readonly string[] | ((name: string) => boolean),
): string {
  const named = (name: string) => format(catalog, "sheet.report", { campaign: name, date });
  const fixed = named("").length;
  return freeName((room) => {
    const whole = named(campaign);
    if (whole.length <= room) return whole;
    // Without room for a letter and "…" beside the rest, the whole name is cut instead.
    return room - fixed >= 2 ? named(shorten(campaign, room - fixed)) : shorten(whole, room);
  }, taken);
}
