/**
 * The formulas that put the report's figures into the sheets: KPIACTUAL (or KPIRANGE) over
 * the tracker's columns wherever they sit now, written into the KPI Framework by the wizard
 * and into the tracker's totals row by its template. The figures themselves are core's
 * (core/report/figure.ts); this only says where their cells are.
 */
import type { FigureId } from "../core/report/figure";
import { FIGURE_COLUMNS } from "../core/report/figure-functions";
import { columnLetter, sheetReference } from "./a1";
import { ABSENT } from "./headers";
import { SETTINGS_NAMES } from "./templates/named-ranges";
import type { Positions } from "./templates/template";
import type { TrackerKey } from "./templates/tracker";

export interface FigureRefs {
  /** The tracker sheet's name, or undefined from within the tracker itself. */
  readonly tracker: string | undefined;
  /** The tracker's first data row (TRACKER.firstDataRow). */
  readonly firstRow: number;
  /** Where each tracker column sits now. */
  readonly positions: Positions<TrackerKey>;
  /** The Settings words for each engagement-rate base, in every language the sheets speak. */
  readonly baseWords: { readonly reach: readonly string[]; readonly views: readonly string[] };
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * KPIACTUAL or KPIRANGE (without "=") of a figure over the campaign a formula expression names
 * ("$A5", or "\"\"" for every row).
 */
export function figureFormula(
  fn: "KPIACTUAL" | "KPIRANGE",
  figure: FigureId,
  campaign: string,
  refs: FigureRefs,
): string {
  const sheet = refs.tracker === undefined ? "" : `${sheetReference(refs.tracker)}!`;
  const column = (key: TrackerKey) => {
    const letter = columnLetter(refs.positions[key]);
    return `${sheet}$${letter}$${refs.firstRow}:$${letter}`;
  };
  const first = (key: TrackerKey) =>
    `COLUMN(${sheet}$${columnLetter(refs.positions[key])}$${refs.firstRow})`;
  // The Settings base by its word in any of the sheets' languages, as the report reads it.
  const base = SETTINGS_NAMES.engagementBase;
  const is = (words: readonly string[]) =>
    `(${[...new Set(words)].map((word) => `(${base}=${quote(word)})`).join("+")})`;
  const baseWord = `IF(${is(refs.baseWords.reach)}, "reach", IF(${is(refs.baseWords.views)}, "views", "followers"))`;
  // A tracker from before the Currency column (template 8) is read without it.
  const currencies = refs.positions.currency === ABSENT ? "" : `, ${column("currency")}`;
  return `${fn}(${quote(figure)}, ${campaign}, ${FIGURE_COLUMNS.map(column).join(", ")}, ${baseWord}, ${first("revenue")}, ${first("cost")}, ${SETTINGS_NAMES.rates}${currencies})`;
}
