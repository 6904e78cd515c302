/** What every template is made of, and the look they share. */
import type {
  ColumnFormat,
  ColumnValidation,
  SheetKind,
  SheetLayout,
  TableWrite,
} from "../workbook";

export interface SheetTemplate {
  readonly kind: SheetKind;
  readonly size: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TableWrite[];
  readonly formats: readonly ColumnFormat[];
  readonly validations: readonly ColumnValidation[];
  readonly layout: SheetLayout;
}

/** Actual sheet names, which formulas in other sheets refer to. */
export type TemplateNames = Readonly<Record<SheetKind, string>>;

export const DEFAULT_SHEET_NAMES: TemplateNames = {
  settings: "Settings",
  tracker: "Campaign Tracker",
  framework: "KPI Framework",
};

export const HEADER_GREY = "#e8eaed";
export const COMPUTED_BLUE = "#d2e3fc";
export const TOTALS_GREY = "#f1f3f4";
export const COUNT_FORMAT = "#,##0";
export const DATE_FORMAT = "yyyy-mm-dd";
