/** A sheet of the in-memory workbook: size, layout, metadata, charts and row insertion. */
import { boundOpenRanges, openBoundedRanges, parseA1, type Rect, shiftRowsUp } from "./a1";
import {
  type FakeChart,
  FakeChartBuilder,
  type FakeDataValidation,
  type FakeProtection,
} from "./builders";
import { CellGrid } from "./cell-grid";
import { InMemoryRange } from "./range";
import type { CallLog, DeveloperMetadata, InMemorySpreadsheet, MetadataEntry } from "./spreadsheet";

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** Marks an array formula made scalar while rows are inserted (see insertRowsAfter). */
const PLACEHOLDER = "in-memory-workbook:array";
const WRAPPED = new RegExp(`^=IFERROR\\((.*),\\s*"${PLACEHOLDER}"\\)$`, "s");

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
  readonly metadata: MetadataEntry[] = [];
  readonly charts: FakeChart[] = [];
  readonly protections: FakeProtection[] = [];

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
  /** Pixels; Sheets' default is 100. */
  getColumnWidth(column: number): number {
    this.log.add("Sheet.getColumnWidth");
    return this.columnWidths.get(column) ?? 100;
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
        ? parseA1(rowOrA1, this.maxRows, this.maxColumns)
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

  deleteRows(rowPosition: number, howMany: number): void {
    this.log.add("Sheet.deleteRows");
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error("Those rows are out of bounds.");
    }
    // HyperFormula fails to remove rows a spilled array covers, made scalar or not, and a cell
    // emptied of an array still trips it: put a placeholder value in each array's cell first,
    // remove the rows, then write back each array whose cell survives, where that cell went,
    // its references moved up as Sheets moves them and its open ranges bound to the new last
    // row.
    const hf = this.spreadsheet.hf;
    const arrays = this.arrayFormulas().map(({ address, text }) => ({
      address,
      text: this.displayFormula(text),
    }));
    if (arrays.length > 0) {
      hf.batch(() => {
        for (const { address } of arrays) hf.setCellContents(address, [[PLACEHOLDER]]);
      });
    }
    hf.removeRows(this.hfId, [rowPosition - 1, howMany]);
    this.maxRows -= howMany;
    if (arrays.length > 0) {
      hf.batch(() => {
        for (const { address, text } of arrays) {
          if (address.row >= rowPosition - 1 && address.row < rowPosition - 1 + howMany) continue;
          const row = address.row >= rowPosition - 1 ? address.row - howMany : address.row;
          const moved = shiftRowsUp(text, this.name, this.name, rowPosition, howMany);
          hf.setCellContents({ ...address, row }, [[this.boundFormula(moved)]]);
        }
      });
    }
    for (const grid of this.grids()) grid.deleteRows(rowPosition, howMany);
    this.dropProtectionsOutside();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.log.add("Sheet.deleteColumns");
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns) {
      throw new Error("Those columns are out of bounds.");
    }
    this.withArraysScalar(() =>
      this.spreadsheet.hf.removeColumns(this.hfId, [columnPosition - 1, howMany]),
    );
    this.maxColumns -= howMany;
    for (const grid of this.grids()) grid.deleteColumns(columnPosition, howMany);
    this.dropProtectionsOutside();
  }

  /**
   * HyperFormula refuses structural changes across a spilled array, which Sheets allows: make
   * each array formula scalar during the change, then restore those that survive it.
   */
  private withArraysScalar(change: () => void): void {
    const hf = this.spreadsheet.hf;
    hf.batch(() => {
      for (const { address, text } of this.arrayFormulas()) {
        hf.setCellContents(address, [[`=IFERROR(${text.slice(1)}, "${PLACEHOLDER}")`]]);
      }
      change();
      hf.getSheetFormulas(this.hfId).forEach((line, row) => {
        line.forEach((text, col) => {
          const inner = WRAPPED.exec(text ?? "")?.[1];
          if (inner !== undefined)
            hf.setCellContents({ sheet: this.hfId, row, col }, [[`=${inner}`]]);
        });
      });
    });
  }

  /** Protections whose cells were all deleted go with them (a simplification: ranges do not shrink). */
  private dropProtectionsOutside(): void {
    for (const p of [...this.protections]) {
      const { row, column } = (p.range as InMemoryRange).rect;
      if (row > this.maxRows || column > this.maxColumns)
        this.protections.splice(this.protections.indexOf(p), 1);
    }
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
    const project = this.spreadsheet.scriptProject;
    this.metadata.push({ key, value: value ?? null, visibility, project });
    return this;
  }
  /**
   * DOCUMENT metadata is visible to every script; PROJECT metadata only to the Cloud project
   * that created it (DeveloperMetadataVisibility in the Apps Script reference).
   */
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.log.add("Sheet.getDeveloperMetadata");
    return this.visibleMetadata();
  }
  /** Metadata this script may see, without counting a call (a finder counts its own). */
  visibleMetadata(): DeveloperMetadata[] {
    const project = this.spreadsheet.scriptProject;
    return this.metadata
      .filter((entry) => entry.visibility === "DOCUMENT" || entry.project === project)
      .map((entry) => this.metadataHandle(entry));
  }
  private metadataHandle(entry: MetadataEntry): DeveloperMetadata {
    const log = this.log;
    const handle: DeveloperMetadata = {
      getKey: () => entry.key,
      getValue: () => entry.value,
      getVisibility: () => entry.visibility,
      getLocation: () => ({ getLocationType: () => "SHEET", getSheet: () => this }),
      setValue: (value: string) => {
        log.add("DeveloperMetadata.setValue");
        entry.value = value;
        return handle;
      },
      setVisibility: (visibility: string) => {
        log.add("DeveloperMetadata.setVisibility");
        entry.visibility = visibility;
        return handle;
      },
      remove: () => {
        log.add("DeveloperMetadata.remove");
        this.metadata.splice(this.metadata.indexOf(entry), 1);
      },
    };
    return handle;
  }

  getProtections(type: string): FakeProtection[] {
    this.log.add("Sheet.getProtections");
    return type === "RANGE" ? [...this.protections] : [];
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
