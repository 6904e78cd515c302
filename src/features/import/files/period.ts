/**
 * The days a report export covers, from the lines above its header: GA4 writes
 * "# Start date: 20260301" and "# End date: 20260430" (DOMAIN.md, "Where the data comes from").
 * An export without both, or with days that do not exist, covers an unknown period.
 */
import { isoDay } from "../../../core/framework/dates";

export interface Period {
  /** yyyy-mm-dd, both included. */
  readonly from: string;
  readonly to: string;
}

function dayAfter(label: string, lines: readonly string[]): string | undefined {
  const pattern = new RegExp(`^#\\s*${label}\\s*:\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$`, "i");
  for (const line of lines) {
    const found = pattern.exec(line);
    if (!found) continue;
    const day = `${found[1]}-${found[2]}-${found[3]}`;
    return isoDay(day) === undefined ? undefined : day;
  }
  return undefined;
}

export function periodOf(above: readonly string[]): Period | null {
  const from = dayAfter("start date", above);
  const to = dayAfter("end date", above);
  return from && to && from <= to ? { from, to } : null;
}
