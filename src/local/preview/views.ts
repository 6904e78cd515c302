/**
 * What the preview's server tells the page around the add-on (shell/): plain JSON, shared by
 * both sides, so neither can drift from the other.
 */

/** A 1-based rectangle of cells. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A cell: the text shown, what the formula bar shows, and its look (only what it has). */
export interface GridCell {
  readonly text: string;
  /** The formula, or the value as a person would type it. */
  readonly input: string;
  readonly formula?: true;
  readonly align?: "right" | "center";
  readonly bold?: true;
  readonly background?: string;
  readonly color?: string;
  readonly note?: string;
}

export interface DrawnChart {
  /** The anchor cell, 1-based. */
  readonly row: number;
  readonly column: number;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
  readonly svg: string;
}

export interface SheetView {
  readonly name: string;
  readonly cells: readonly (readonly GridCell[])[];
  /** Pixels, one per column shown. */
  readonly widths: readonly number[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly charts: readonly DrawnChart[];
  /** Cells Sheets warns about before they are edited (the add-on's formulas). */
  readonly protections: readonly (CellRect & { readonly description: string })[];
}

/** A page the add-on opened: the how-many-th, so a new one is told from the last. */
interface Opened {
  readonly n: number;
  readonly title: string;
  readonly width: number;
  readonly height: number;
}

export interface PreviewState {
  /** The user's language (their Google account's), and the spreadsheet's locale. */
  readonly lang: string;
  readonly languages: Readonly<Record<string, string>>;
  readonly locale: string;
  readonly locales: readonly string[];
  readonly start: "sample" | "empty";
  /** Extensions → Influencer KPIs, as onOpen built it. */
  readonly menu: readonly { readonly label: string; readonly run: string }[];
  readonly sheets: readonly string[];
  readonly active: string;
  /** The block the add-on last selected on the active sheet. */
  readonly selection: CellRect | null;
  readonly sidebar: Opened | null;
  readonly dialog: Opened | null;
  readonly toasts: readonly { readonly title: string; readonly message: string }[];
  readonly alerts: readonly { readonly title: string; readonly prompt: string }[];
}
