/** A range of the in-memory workbook: values, formulas and per-cell properties of a block. */

import { DetailedCellError, type HyperFormula } from "hyperformula";
import { dateSerial, isBlank, isDate, serialInstant } from "../../core/cells";
import { AUTOMATIC_FORMAT, TEXT_FORMAT } from "../../sheets/templates/template";
import { a1Notation, type Rect } from "./a1";
import { type FakeDataValidation, FakeProtection } from "./builders";
import type { CellGrid } from "./cell-grid";
import { sheetsErrorText } from "./errors";
import type { InMemorySheet } from "./sheet";
import type { CallLog } from "./spreadsheet";
import { typedInput } from "./typed-input";

/** Milliseconds a time zone's wall clock is ahead of UTC at an instant. */
function zoneOffset(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * A Date written to a cell is an instant, shown as the wall-clock time of the spreadsheet's
 * time zone; a date cell read back is that wall-clock time as an instant (Apps Script's
 * Range.setValues / getValues with the spreadsheet time zone of File → Settings).
 */
const serialOf = (date: Date, timeZone: string): number => {
  const t = date.getTime();
  return dateSerial(new Date(t + zoneOffset(timeZone, t)));
};
const dateOf = (serial: number, timeZone: string): Date => {
  // HyperFormula hands back values rounded to about a tenth of a second of a day's fraction:
  // whole seconds, as a person types times, are what the stand-in keeps.
  const wall = Math.round(serialInstant(serial) / 1000) * 1000;
  const guess = wall - zoneOffset(timeZone, wall);
  return new Date(wall - zoneOffset(timeZone, guess));
};

const isDateFormat = (format: string): boolean => /[yd]/i.test(format) && !/[#0]/.test(format);

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
  /** Shows the range's sheet with the range selected. */
  activate(): this {
    this.log.add("Range.activate");
    this.sheet.spreadsheet.markActive(this.sheet, this.rect);
    return this;
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
          return dateOf(value, this.sheet.spreadsheet.timeZone);
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
    const dateCells: [number, number, string][] = [];
    const { locale, timeZone } = this.sheet.spreadsheet;
    const year = new Date().getFullYear();
    const { row, column } = this.rect;
    // Array.from builds this realm's arrays: HyperFormula rejects arrays from a vm context.
    const contents = Array.from(values, (line, r) => {
      if (line.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
      return Array.from(line, (value, c) => {
        if (isBlank(value)) return null;
        if (isDate(value)) {
          dateCells.push([r, c, "yyyy-mm-dd"]);
          return serialOf(value as Date, timeZone);
        }
        if (typeof value === "number" || typeof value === "boolean") return value;
        const text = String(value);
        // HyperFormula reads a leading apostrophe as the text mark and drops it, as Sheets does.
        // In a plain-text cell Sheets keeps every character: whether it drops a leading
        // apostrophe there, the reference does not say; keeping it is the strict reading.
        if (this.sheet.formats.get(row + r, column + c) === TEXT_FORMAT) return `'${text}`;
        const typed = typedInput(text, locale, year);
        if (typed.kind === "formula") return this.sheet.boundFormula(typed.formula);
        if (typed.kind === "date") {
          dateCells.push([r, c, typed.format]);
          return typed.serial;
        }
        return typed.kind === "text" ? `'${typed.text}` : typed.value;
      });
    });
    const start = this.hfRange().start;
    this.hf.batch(() => this.hf.setCellContents(start, contents));
    if (contents.some((line) => line.some((value) => value === null))) {
      this.sheet.spreadsheet.cleared = true;
    }
    // Sheets gives a date format to cells that received a date, or text it read as one.
    for (const [r, c, format] of dateCells) {
      const current = this.sheet.formats.get(row + r, column + c);
      if (!current || current === AUTOMATIC_FORMAT)
        this.sheet.formats.set(row + r, column + c, format);
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

  getNumberFormat(): string {
    this.log.add("Range.getNumberFormat");
    return this.sheet.formats.get(this.rect.row, this.rect.column) ?? "";
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
  getNote(): string {
    this.log.add("Range.getNote");
    return this.sheet.notes.get(this.rect.row, this.rect.column) ?? "";
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
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    return this.fill("setDataValidations", this.sheet.validations, rules as FakeDataValidation[][]);
  }

  protect(): FakeProtection {
    this.log.add("Range.protect");
    const protection = new FakeProtection(this, this.sheet);
    this.sheet.protections.push(protection);
    return protection;
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
