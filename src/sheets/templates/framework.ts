/** The KPI Framework: the table the wizard fills, with live progress and status. */
import { type Catalog, format } from "../../core/i18n/catalog";
import { columnLabel } from "../../core/labels";
import { FRAMEWORK_KEYS, type FrameworkKey } from "../../core/tracker-columns";
import { columnLetter } from "../a1";
import { formula } from "../workbook";
import {
  AUTOMATIC_FORMAT,
  type ColumnSpec,
  DECIMAL_FORMAT,
  defaultPositions,
  type LocaleFormats,
  type Positions,
  type TableTemplate,
  TEXT_FORMAT,
  type TemplateNames,
} from "./template";

const FIRST = 2;
/** One width for every column: text and numbers both read at it, and it costs one call. */
const WIDTH = 140;
const NUMBERS: ReadonlySet<FrameworkKey> = new Set([
  "baseline",
  "target",
  "actual",
  "lowest",
  "highest",
]);
const DATES: ReadonlySet<FrameworkKey> = new Set(["start", "end", "deadline"]);
/** Long texts read better wider. */
const WIDTHS: Partial<Record<FrameworkKey, number>> = { statement: 320, smartNotes: 320 };

/** Columns a campaign's framework needs, added in version 3. */
const SINCE_3: ReadonlySet<FrameworkKey> = new Set([
  "campaign",
  "start",
  "statement",
  "smartNotes",
]);

/** Columns that show the report's judging of a KPI, added in version 6. */
const SINCE_6: ReadonlySet<FrameworkKey> = new Set(["spent", "lowest", "highest"]);

type StatusKey = "met" | "inProgress" | "missed" | "checkInputs" | "onTrack" | "atRisk";

/**
 * The Status column: one array formula, the rule of core/report/judge.ts (judgeKpi) in
 * native functions, so the sheet and every report judge a KPI alike.
 * - Time elapsed = (today − start) ÷ (deadline − start), clipped to 0..1; 1 once the
 *   campaign's activity is over (End has passed, or Spent has reached the budget); none
 *   without both dates.
 * - A progress is Met at ≥ 1, Missed past the deadline, In progress without time elapsed,
 *   On track at ≥ time elapsed, At risk below it; no number to judge is Check inputs.
 * - With cells left out (Lowest and Highest possible), the KPI is judged at both: Check
 *   inputs when they differ. The status only changes where a progress crosses 1 or time
 *   elapsed, so the two differ exactly when a crossing lies between them; the Actual lies
 *   between them, so when they agree its status is theirs.
 * "+" is OR and "*" AND here, and clipping is spelled with IF: OR(), MIN() and MAX() would fold
 * the whole column into one value. A KPI row's status is never blank; a row without a KPI's is.
 */
function statusFormula(catalog: Catalog, open: (key: FrameworkKey) => string): string {
  const word = (key: StatusKey) => `"${catalog[`status.${key}`].replace(/"/g, '""')}"`;
  const [kpi, progress, lowest, highest] = [
    open("kpi"),
    open("progress"),
    open("lowest"),
    open("highest"),
  ];
  const [baseline, target, start, deadline, end, budget, spent] = [
    open("baseline"),
    open("target"),
    open("start"),
    open("deadline"),
    open("end"),
    open("budget"),
    open("spent"),
  ];
  const over = `((${end}<>"")*(${end}<TODAY())+ISNUMBER(${budget})*(${budget}>0)*ISNUMBER(${spent})*(${spent}>=${budget})>0)`;
  const missed = `(${deadline}<>"")*(${deadline}<TODAY())`;
  const undated = `((${start}="")+(${deadline}="")>0)`;
  const elapsed = `IF(${deadline}<=${start}, 1, IF(TODAY()<=${start}, 0, IF(TODAY()>=${deadline}, 1, (TODAY()-${start})/(${deadline}-${start}))))`;
  const at = (bound: string) => `IFERROR((${bound}-${baseline})/(${target}-${baseline}), "")`;
  const [low, high] = [at(lowest), at(highest)];
  const bounded = `((${lowest}<>"")+(${highest}<>"")>0)`;
  const live = `(${missed}+${over}+${undated}=0)`;
  const differ = `${bounded}*(NOT(ISNUMBER(${low}))+NOT(ISNUMBER(${high}))+((${low}>=1)<>(${high}>=1))+IF(${live}, (${low}>=${elapsed})<>(${high}>=${elapsed}), 0))>0`;
  const status = `IF(${progress}>=1, ${word("met")}, IF(${missed}, ${word("missed")}, IF(${over}, ${word("atRisk")}, IF(${undated}, ${word("inProgress")}, IF(${progress}>=${elapsed}, ${word("onTrack")}, ${word("atRisk")})))))`;
  return `ARRAYFORMULA(IF(${kpi}="", "", IF(NOT(ISNUMBER(${progress})), ${word("checkInputs")}, IF(${differ}, ${word("checkInputs")}, ${status}))))`;
}

