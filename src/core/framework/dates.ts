/** ISO dates (yyyy-mm-dd) as the wizard sends them, read as day numbers to compare. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date, or undefined unless it is a real calendar date. */
export function isoDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March and reads years below 100 as 19xx.
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() / DAY_MS : undefined;
}

/** The ISO date some days after another (before, with a negative count). */
export function addDays(iso: string, days: number): string {
  const day = isoDay(iso);
  if (day === undefined) return iso;
  return new Date((day + days) * DAY_MS).toISOString().slice(0, 10);
}
