/**
 * The in-memory stand-in for the SpreadsheetApp subset the add-on uses: a spreadsheet of
 * sheets and ranges whose cells live in HyperFormula, so native formulas and our custom
 * functions evaluate. It behaves like Sheets where the add-on depends on it:
 * - a string starting with "=" (or "+" or "-") written by setValues becomes a formula; one
 *   starting with "'" is kept as text without the apostrophe; "" clears the cell;
 * - open ranges (`H3:H`) reach the sheet's last row; a spill into occupied cells is #REF!;
 * - ranges outside the sheet, or values of the wrong shape, throw;
 * - getValues returns dates as Date, blanks as "", errors as their text.
 * Every method call is counted, so tests can prove I/O does not grow with row counts.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import {
  a1Notation,
  boundOpenRanges,
  openBoundedRanges,
  parseA1,
  type Rect,
  unquoteSheetName,
} from "./a1";
import { type FakeChart, FakeChartBuilder, type FakeDataValidation } from "./builders";
import { CellGrid } from "./cell-grid";
import { registerCustomFunctions } from "./custom-functions-plugin";
import { sheetsErrorText } from "./errors";

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** Marks an array formula made scalar while rows are inserted (see insertRowsAfter). */
const PLACEHOLDER = "in-memory-workbook:array";
const WRAPPED = new RegExp(`^=IFERROR\\((.*),\\s*"${PLACEHOLDER}"\\)$`, "s");

interface FormulaText {
  readonly sheet: InMemorySheet;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * Text Sheets (en_US) reads as a number when it is written, as if typed: "1,234", "$1,200",
 * " 473 ". HyperFormula reads plain numbers, percents and dates itself, but not these.
 */
const TYPED_NUMBER = /^\s*([-+]?)\$?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*$/;
function typedNumber(text: string): number | undefined {
  const match = TYPED_NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign, whole = "", fraction = ""] = match;
  return Number(`${sign}${whole.replace(/,/g, "")}${fraction}`);
}

/** A formula with every reference into the named sheet replaced by #REF!. */
function referencesTo(sheetName: string, formula: string): string {
  const name = sheetName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = name.replace(/'/g, "''");
  const reference = new RegExp(
    `(?:'${quoted}'|(?<![\\w'])${name})!\\$?[A-Z]+\\$?\\d*(?::\\$?[A-Z]+\\$?\\d*)?`,
    "gi",
  );
  return formula.replace(reference, "#REF!");
}

export const isDateFormat = (format: string): boolean =>
  /[yd]/i.test(format) && !/[#0]/.test(format);

/** Counts calls by "Class.method". */
export class CallLog {
  readonly counts = new Map<string, number>();
  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }
  reset(): void {
    this.counts.clear();
  }
}

export interface DeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  getVisibility(): string;
  remove(): void;
}

export class InMemorySpreadsheet {
  readonly hf: HyperFormula;
  readonly log = new CallLog();
  readonly toasts: { message: string; title: string }[] = [];
  private readonly sheets: InMemorySheet[] = [];
  private active: InMemorySheet | undefined;
  private nextSheetId = 0;

