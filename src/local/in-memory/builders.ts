/**
 * Stand-ins for Apps Script's data-validation and chart builders. They record what was asked
 * so tests can check a template's rules and a report's charts.
 */
import { isBlank, isDate } from "../../core/cells";
import type { Rect } from "./a1";

export const DataValidationCriteria = {
  VALUE_IN_LIST: "VALUE_IN_LIST",
  VALUE_IN_RANGE: "VALUE_IN_RANGE",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  NUMBER_BETWEEN: "NUMBER_BETWEEN",
} as const;

export type Criteria = keyof typeof DataValidationCriteria;

/** A range argument of a rule: where it points, enough to resolve it later. */
export interface RangeReference {
  readonly sheetName: string;
  readonly rect: Rect;
  getValues(): unknown[][];
}

export class FakeDataValidation {
  constructor(
    readonly criteria: Criteria,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): Criteria {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  /** Whether Sheets would accept the value without a warning. Blank cells always pass. */
  accepts(value: unknown): boolean {
    if (isBlank(value)) return true;
    switch (this.criteria) {
      case "VALUE_IN_LIST":
        return (this.values[0] as unknown[]).includes(value);
      case "VALUE_IN_RANGE":
        return (this.values[0] as RangeReference).getValues().flat().includes(value);
      case "DATE_IS_VALID_DATE":
        return isDate(value);
      case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
        return typeof value === "number" && value >= (this.values[0] as number);
      case "NUMBER_BETWEEN":
        return (
          typeof value === "number" &&
          value >= (this.values[0] as number) &&
          value <= (this.values[1] as number)
        );
    }
  }
}

export class FakeDataValidationBuilder {
  private criteria: Criteria | undefined;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = "";

  private require(criteria: Criteria, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.require("VALUE_IN_LIST", [[...values], showDropdown]);
  }
  requireValueInRange(range: RangeReference, showDropdown = true): this {
    return this.require("VALUE_IN_RANGE", [range, showDropdown]);
  }
  requireDate(): this {
    return this.require("DATE_IS_VALID_DATE", []);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.require("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require("NUMBER_BETWEEN", [start, end]);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("A data validation rule needs a criterion");
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

export const ChartType = {
  AREA: "AREA",
  BAR: "BAR",
  COLUMN: "COLUMN",
  COMBO: "COMBO",
  LINE: "LINE",
  PIE: "PIE",
  SCATTER: "SCATTER",
  TABLE: "TABLE",
} as const;

export class FakeChart {
  constructor(
    readonly type: string,
    readonly ranges: readonly RangeReference[],
    readonly position: { row: number; column: number },
    readonly options: Readonly<Record<string, unknown>>,
    /** Rows of each range that name the series rather than hold data. */
    readonly numHeaders: number,
  ) {}
  getRanges(): RangeReference[] {
    return [...this.ranges];
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (key) => this.options[key] };
  }
}

export class FakeChartBuilder {
  private type: string = ChartType.COLUMN;
  private readonly ranges: RangeReference[] = [];
  private position = { row: 1, column: 1 };
  private readonly options: Record<string, unknown> = {};
  private numHeaders: number | undefined;

  setChartType(type: string): this {
    this.type = type;
    return this;
  }
  addRange(range: RangeReference): this {
    this.ranges.push(range);
    return this;
  }
  setPosition(row: number, column: number, _offsetX: number, _offsetY: number): this {
    this.position = { row, column };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }
  /**
   * Without setNumHeaders, Sheets guesses whether a range's first row names its series
   * (EmbeddedChartBuilder in the Apps Script reference; the Sheets API's headerCount: "If not
   * set, Google Sheets will guess"). The stand-in refuses to guess: the add-on must say.
   */
  build(): FakeChart {
    if (this.ranges.length === 0) throw new Error("A chart needs at least one range");
    if (this.numHeaders === undefined) {
      throw new Error("A chart must say how many header rows its ranges have (setNumHeaders)");
    }
    return new FakeChart(
      this.type,
      this.ranges,
      this.position,
      { ...this.options },
      this.numHeaders,
    );
  }
}

/** A protected range; the stand-in records its description and whether it only warns. */
export class FakeProtection {
  description = "";
  warningOnly = false;
  constructor(
    readonly range: RangeReference,
    private readonly owner: {
      readonly protections: FakeProtection[];
      readonly spreadsheet: { readonly log: { add(name: string): void } };
    },
  ) {}
  getRange(): RangeReference {
    this.owner.spreadsheet.log.add("Protection.getRange");
    return this.range;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): this {
    this.owner.spreadsheet.log.add("Protection.setDescription");
    this.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.owner.spreadsheet.log.add("Protection.setWarningOnly");
    this.warningOnly = warningOnly;
    return this;
  }
  remove(): void {
    this.owner.spreadsheet.log.add("Protection.remove");
    this.owner.protections.splice(this.owner.protections.indexOf(this), 1);
  }
}
