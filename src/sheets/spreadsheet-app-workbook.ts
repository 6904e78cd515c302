/**
 * The workbook port on SpreadsheetApp: whole-block getValues / setValues / setNumberFormat,
 * never per-cell calls in a loop. Services are reached only when a method runs, never when the
 * script loads (custom functions and AuthMode.NONE menus load this file too).
 */
import type { CellValue } from "../core/tracker-columns";
import { toSheetValue } from "./cell-input";
import {
  BusyError,
  type ChartSpec,
  type ColumnFormat,
  type ColumnValidation,
  type OwnSheet,
  type SheetKind,
  type SheetLayout,
  type SheetRef,
  type TableWrite,
  UserError,
  type ValidationRule,
  type WorkbookPort,
} from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Read when a chart is built: the Charts global may not be touched at load time. */
const CHART_TYPES: Record<ChartSpec["type"], () => GoogleAppsScript.Charts.ChartType> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
  pie: () => Charts.ChartType.PIE,
};

/** Developer-metadata key that marks a sheet as created by this add-on; its value is the kind. */
export const OWN_SHEET_KEY = "influencer-kpis.sheet";
const SHEET_KINDS: readonly SheetKind[] = ["settings", "tracker", "framework"];
const LOCK_WAIT_MS = 10_000;
const ANY_AMOUNT = 1e15;

class AppsScriptSheet implements SheetRef {
  constructor(readonly sheet: Sheet) {}
  get name(): string {
    return this.sheet.getName();
  }
}

function sheetOf(ref: SheetRef): Sheet {
  if (!(ref instanceof AppsScriptSheet)) throw new Error("Not a sheet of this workbook");
  return ref.sheet;
}

/**
 * The tag's value names the kind and the sheet's id: Sheets copies developer metadata when a
 * user duplicates a sheet, and the copy, with another id, is the user's, not ours.
 */
const tagValue = (kind: SheetKind, sheet: Sheet) => `${kind}:${sheet.getSheetId()}`;

function kindOf(sheet: Sheet): SheetKind | undefined {
  const tags = sheet.getDeveloperMetadata().filter((m) => m.getKey() === OWN_SHEET_KEY);
  if (tags.length === 0) return undefined;
  const id = String(sheet.getSheetId());
  for (const tag of tags) {
    const [kind, sheetId] = (tag.getValue() ?? "").split(":");
    const known = SHEET_KINDS.find((k) => k === kind);
    if (known && sheetId === id) return known;
  }
  return undefined;
}

