/** What the user is told once Clean up numbers is done, in the add-on's language. */
import { type Catalog, format } from "../../core/i18n/catalog";
import type { CleanUpResult } from "./clean-up";

/** Cells listed by name at most; the rest are counted. */
const LISTED = 12;

export function describeCleanUp(result: CleanUpResult, catalog: Catalog): string {
  const { converted, marked, left, currency, sheet } = result;
  if (converted + marked + left.length === 0) return format(catalog, "cleanup.nothing", { sheet });
  const lines: string[] = [];
  if (converted > 0) lines.push(format(catalog, "cleanup.converted", { count: converted }));
  if (marked > 0) lines.push(format(catalog, "cleanup.marked", { count: marked, currency }));
  if (left.length > 0) {
    lines.push(format(catalog, "cleanup.left", { count: left.length }));
    for (const { cell, value, problem } of left.slice(0, LISTED)) {
      lines.push(
        format(catalog, "cleanup.leftCell", {
          cell,
          value,
          problem: format(catalog, problem.key, problem.params),
        }),
      );
    }
    if (left.length > LISTED) {
      lines.push(format(catalog, "cleanup.more", { count: left.length - LISTED }));
    }
  }
  return lines.join("\n");
}