export function frameworkTemplate(
  catalog: Catalog,
  names: TemplateNames,
  formats: LocaleFormats,
  positions: Positions<FrameworkKey> = defaultPositions(FRAMEWORK_KEYS),
): TableTemplate<FrameworkKey> {
  const open = (key: FrameworkKey) => {
    const letter = columnLetter(positions[key]);
    return `${letter}${FIRST}:${letter}`;
  };
  const status = statusFormula(catalog, open);
  const progressFormula = `KPIPROGRESS(${open("actual")}, ${open("target")}, ${open("baseline")})`;
  const computed: Partial<Record<FrameworkKey, Pick<ColumnSpec, "formula" | "note">>> = {
    spent: { note: catalog["framework.spentNote"] },
    actual: { note: format(catalog, "framework.actualNote", { sheet: names.tracker }) },
    lowest: { note: catalog["framework.rangeNote"] },
    highest: { note: catalog["framework.rangeNote"] },
    progress: {
      formula: formula(progressFormula),
      note: format(catalog, "framework.progressNote", {
        formula: formats.typed(`=${progressFormula}`),
      }),
    },
    status: { formula: formula(status), note: catalog["framework.statusNote"] },
  };
  const columns = FRAMEWORK_KEYS.map((key): ColumnSpec<FrameworkKey> => {
    const format = DATES.has(key)
      ? formats.date
      : key === "progress"
        ? "0%"
        : key === "status"
          ? AUTOMATIC_FORMAT
          : key === "budget" || key === "spent"
            ? formats.money
            : NUMBERS.has(key)
              ? DECIMAL_FORMAT
              : TEXT_FORMAT;
    return {
      key,
      label: columnLabel(catalog, key),
      computed: key in computed,
      format,
      width: WIDTHS[key] ?? WIDTH,
      ...(SINCE_3.has(key)
        ? { since: 3 }
        : key === "budget"
          ? { since: 4 }
          : key === "end"
            ? { since: 5 }
            : SINCE_6.has(key)
              ? { since: 6 }
              : {}),
      ...(DATES.has(key)
        ? {
            validation: {
              rule: { type: "date" },
              allowInvalid: false,
              helpText:
                catalog[
                  key === "start" ? "help.start" : key === "end" ? "help.end" : "help.deadline"
                ],
            },
          }
        : key === "budget"
          ? {
              validation: {
                rule: { type: "number-at-least", min: 0 },
                allowInvalid: true,
                helpText: catalog["help.nonNegative"],
              },
            }
          : {}),
      ...computed[key],
    };
  });
  return {
    kind: "framework",
    columns,
    rows: 200,
    headerRow: 1,
    formulaRow: FIRST,
    firstDataRow: FIRST,
    frozenRows: 1,
    frozenColumns: 0,
    protections: [
      {
        rows: "formulas",
        description: catalog["protect.frameworkFormulas"],
      },
    ],
  };
}
