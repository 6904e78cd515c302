/** The KPI Framework: the table the wizard fills, with live progress and status. */
import { FRAMEWORK_LABELS } from "../../core/labels";
import { FRAMEWORK_KEYS, type FrameworkKey } from "../../core/tracker-columns";
import { columnLetter } from "../a1";
import { formula } from "../workbook";
import {
  type ColumnSpec,
  DATE_FORMAT,
  DECIMAL_FORMAT,
  defaultPositions,
  type Positions,
  type TableTemplate,
  TEXT_FORMAT,
  type TemplateNames,
} from "./template";

const FIRST = 2;
/** One width for every column: text and numbers both read at it, and it costs one call. */
const WIDTH = 140;
const NUMBERS: ReadonlySet<FrameworkKey> = new Set(["baseline", "target", "actual"]);

export function frameworkTemplate(
  names: TemplateNames,
  positions: Positions<FrameworkKey> = defaultPositions(FRAMEWORK_KEYS),
): TableTemplate<FrameworkKey> {
  const open = (key: FrameworkKey) => {
    const letter = columnLetter(positions[key]);
    return `${letter}${FIRST}:${letter}`;
  };
  const progress = open("progress");
  const deadline = open("deadline");
  // Text in Progress is a flagged input (⚠ ...), not a result; a KPI without a deadline
  // cannot be missed. "+" is OR here: OR() would fold the whole column into one value.
  const status = `ARRAYFORMULA(IF(${progress}="", "", IF(NOT(ISNUMBER(${progress})), "Check inputs", IF(${progress}>=1, "Met", IF((${deadline}="")+(${deadline}>=TODAY()), "In progress", "Missed")))))`;
  const computed: Partial<Record<FrameworkKey, Pick<ColumnSpec, "formula" | "note">>> = {
    actual: { note: `The KPI's current value, usually a formula over ${names.tracker}.` },
    progress: {
      formula: formula(`KPIPROGRESS(${open("actual")}, ${open("target")}, ${open("baseline")})`),
      note: `Computed: =KPIPROGRESS(${open("actual")}, ${open("target")}, ${open("baseline")}); 100% means the target is met.`,
    },
    status: { formula: formula(status), note: "Computed from progress and deadline." },
  };
  const columns = FRAMEWORK_KEYS.map((key): ColumnSpec<FrameworkKey> => {
    const format =
      key === "deadline"
        ? DATE_FORMAT
        : key === "progress"
          ? "0%"
          : NUMBERS.has(key)
            ? DECIMAL_FORMAT
            : TEXT_FORMAT;
    return {
      key,
      label: FRAMEWORK_LABELS[key],
      computed: key in computed,
      format,
      width: WIDTH,
      ...(key === "deadline"
        ? {
            validation: {
              rule: { type: "date" },
              allowInvalid: false,
              helpText: "A date: every KPI needs a deadline.",
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
        description: "Influencer KPIs: these formulas fill progress and status below.",
      },
    ],
  };
}