  constructor(
    private readonly locale = "en_US",
    private readonly timeZone = "Etc/UTC",
  ) {
    registerCustomFunctions();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      dateFormats: ["YYYY-MM-DD", "MM/DD/YYYY"],
      maxRows: 1_000_000,
    });
    this.insertSheet("Sheet1");
    this.log.reset();
  }

  getId(): string {
    this.log.add("Spreadsheet.getId");
    return "in-memory-spreadsheet";
  }
  getSpreadsheetLocale(): string {
    this.log.add("Spreadsheet.getSpreadsheetLocale");
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.log.add("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }
  getSheets(): InMemorySheet[] {
    this.log.add("Spreadsheet.getSheets");
    return [...this.sheets];
  }
  getSheetByName(name: string): InMemorySheet | null {
    this.log.add("Spreadsheet.getSheetByName");
    return this.sheetNamed(name) ?? null;
  }
  getActiveSheet(): InMemorySheet {
    this.log.add("Spreadsheet.getActiveSheet");
    return this.active ?? (this.sheets[0] as InMemorySheet);
  }
  setActiveSheet(sheet: InMemorySheet): InMemorySheet {
    this.log.add("Spreadsheet.setActiveSheet");
    this.markActive(sheet);
    return sheet;
  }
  /** Makes a sheet the active one without counting a call (Sheet.activate counts its own). */
  markActive(sheet: InMemorySheet): void {
    this.active = sheet;
  }
  insertSheet(name: string, index = this.sheets.length): InMemorySheet {
    this.log.add("Spreadsheet.insertSheet");
    if (this.sheetNamed(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.hf.addSheet(name);
    const sheet = new InMemorySheet(this, name, this.nextSheetId++);
    this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: InMemorySheet): void {
    this.log.add("Spreadsheet.deleteSheet");
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    // Sheets turns references to a deleted sheet into #REF! for good: a sheet added later
    // under the same name does not bring them back (HyperFormula would re-link them).
    this.hf.batch(() => {
      for (const { sheet: other, row, col, text } of this.formulaTexts()) {
        if (other === sheet) continue;
        const broken = referencesTo(sheet.name, text);
        if (broken !== text)
          this.hf.setCellContents({ sheet: other.hfId, row, col }, [[other.boundFormula(broken)]]);
      }
    });
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets[0];
  }
  /** A range by A1 notation with its sheet: "'Settings'!A9:A20" or "Sheet1!B2". */
  getRange(a1: string): InMemoryRange {
    this.log.add("Spreadsheet.getRange");
    const bang = a1.lastIndexOf("!");
    const sheet = bang < 0 ? this.active : this.sheetNamed(unquoteSheetName(a1.slice(0, bang)));
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.rangeAt(parseA1(a1.slice(bang + 1), sheet.maxRows));
  }
  toast(message: string, title = "", _timeoutSeconds?: number): void {
    this.log.add("Spreadsheet.toast");
    this.toasts.push({ message, title });
  }

  /** Sheet lookup without counting a call, for the workbook's own bookkeeping. */
  sheetNamed(name: string): InMemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  allSheets(): readonly InMemorySheet[] {
    return this.sheets;
  }
  /** Formulas as Sheets would show them, by cell, for rebinding after a structural change. */
  formulaTexts(): FormulaText[] {
    const found: FormulaText[] = [];
    for (const sheet of this.sheets) {
      this.hf.getSheetFormulas(sheet.hfId).forEach((line, row) => {
        line.forEach((formula, col) => {
          if (formula) found.push({ sheet, row, col, text: sheet.displayFormula(formula) });
        });
      });
    }
    return found;
  }

  rebindFormulas(formulas: readonly FormulaText[]): void {
    for (const { sheet, row, col, text } of formulas) {
      const bound = sheet.boundFormula(text);
      const address = { sheet: sheet.hfId, row, col };
      if (bound !== this.hf.getCellFormula(address)) {
        this.hf.setCellContents(address, [[bound]]);
      }
    }
  }

  maxRowsOf = (name: string): number => this.sheetNamed(name)?.maxRows ?? DEFAULT_ROWS;
}

export class InMemorySheet {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly formats = new CellGrid<string>();
  readonly fontWeights = new CellGrid<string>();
  readonly backgrounds = new CellGrid<string>();
  readonly fontColors = new CellGrid<string>();
  readonly notes = new CellGrid<string>();
  readonly validations = new CellGrid<FakeDataValidation>();
  readonly metadata: { key: string; value: string | null; visibility: string }[] = [];
  readonly charts: FakeChart[] = [];

  constructor(
    readonly spreadsheet: InMemorySpreadsheet,
    public name: string,
    private readonly sheetId: number,
  ) {}

  get hfId(): number {
    const id = this.spreadsheet.hf.getSheetId(this.name);
    if (id === undefined) throw new Error(`Sheet ${this.name} was deleted`);
    return id;
  }
  private get log(): CallLog {
    return this.spreadsheet.log;
  }

  getName(): string {
    this.log.add("Sheet.getName");
    return this.name;
  }
  setName(name: string): this {
    this.log.add("Sheet.setName");
    this.spreadsheet.hf.renameSheet(this.hfId, name);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.log.add("Sheet.getSheetId");
    return this.sheetId;
  }
  getIndex(): number {
    this.log.add("Sheet.getIndex");
    return this.spreadsheet.allSheets().indexOf(this) + 1;
  }
  activate(): this {
    this.log.add("Sheet.activate");
    this.spreadsheet.markActive(this);
    return this;
  }
  getMaxRows(): number {
    this.log.add("Sheet.getMaxRows");
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.log.add("Sheet.getMaxColumns");
    return this.maxColumns;
  }
  getLastRow(): number {
    this.log.add("Sheet.getLastRow");
    return this.contentSize().rows;
  }
  getLastColumn(): number {
    this.log.add("Sheet.getLastColumn");
    return this.contentSize().columns;
  }
  getFrozenRows(): number {
    this.log.add("Sheet.getFrozenRows");
    return this.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.log.add("Sheet.setFrozenRows");
    this.frozenRows = rows;
  }
  getFrozenColumns(): number {
    this.log.add("Sheet.getFrozenColumns");
    return this.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.log.add("Sheet.setFrozenColumns");
    this.frozenColumns = columns;
  }
  setColumnWidth(column: number, width: number): this {
    this.log.add("Sheet.setColumnWidth");
    this.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    this.log.add("Sheet.setColumnWidths");
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, width);
    return this;
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): InMemoryRange {
    this.log.add("Sheet.getRange");
    const rect =
      typeof rowOrA1 === "string"
        ? parseA1(rowOrA1, this.maxRows)
        : { row: rowOrA1, column: column ?? 1, numRows, numColumns };
    return this.rangeAt(rect);
  }
  getDataRange(): InMemoryRange {
    this.log.add("Sheet.getDataRange");
    const { rows, columns } = this.contentSize();
    return this.rangeAt({ row: 1, column: 1, numRows: rows || 1, numColumns: columns || 1 });
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.log.add("Sheet.insertRowsAfter");
    if (afterPosition < 1 || afterPosition > this.maxRows || howMany < 1) {
      throw new Error("Those rows are out of bounds.");
    }
    const hf = this.spreadsheet.hf;
    const atEnd = afterPosition === this.maxRows;
    const before = atEnd ? this.spreadsheet.formulaTexts() : [];
    // HyperFormula refuses to insert rows across a spilled array, which Sheets allows: make
    // each array formula scalar while the rows go in, so its references still move with them.
    const arrays = this.arrayFormulas();
    // One batch, so the workbook recalculates once, after the rows are in.
    hf.batch(() => {
      for (const { address, text } of arrays) {
        hf.setCellContents(address, [[`=IFERROR(${text.slice(1)}, "${PLACEHOLDER}")`]]);
      }
      hf.addRows(this.hfId, [afterPosition, howMany]);
      this.maxRows += howMany;
      if (atEnd) {
        // Open ranges end on the last row and HyperFormula grows a range only when rows land
        // inside it, so bind every formula again to the new last row.
        this.spreadsheet.rebindFormulas(before);
        return;
      }
      for (const { address } of arrays) {
        const row = address.row >= afterPosition ? address.row + howMany : address.row;
        const moved = { ...address, row };
        const inner = WRAPPED.exec(hf.getCellFormula(moved) ?? "")?.[1];
        if (inner !== undefined) hf.setCellContents(moved, [[`=${inner}`]]);
      }
    });
    // New rows take the formats and validation of the row above, as in Sheets; notes stay.
    for (const grid of this.grids()) {
      grid.insertRows(afterPosition, howMany, grid !== this.notes);
    }
    return this;
  }

  /** Formulas of this sheet whose result spills, with their HyperFormula text. */
  private arrayFormulas(): {
    address: { sheet: number; row: number; col: number };
    text: string;
  }[] {
    const hf = this.spreadsheet.hf;
    const sheet = this.hfId;
    const found: { address: { sheet: number; row: number; col: number }; text: string }[] = [];
    hf.getSheetFormulas(sheet).forEach((line, row) => {
      line.forEach((text, col) => {
        const address = { sheet, row, col };
        if (text && hf.isCellPartOfArray(address)) found.push({ address, text });
      });
    });
    return found;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.log.add("Sheet.insertColumnsAfter");
    if (afterPosition < 1 || afterPosition > this.maxColumns || howMany < 1) {
      throw new Error("Those columns are out of bounds.");
    }
    this.spreadsheet.hf.addColumns(this.hfId, [afterPosition, howMany]);
    for (const grid of this.grids()) grid.insertColumns(afterPosition, howMany);
    this.maxColumns += howMany;
    return this;
  }

  addDeveloperMetadata(key: string, value?: string, visibility = "DOCUMENT"): this {
    this.log.add("Sheet.addDeveloperMetadata");
    this.metadata.push({ key, value: value ?? null, visibility });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.log.add("Sheet.getDeveloperMetadata");
    return this.metadata.map((entry) => ({
      getKey: () => entry.key,
      getValue: () => entry.value,
      getVisibility: () => entry.visibility,
      remove: () => {
        this.metadata.splice(this.metadata.indexOf(entry), 1);
      },
    }));
  }

  newChart(): FakeChartBuilder {
    this.log.add("Sheet.newChart");
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    this.log.add("Sheet.insertChart");
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.log.add("Sheet.getCharts");
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.log.add("Sheet.removeChart");
    this.charts.splice(this.charts.indexOf(chart), 1);
  }

  rangeAt(rect: Rect): InMemoryRange {
    const inside =
      rect.row >= 1 &&
      rect.column >= 1 &&
      rect.numRows >= 1 &&
      rect.numColumns >= 1 &&
      rect.row + rect.numRows - 1 <= this.maxRows &&
      rect.column + rect.numColumns - 1 <= this.maxColumns;
    if (!inside) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new InMemoryRange(this, rect);
  }

  /**
   * Rows and columns up to the last cell with content, as getLastRow/getLastColumn count them.
   * HyperFormula's own dimensions include the padded, empty tail of a spilled array.
   */
  contentSize(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.spreadsheet.hf.getSheetValues(this.hfId).forEach((line, r) => {
      for (let c = line.length - 1; c >= 0; c--) {
        const value = line[c];
        if (value !== null && value !== undefined && value !== "") {
          rows = r + 1;
          columns = Math.max(columns, c + 1);
          break;
        }
      }
    });
    return { rows, columns };
  }

  private grids(): CellGrid<unknown>[] {
    return [
      this.formats,
      this.fontWeights,
      this.backgrounds,
      this.fontColors,
      this.notes,
      this.validations,
    ];
  }

  boundFormula(text: string): string {
    return boundOpenRanges(text, this.name, this.spreadsheet.maxRowsOf);
  }
  displayFormula(text: string): string {
    return openBoundedRanges(text, this.name, this.spreadsheet.maxRowsOf);
  }
}

type Value = string | number | boolean | Date;

export class InMemoryRange {
  constructor(
    readonly sheet: InMemorySheet,
    readonly rect: Rect,
  ) {}

  private get log(): CallLog {
    return this.sheet.spreadsheet.log;
  }
  private get hf(): HyperFormula {
    return this.sheet.spreadsheet.hf;
  }
  private hfRange() {
    const sheet = this.sheet.hfId;
    const { row, column, numRows, numColumns } = this.rect;
    return {
      start: { sheet, row: row - 1, col: column - 1 },
      end: { sheet, row: row + numRows - 2, col: column + numColumns - 2 },
    };
  }

  /** A reference a validation rule or chart can keep, resolved when read. */
  get sheetName(): string {
    return this.sheet.name;
  }
  getRow(): number {
    this.log.add("Range.getRow");
    return this.rect.row;
  }
  getColumn(): number {
    this.log.add("Range.getColumn");
    return this.rect.column;
  }
  getNumRows(): number {
    this.log.add("Range.getNumRows");
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.log.add("Range.getNumColumns");
    return this.rect.numColumns;
  }
  getLastRow(): number {
    this.log.add("Range.getLastRow");
    return this.rect.row + this.rect.numRows - 1;
  }
  getA1Notation(): string {
    this.log.add("Range.getA1Notation");
    return a1Notation(this.rect);
  }
  getSheet(): InMemorySheet {
    this.log.add("Range.getSheet");
    return this.sheet;
  }

  getValues(): Value[][] {
    this.log.add("Range.getValues");
    return this.readValues();
  }
  getValue(): Value {
    this.log.add("Range.getValue");
    return this.readValues()[0]?.[0] ?? "";
  }
  /** Values without counting a call, for rules and charts that point at this range. */
  readValues(): Value[][] {
    const formats = this.sheet.formats.read(this.rect, "");
    return this.hf.getRangeValues(this.hfRange()).map((line, r) =>
      line.map((value, c) => {
        if (value === null || value === undefined) return "";
        if (value instanceof DetailedCellError) return sheetsErrorText(value.type);
        const format = formats[r]?.[c] ?? "";
        if (typeof value === "number" && format && isDateFormat(format)) {
          return new Date(SERIAL_EPOCH + value * DAY_MS);
        }
        return value as Value;
      }),
    );
  }

  getFormulas(): string[][] {
    this.log.add("Range.getFormulas");
    return this.hf
      .getRangeFormulas(this.hfRange())
      .map((line) => line.map((f) => (f ? this.sheet.displayFormula(f) : "")));
  }
  getFormula(): string {
    this.log.add("Range.getFormula");
    const f = this.hf.getCellFormula(this.hfRange().start);
    return f ? this.sheet.displayFormula(f) : "";
  }

  setValues(values: unknown[][]): this {
    this.log.add("Range.setValues");
    this.write(values);
    return this;
  }
  setValue(value: unknown): this {
    this.log.add("Range.setValue");
    this.write(this.filled(value));
    return this;
  }

  private filled<T>(value: T): T[][] {
    return Array.from({ length: this.rect.numRows }, () => Array(this.rect.numColumns).fill(value));
  }

  private write(values: unknown[][]): void {
    const { numRows, numColumns } = this.rect;
    if (values.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    const dateCells: [number, number][] = [];
    // Array.from builds this realm's arrays: HyperFormula rejects arrays from a vm context.
    const contents = Array.from(values, (line, r) => {
      if (line.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
      return Array.from(line, (value, c) => {
        if (value === "" || value === null || value === undefined) return null;
        if (Object.prototype.toString.call(value) === "[object Date]") {
          dateCells.push([r, c]);
          return ((value as Date).getTime() - SERIAL_EPOCH) / DAY_MS;
        }
        if (typeof value === "string" && value.startsWith("=")) {
          return this.sheet.boundFormula(value);
        }
        // Stricter than setValues needs to be: "+" and "-" text runs as a formula, as typing
        // it into Sheets does, so a missing text mark shows up in tests.
        if (typeof value === "string" && /^[+-]/.test(value) && typedNumber(value) === undefined) {
          return this.sheet.boundFormula(`=${value}`);
        }
        if (typeof value === "string") return typedNumber(value) ?? value;
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
          return value;
        }
        return String(value);
      });
    });
    const start = this.hfRange().start;
    this.hf.batch(() => this.hf.setCellContents(start, contents));
    // Sheets gives a date format to cells that received a date, or text it read as one.
    const { row, column } = this.rect;
    contents.forEach((line, r) => {
      line.forEach((content, c) => {
        if (typeof content !== "string" || content.startsWith("=") || !/\d[-/]\d/.test(content)) {
          return;
        }
        const address = { ...start, row: start.row + r, col: start.col + c };
        const type = this.hf.getCellValueDetailedType(address);
        if (String(type).startsWith("NUMBER_DATE")) dateCells.push([r, c]);
      });
    });
    for (const [r, c] of dateCells) {
      if (!this.sheet.formats.get(row + r, column + c)) {
        this.sheet.formats.set(row + r, column + c, "yyyy-mm-dd");
      }
    }
  }

  clearContent(): this {
    this.log.add("Range.clearContent");
    this.write(this.filled(null));
    return this;
  }

  /** Counts the call, then sets a per-cell property from one value or a 2D array. */
  private fill<T>(method: string, grid: CellGrid<T>, values: T | null | T[][]): this {
    this.log.add(`Range.${method}`);
    if (Array.isArray(values)) this.checkShape(values);
    grid.fill(this.rect, values ?? undefined);
    return this;
  }
  private read<T>(method: string, grid: CellGrid<T>, fallback: T): T[][] {
    this.log.add(`Range.${method}`);
    return grid.read(this.rect, fallback);
  }

  getNumberFormats(): string[][] {
    return this.read("getNumberFormats", this.sheet.formats, "");
  }
  setNumberFormat(format: string): this {
    return this.fill("setNumberFormat", this.sheet.formats, format);
  }
  setNumberFormats(formats: string[][]): this {
    return this.fill("setNumberFormats", this.sheet.formats, formats);
  }
  getFontWeights(): string[][] {
    return this.read("getFontWeights", this.sheet.fontWeights, "normal");
  }
  setFontWeight(weight: string | null): this {
    return this.fill("setFontWeight", this.sheet.fontWeights, weight);
  }
  setFontWeights(weights: string[][]): this {
    return this.fill("setFontWeights", this.sheet.fontWeights, weights);
  }
  getBackgrounds(): string[][] {
    return this.read("getBackgrounds", this.sheet.backgrounds, "#ffffff");
  }
  setBackground(color: string | null): this {
    return this.fill("setBackground", this.sheet.backgrounds, color);
  }
  setBackgrounds(colors: string[][]): this {
    return this.fill("setBackgrounds", this.sheet.backgrounds, colors);
  }
  setFontColor(color: string | null): this {
    return this.fill("setFontColor", this.sheet.fontColors, color);
  }
  getNotes(): string[][] {
    return this.read("getNotes", this.sheet.notes, "");
  }
  setNote(note: string | null): this {
    return this.fill("setNote", this.sheet.notes, note || null);
  }
  setNotes(notes: (string | null)[][]): this {
    const blankless = notes.map((line) => line.map((note) => note || undefined));
    return this.fill("setNotes", this.sheet.notes, blankless as string[][]);
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.read("getDataValidations", this.sheet.validations, null as never);
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return this.fill("setDataValidation", this.sheet.validations, rule);
  }

  private checkShape(values: unknown[][]): void {
    const { numRows, numColumns } = this.rect;
    if (values.length !== numRows || values.some((line) => line.length !== numColumns)) {
      throw new Error(
        `The data has ${values.length} rows but the range ${a1Notation(this.rect)} has ${numRows} rows and ${numColumns} columns.`,
      );
    }
  }
}