export function spreadsheetAppWorkbook(): WorkbookPort {
  const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();
  return {
    ownSheets(): OwnSheet[] {
      return spreadsheet()
        .getSheets()
        .flatMap((sheet) => {
          const kind = kindOf(sheet);
          return kind ? [{ ref: new AppsScriptSheet(sheet), kind }] : [];
        });
    },

    sheetNames(): string[] {
      return spreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName());
    },

    createSheet(name, kind, size): SheetRef {
      const sheet = spreadsheet().insertSheet(name);
      try {
        sheet.addDeveloperMetadata(
          OWN_SHEET_KEY,
          tagValue(kind, sheet),
          SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
        );
        const rows = sheet.getMaxRows();
        if (rows < size.rows) sheet.insertRowsAfter(rows, size.rows - rows);
        const columns = sheet.getMaxColumns();
        if (columns < size.columns) sheet.insertColumnsAfter(columns, size.columns - columns);
      } catch (error) {
        // Not yet handed to the caller, so nobody else can remove it.
        spreadsheet().deleteSheet(sheet);
        throw error;
      }
      return new AppsScriptSheet(sheet);
    },

    deleteOwnSheet(ref): void {
      const sheet = sheetOf(ref);
      if (!kindOf(sheet)) {
        throw new UserError(
          `"${sheet.getName()}" was not created by Influencer KPIs: left as it is.`,
        );
      }
      spreadsheet().deleteSheet(sheet);
    },

    readTable(ref): CellValue[][] {
      return sheetOf(ref).getDataRange().getValues();
    },

    writeTable(ref, table: TableWrite): void {
      const rows = table.values.length;
      const columns = table.values[0]?.length ?? 0;
      if (rows === 0 || columns === 0) return;
      const range = sheetOf(ref).getRange(table.row, table.column, rows, columns);
      range.setValues(table.values.map((line) => line.map(toSheetValue)));
      if (table.bold) range.setFontWeight("bold");
      if (table.background) range.setBackground(table.background);
      if (table.warnBeforeEditing) {
        range.protect().setDescription(table.warnBeforeEditing).setWarningOnly(true);
      }
      if (table.headerNotes) {
        sheetOf(ref)
          .getRange(table.row, table.column, 1, table.headerNotes.length)
          .setNotes([table.headerNotes.map((note) => note ?? "")]);
      }
    },

    insertRowsAfter(ref, row, count): void {
      if (count > 0) sheetOf(ref).insertRowsAfter(row, count);
    },

    formatColumns(ref, formats: readonly ColumnFormat[]): void {
      const sheet = sheetOf(ref);
      const lastRow = sheet.getMaxRows();
      const same = (a: ColumnFormat, b: ColumnFormat) =>
        a.format === b.format && a.fromRow === b.fromRow && a.toRow === b.toRow;
      for (const run of runs(formats, same)) {
        const { column, fromRow, toRow = lastRow, format } = run.first;
        sheet.getRange(fromRow, column, toRow - fromRow + 1, run.count).setNumberFormat(format);
      }
    },

    validateColumns(ref, validations: readonly ColumnValidation[]): void {
      const sheet = sheetOf(ref);
      const lastRow = sheet.getMaxRows();
      for (const v of validations) {
        const rule = ruleBuilder(v.rule)
          .setAllowInvalid(v.allowInvalid)
          .setHelpText(v.helpText)
          .build();
        const rows = (v.toRow ?? lastRow) - v.fromRow + 1;
        sheet.getRange(v.fromRow, v.column, rows, v.numColumns ?? 1).setDataValidation(rule);
      }
    },

    layout(ref, layout: SheetLayout): void {
      const sheet = sheetOf(ref);
      if (layout.frozenRows !== undefined) sheet.setFrozenRows(layout.frozenRows);
      if (layout.frozenColumns !== undefined) sheet.setFrozenColumns(layout.frozenColumns);
      const widths = (layout.columnWidths ?? []).map((width, i) => ({ column: i + 1, width }));
      for (const run of runs(widths, (a, b) => a.width === b.width)) {
        sheet.setColumnWidths(run.first.column, run.count, run.first.width);
      }
    },

    addChart(ref, chart: ChartSpec): void {
      const sheet = sheetOf(ref);
      const builder = sheet.newChart().setChartType(CHART_TYPES[chart.type]());
      for (const a1 of chart.ranges) builder.addRange(sheet.getRange(a1));
      sheet.insertChart(
        builder
          .setPosition(chart.row, chart.column, 0, 0)
          .setOption("title", chart.title)
          .setOption("legend", { position: "bottom" })
          .build(),
      );
    },

    activate(ref): void {
      sheetOf(ref).activate();
    },

    withDocumentLock<T>(action: () => T): T {
      const lock = LockService.getDocumentLock();
      if (!lock?.tryLock(LOCK_WAIT_MS)) throw new BusyError();
      try {
        return action();
      } finally {
        // Apply every write, a rollback's included, before the next run can take the lock.
        SpreadsheetApp.flush();
        lock.releaseLock();
      }
    },

    toast(message, title): void {
      spreadsheet().toast(message, title);
    },
  };
}

/**
 * Groups adjacent columns that get the same treatment, so one range call covers each group.
 * Items must carry a column number; `same` says whether two items can share a call.
 */
function runs<T extends { column: number }>(
  items: readonly T[],
  same: (a: T, b: T) => boolean,
): { first: T; count: number }[] {
  const result: { first: T; count: number }[] = [];
  const sorted = [...items].sort((a, b) => a.column - b.column);
  for (const item of sorted) {
    const last = result[result.length - 1];
    if (last && last.first.column + last.count === item.column && same(last.first, item)) {
      last.count++;
    } else {
      result.push({ first: item, count: 1 });
    }
  }
  return result;
}

function ruleBuilder(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.type) {
    case "list":
      return builder.requireValueInList([...rule.values], true);
    case "range":
      return builder.requireValueInRange(
        SpreadsheetApp.getActiveSpreadsheet().getRange(rule.a1),
        true,
      );
    case "date":
      return builder.requireDate();
    case "number-at-least":
      return builder.requireNumberGreaterThanOrEqualTo(rule.min);
    case "number":
      // Sheets has no plain "is a number" rule; this range holds any amount a tracker sees.
      return builder.requireNumberBetween(-ANY_AMOUNT, ANY_AMOUNT);
  }
}
