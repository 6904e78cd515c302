/** The KPI Framework: the table the wizard fills, with live progress and status. */
import { columnLetter } from "../a1";
import { formula } from "../workbook";
import {
  COMPUTED_BLUE,
  DATE_FORMAT,
  HEADER_GREY,
  type SheetTemplate,
  type TemplateNames,
} from "./template";

/** KPI Framework columns, in sheet order. */
export const FRAMEWORK_HEADERS = [
  "Goal",
  "KPI",
  "Metric 1",
  "Metric 2",
  "Metric 3",
  "Formula",
  "Data source",
  "Baseline",
  "Target",
  "Deadline",
  "Owner",
  "Tactic",
  "SMART status",
  "Actual",
  "Progress",
  "Status",
] as const;

const frameworkColumn = (header: (typeof FRAMEWORK_HEADERS)[number]): string =>
  columnLetter(FRAMEWORK_HEADERS.indexOf(header) + 1);

export function frameworkTemplate(names: TemplateNames): SheetTemplate {
  const first = 2;
  const open = (header: (typeof FRAMEWORK_HEADERS)[number]) =>
    `${frameworkColumn(header)}${first}:${frameworkColumn(header)}`;
  const progress = open("Progress");
  const deadline = open("Deadline");
  // Text in Progress is a flagged input (⚠ ...), not a result; a KPI without a deadline
  // cannot be missed. "+" is OR here: OR() would fold the whole column into one value.
  const status = `ARRAYFORMULA(IF(${progress}="", "", IF(NOT(ISNUMBER(${progress})), "Check inputs", IF(${progress}>=1, "Met", IF((${deadline}="")+(${deadline}>=TODAY()), "In progress", "Missed")))))`;
  const column = (header: (typeof FRAMEWORK_HEADERS)[number]) =>
    FRAMEWORK_HEADERS.indexOf(header) + 1;
  return {
    kind: "framework",
    size: { rows: 200, columns: FRAMEWORK_HEADERS.length },
    tables: [
      {
        row: 1,
        column: 1,
        values: [FRAMEWORK_HEADERS.slice(0, column("Actual") - 1)],
        bold: true,
        background: HEADER_GREY,
      },
      {
        row: 1,
        column: column("Actual"),
        values: [FRAMEWORK_HEADERS.slice(column("Actual") - 1)],
        bold: true,
        background: COMPUTED_BLUE,
        headerNotes: [
          `The KPI's current value, usually a formula over ${names.tracker}.`,
          `Computed: =KPIPROGRESS(${open("Actual")}, ${open("Target")}, ${open("Baseline")}); 100% means the target is met.`,
          "Computed from progress and deadline.",
        ],
      },
      {
        row: first,
        column: column("Progress"),
        values: [
          [
            formula(`KPIPROGRESS(${open("Actual")}, ${open("Target")}, ${open("Baseline")})`),
            formula(status),
          ],
        ],
        warnBeforeEditing: "Influencer KPIs: these formulas fill progress and status below.",
      },
    ],
    formats: [
      { column: column("Deadline"), fromRow: first, format: DATE_FORMAT },
      { column: column("Progress"), fromRow: first, format: "0%" },
    ],
    validations: [
      {
        column: column("Deadline"),
        fromRow: first,
        rule: { type: "date" },
        allowInvalid: false,
        helpText: "A date: every KPI needs a deadline.",
      },
    ],
    layout: {
      frozenRows: 1,
      columnWidths: FRAMEWORK_HEADERS.map((h) =>
        ["Goal", "KPI", "Formula", "Data source", "Tactic", "SMART status"].includes(h) ? 180 : 100,
      ),
    },
  };
}
