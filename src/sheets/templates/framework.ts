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
const NUMBERS: ReadonlySet<FrameworkKey> = new Set(["baseline", "target", "actual"]);
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

type StatusKey = "met" | "inProgress" | "missed" | "checkInputs" | "onTrack" | "atRisk";

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
  const progress = open("progress");
  const start = open("start");
  const deadline = open("deadline");
  const word = (key: StatusKey) => `"${catalog[`status.${key}`].replace(/"/g, '""')}"`;
  // The status rule (stated in the column's note): time elapsed = (today − start) /
  // (deadline − start), clipped to 0..1. Text in Progress is a flagged input (⚠ ...), not a
  // result. "+" is OR and "*" AND here, and clipping is spelled with IF: OR(), MIN() and MAX()
  // would fold the whole column into one value.
  const elapsed = `IF(${deadline}<=${start}, 1, IF(TODAY()<=${start}, 0, IF(TODAY()>=${deadline}, 1, (TODAY()-${start})/(${deadline}-${start}))))`;
  const status = `ARRAYFORMULA(IF(${progress}="", "", IF(NOT(ISNUMBER(${progress})), ${word("checkInputs")}, IF(${progress}>=1, ${word("met")}, IF((${deadline}<>"")*(${deadline}<TODAY()), ${word("missed")}, IF((${start}="")+(${deadline}=""), ${word("inProgress")}, IF(${progress}>=${elapsed}, ${word("onTrack")}, ${word("atRisk")})))))))`;
  const progressFormula = `KPIPROGRESS(${open("actual")}, ${open("target")}, ${open("baseline")})`;
  const computed: Partial<Record<FrameworkKey, Pick<ColumnSpec, "formula" | "note">>> = {
    actual: { note: format(catalog, "framework.actualNote", { sheet: names.tracker }) },
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
          : key === "budget"
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
