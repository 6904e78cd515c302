/** A range of the in-memory workbook: values, formulas and per-cell properties of a block. */

import { DetailedCellError, type HyperFormula } from "hyperformula";
import { dateSerial, isBlank, isDate, serialInstant } from "../../core/cells";
import {
  localeDigits,
  type NumberConventions,
  numberConventions,
} from "../../core/i18n/number-format";
import { a1Notation, type Rect } from "./a1";
import { type FakeDataValidation, FakeProtection } from "./builders";
import type { CellGrid } from "./cell-grid";
import { sheetsErrorText } from "./errors";
import type { InMemorySheet } from "./sheet";
import type { CallLog } from "./spreadsheet";

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
  const wall = serialInstant(serial);
  const guess = wall - zoneOffset(timeZone, wall);
  return new Date(wall - zoneOffset(timeZone, guess));
};

/** The symbols of a locale's own currency, which Sheets reads beside typed numbers. */
const LOCAL_CURRENCY: Readonly<Record<string, readonly string[]>> = {
  en_US: ["$"],
  en_GB: ["£"],
  da_DK: ["kr.", "kr"],
  it_IT: ["€"],
  de_DE: ["€"],
  zh_CN: ["¥", "￥"],
  ky_KG: ["сом"],
};

const EN_US = numberConventions("en_US") as NumberConventions;

/**
 * Text Sheets reads as a number when it is written, as if typed in the spreadsheet's locale:
 * "1,234", "$1,200", " 473 " in en_US; "1.234,5", "2,500" (2.5) or "4,5 %" in da_DK; "12 500"
 * in ky_KG. The locale's own forms only, with its currency before or after and a percent
 * sign; "12.5K" or "€ 950" in en_US stay text. A locale we have no conventions for types as
 * en_US does.
 */
function typedNumber(text: string, locale: string): number | undefined {
  const conventions = numberConventions(locale) ?? EN_US;
  let rest = text.trim();
  let sign = "";
  if (/^[-+]/.test(rest)) {
    sign = rest[0] === "-" ? "-" : "";
    rest = rest.slice(1);
  }
  for (const symbol of LOCAL_CURRENCY[locale] ?? []) {
    if (rest.startsWith(symbol)) rest = rest.slice(symbol.length).trimStart();
    else if (rest.endsWith(symbol)) rest = rest.slice(0, -symbol.length).trimEnd();
    else continue;
    break;
  }
  let scale = 1;
  if (rest.endsWith("%")) {
    scale = 0.01;
    rest = rest.slice(0, -1).trimEnd();
  }
  const digits = localeDigits(rest, conventions);
  if (digits === undefined) return undefined;
  return Number.parseFloat((Number(`${sign}${digits}`) * scale).toPrecision(15));
}

/**
 * Text HyperFormula would read as a number with its own "." decimal mark, which a locale with
 * a decimal comma does not: "1.5" stays text in da_DK, as in Sheets.
 */
const DOT_DECIMAL = /^\s*[-+]?\$?\s*(?:\d*\.\d+|\d+\.)(?:e[-+]?\d+)?\s*%?\s*$/i;

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
    const dateCells: [number, number][] = [];
    const { locale } = this.sheet.spreadsheet;
    const decimalComma = numberConventions(locale)?.decimal === ",";
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
          dateCells.push([r, c]);
          return serialOf(value as Date, this.sheet.spreadsheet.timeZone);
        }
        if (typeof value === "string" && value.startsWith("=")) {
          return this.sheet.boundFormula(value);
        }
        // Stricter than setValues needs to be: "+" and "-" text runs as a formula, as typing
        // it into Sheets does, so a missing text mark shows up in tests.
        const typed = typeof value === "string" ? typedNumber(value, locale) : undefined;
        if (typeof value === "string" && /^[+-]/.test(value) && typed === undefined) {
          return this.sheet.boundFormula(`=${value}`);
        }
        // Plain-text cells ("@") keep typed numbers as text, as Sheets does. "=" text still
        // becomes a formula there: stricter than Sheets, so a missing text mark shows up.
        const plainText = this.sheet.formats.get(this.rect.row + r, this.rect.column + c) === "@";
        // (HyperFormula reads a leading apostrophe as the text mark, as Sheets does.)
        if (typeof value === "string" && plainText)
          return value.startsWith("'") ? value : `'${value}`;
        if (typeof value === "string") {
          if (typed !== undefined) return typed;
          return decimalComma && DOT_DECIMAL.test(value) ? `'${value}` : value;
        }
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
