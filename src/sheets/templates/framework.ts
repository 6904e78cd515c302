/** The KPI Framework: the table the wizard fills, with live progress and status. */
import { type Catalog, format } from "../../core/i18n/catalog";
import { columnLabel } from "../../core/labels";
import { FRAMEWORK_KEYS, type FrameworkKey } from "../../core/tracker-columns";
import { columnLetter } from "../a1";
import { formula } from "../workbook";
import {
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
  const deadline = open("deadline");
  // Text in Progress is a flagged input (⚠ ...), not a result; a KPI without a deadline
  // cannot be missed. "+" is OR here: OR() would fold the whole column into one value.
  const word = (key: "status.met" | "status.inProgress" | "status.missed" | "status.checkInputs") =>
    `"${catalog[key].replace(/"/g, '""')}"`;
  const status = `ARRAYFORMULA(IF(${progress}="", "", IF(NOT(ISNUMBER(${progress})), ${word("status.checkInputs")}, IF(${progress}>=1, ${word("status.met")}, IF((${deadline}="")+(${deadline}>=TODAY()), ${word("status.inProgress")}, ${word("status.missed")})))))`;
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
    const format =
      key === "deadline"
        ? formats.date
        : key === "progress"
          ? "0%"
          : NUMBERS.has(key)
            ? DECIMAL_FORMAT
            : TEXT_FORMAT;
    return {
      key,
      label: columnLabel(catalog, key),
      computed: key in computed,
      format,
      width: WIDTH,
      ...(key === "deadline"
        ? {
            validation: {
              rule: { type: "date" },
              allowInvalid: false,
              helpText: catalog["help.deadline"],
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
