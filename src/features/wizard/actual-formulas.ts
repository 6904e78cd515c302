/**
 * A KPI's live Actual: one native formula over its campaign's rows of the Campaign Tracker,
 * matched by the campaign named on the KPI's own row, so the value follows every post added
 * and a collaborator without the add-on sees it compute. The definitions are core's
 * (core/framework/measure.ts computes the same numbers from plain rows).
 */

import { sheetReference } from "../../apps-script/cell-input";
import type { Measure, SumColumn } from "../../core/framework/model";
import { columnLetter } from "../../sheets/a1";
import { SETTINGS_NAMES } from "../../sheets/templates/named-ranges";
import type { Positions } from "../../sheets/templates/template";
import { TRACKER, type TrackerKey } from "../../sheets/templates/tracker";

export interface ActualRefs {
  /** The tracker sheet's current name. */
  readonly tracker: string;
  /** Where each tracker column sits now. */
  readonly trackerPositions: Positions<TrackerKey>;
  /** The framework cell that names the KPI's campaign, e.g. "$A5". */
  readonly campaignCell: string;
  /** The Settings words for each engagement-rate base, in every language the sheets speak. */
  readonly baseWords: { readonly reach: readonly string[]; readonly views: readonly string[] };
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The formula (without "=") for a measure, or undefined for a metric entered by hand. */
export function actualFormula(measure: Measure, refs: ActualRefs): string | undefined {
  const column = (key: TrackerKey) => {
    const letter = columnLetter(refs.trackerPositions[key]);
    return `${sheetReference(refs.tracker)}!$${letter}$${TRACKER.firstDataRow}:$${letter}`;
  };
  const campaign = `${column("campaign")}, ${refs.campaignCell}`;
  const sum = (key: SumColumn) => `SUMIFS(${column(key)}, ${campaign})`;
  // Instagram reports views only since 2025: rows without impressions count their views, as
  // the tracker's EMV, CPM and CTR columns do.
  const exposure = (key: SumColumn) =>
    key === "impressions"
      ? `(${sum("impressions")}+SUMIFS(${column("views")}, ${campaign}, ${column("impressions")}, ""))`
      : sum(key);
  const ratio = (numerator: string, denominator: string, scale?: number) =>
    `IF(${denominator}=0, "", ${numerator}/${denominator}${scale === undefined ? "" : `*${scale}`})`;
  switch (measure.kind) {
    case "sum":
      return exposure(measure.column);
    case "ratio": {
      const n = exposure(measure.numerator);
      const d = exposure(measure.denominator);
      return ratio(measure.less ? `(${n}-${d})` : n, d, measure.scale);
    }
    case "engagementRate": {
      const base = SETTINGS_NAMES.engagementBase;
      const is = (words: readonly string[]) =>
        `(${words.map((word) => `(${base}=${quote(word)})`).join("+")})`;
      const denominator = `IF(${is(refs.baseWords.reach)}, ${sum("reach")}, IF(${is(refs.baseWords.views)}, ${sum("views")}, ${sum("followers")}))`;
      return ratio(sum("engagements"), denominator);
    }
    case "posts":
      return `COUNTIFS(${campaign})`;
    case "influencers":
      // FILTER finds nothing (an error) before the campaign's first post.
      return `IFERROR(COUNTUNIQUE(FILTER(${column("influencer")}, ${column("campaign")}=${refs.campaignCell})), 0)`;
    case "manual":
      return undefined;
  }
}
