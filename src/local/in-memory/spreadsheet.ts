/**
 * The in-memory stand-in for the SpreadsheetApp subset the add-on uses: a spreadsheet of
 * sheets and ranges whose cells live in HyperFormula, so native formulas and our custom
 * functions evaluate. It behaves like Sheets where the add-on depends on it:
 * - a string starting with "=" (or "+" or "-") written by setValues becomes a formula; one
 *   starting with "'" is kept as text without the apostrophe; "" clears the cell; text
 *   numbers become numbers as typed in the spreadsheet's locale ("1.234,5" in da_DK);
 * - our custom functions read text cells and show messages in that locale;
 * - open ranges (`H3:H`) reach the sheet's last row; a spill into occupied cells is #REF!;
 * - ranges outside the sheet, or values of the wrong shape, throw;
 * - getValues returns dates as Date, blanks as "", errors as their text.
 * Every method call is counted, so tests can prove I/O does not grow with row counts.
 */
import { DetailedCellError, ErrorType, HyperFormula } from "hyperformula";
import { spreadsheetEnvironment } from "../../apps-script/custom-functions";
import { catalogOf } from "../catalogs";
import { a1Notation, parseA1, type Rect, unquoteSheetName } from "./a1";
import { registerCustomFunctions, setFunctionEnvironment } from "./custom-functions-plugin";
import { registerFinance, setExchangeRates } from "./finance-plugin";
import type { InMemoryRange } from "./range";
import { recalculateOnRead } from "./recalculation";
import { InMemorySheet } from "./sheet";

const DEFAULT_ROWS = 1000;

interface FormulaText {
  readonly sheet: InMemorySheet;
  readonly row: number;
  readonly col: number;
  readonly text: string;
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

/** "B9:B20" as "$B$9:$B$20". */
const absolute = (a1: string): string => a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/**
 * Calls that only hand back a range or sheet object to call methods on: they read and write
 * nothing (Apps Script's best-practices guide counts the cost of scripts in reads and writes).
 */
const HANDLES: ReadonlySet<string> = new Set([
  "Spreadsheet.getSheets",
  "Spreadsheet.getSheetByName",
  "Spreadsheet.getActiveSheet",
  "Spreadsheet.getRange",
  "Spreadsheet.getRangeByName",
  "Sheet.getRange",
  "Sheet.getDataRange",
]);

/** Methods that change the spreadsheet (UI calls such as activate and flush aside). */
const WRITE = /\.(?:set(?!Active)|insert|delete|remove|add|protect|clear)/;

/**
 * Counts calls by "Class.method", and the writes among them. A test can make one write fail,
 * as a Sheets service error would, to see that the action takes back what it wrote.
 */
export class CallLog {
  readonly counts = new Map<string, number>();
  /** Writes since the last reset. */
  writes = 0;
  private failing: number | undefined;
  private quiet = 0;
  add(name: string): void {
    if (this.quiet > 0) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (!WRITE.test(name)) return;
    this.writes++;
    if (this.writes === this.failing) {
      this.failing = undefined;
      throw new Error(`Service Spreadsheets failed at write ${this.writes} (${name})`);
    }
  }
  /**
   * Runs reads that are not the action's: a custom function recomputing reads the spreadsheet
   * in its own execution in Sheets, not in the action that changed a cell.
   */
  quietly<T>(run: () => T): T {
    this.quiet++;
    try {
      return run();
    } finally {
      this.quiet--;
    }
  }
  /** The nth write from now fails once; the writes after it succeed. */
  failAt(write: number): void {
    this.failing = this.writes + write;
  }
  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }
  /** Calls that read or write the spreadsheet: all but handles and the lock service's. */
  get sheetsCalls(): number {
    let sum = 0;
    for (const [name, n] of this.counts) {
      if (!HANDLES.has(name) && !name.startsWith("Lock.")) sum += n;
    }
    return sum;
  }
  reset(): void {
    this.counts.clear();
    this.writes = 0;
    this.failing = undefined;
  }
}

export interface DeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  getVisibility(): string;
  /** Where it is attached: the add-on only attaches metadata to sheets. */
  getLocation(): { getLocationType(): string; getSheet(): InMemorySheet };
  setValue(value: string): DeveloperMetadata;
  setVisibility(visibility: string): DeveloperMetadata;
  remove(): void;
}

/** Developer metadata as stored: PROJECT entries remember the project that wrote them. */
export interface MetadataEntry {
  key: string;
  value: string | null;
  visibility: string;
  project: string;
}

/** A named range as Apps Script hands it over. */
export interface InMemoryNamedRange {
  getName(): string;
  getRange(): InMemoryRange;
  remove(): void;
}

export class InMemorySpreadsheet {
  readonly hf: HyperFormula;
  readonly log = new CallLog();
  readonly toasts: { message: string; title: string }[] = [];
  private readonly sheets: InMemorySheet[] = [];
  private active: InMemorySheet | undefined;
  private nextSheetId = 0;
  /**
   * The Cloud project of the script now running: PROJECT-visible developer metadata written
   * under one project is invisible under another, as after a redeployment.
   */
  scriptProject = "influencer-kpis";

  constructor(
    /**
     * The locale of File → Settings: how typed text becomes numbers, and our functions read.
     * Change it with setSpreadsheetLocale, which recalculates as Sheets does.
     */
    public locale = "en_US",
    readonly timeZone = "Etc/UTC",
  ) {
    registerCustomFunctions();
    registerFinance();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      dateFormats: ["YYYY-MM-DD", "MM/DD/YYYY"],
      maxRows: 1_000_000,
    });
    // Our functions read the spreadsheet as Code.js reads it in Sheets, in their own
    // executions: their reads are not counted as the running action's. Each call there is a
    // new execution, so the locale is asked afresh (it changes with setSpreadsheetLocale).
    const env = spreadsheetEnvironment(
      () => this as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
      catalogOf,
    );
    const quietly =
      <A extends unknown[], R>(read: (...args: A) => R) =>
      (...args: A): R =>
        this.log.quietly(() => read(...args));
    setFunctionEnvironment(this.hf, {
      locale: () => this.locale,
      catalog: env.catalog,
      ...(env.currency && { currency: quietly(env.currency) }),
      ...(env.moneyFormats && { moneyFormats: quietly(env.moneyFormats) }),
      ...(env.rates && { rates: quietly(env.rates) }),
    });
    recalculateOnRead(this.hf, () => this.refillArrays());
    this.insertSheet("Sheet1");
    this.log.reset();
  }

  /**
   * The rates GOOGLEFINANCE("CURRENCY:EURUSD") gives here, by pair ("EURUSD"): a fixed table,
   * never live rates (finance-plugin.ts).
   */
  setExchangeRates(rates: Readonly<Record<string, number>>): void {
    setExchangeRates(this.hf, rates);
  }

  /** Whether a write cleared cells since the last recalculation. */
  cleared = false;

  /**
   * Sheets fills an array formula's cells again once what blocked them is cleared; HyperFormula
   * does not try again by itself, so after a write that cleared cells, each array formula still
   * blocked is entered again. Says whether any was.
   */
  private refillArrays(): boolean {
    if (!this.cleared) return false;
    this.cleared = false;
    const blocked: { address: { sheet: number; row: number; col: number }; text: string }[] = [];
    for (const sheet of this.allSheets()) {
      this.hf.getSheetFormulas(sheet.hfId).forEach((line, row) => {
        line.forEach((text, col) => {
          if (!text) return;
          const address = { sheet: sheet.hfId, row, col };
          const value = this.hf.getCellValue(address);
          if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) {
            blocked.push({ address, text });
          }
        });
      });
    }
    if (blocked.length === 0) return false;
    // HyperFormula keeps a blocked array's cells stale if it is entered again at once: empty
    // the cell and recalculate first.
    for (const { address } of blocked) this.hf.setCellContents(address, [[null]]);
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
    for (const { address, text } of blocked) this.hf.setCellContents(address, [[text]]);
    return true;
  }

  getId(): string {
    this.log.add("Spreadsheet.getId");
    return "in-memory-spreadsheet";
  }
  getSpreadsheetLocale(): string {
    this.log.add("Spreadsheet.getSpreadsheetLocale");
    return this.locale;
  }
  /** File → Settings → Locale: every formula computes again, in the new locale. */
  setSpreadsheetLocale(locale: string): void {
    this.log.add("Spreadsheet.setSpreadsheetLocale");
    this.locale = locale;
    // HyperFormula computes again only what an edit reaches: every formula is entered again.
    this.hf.batch(() => {
      for (const sheet of this.allSheets()) {
        this.hf.getSheetFormulas(sheet.hfId).forEach((line, row) => {
          line.forEach((formula, col) => {
            if (formula) this.hf.setCellContents({ sheet: sheet.hfId, row, col }, [[formula]]);
          });
        });
      }
    });
  }
  getSpreadsheetTimeZone(): string {
    this.log.add("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }
  /**
   * Finds developer metadata across the spreadsheet in one call (DeveloperMetadataFinder in
   * the Apps Script reference); only withKey is modelled, the filter the add-on uses.
   */
  createDeveloperMetadataFinder() {
    let key: string | undefined;
    const finder = {
      withKey: (wanted: string) => {
        key = wanted;
        return finder;
      },
      find: (): DeveloperMetadata[] => {
        this.log.add("DeveloperMetadataFinder.find");
        return this.sheets
          .flatMap((sheet) => sheet.visibleMetadata())
          .filter((m) => key === undefined || m.getKey() === key);
      },
    };
    return finder;
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
  markActive(sheet: InMemorySheet, selection?: Rect): void {
    this.active = sheet;
    this.selection = selection;
  }
  /** The selected range of the active sheet, if a range was activated: for tests. */
  selection: Rect | undefined;
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
  /** Named ranges live in HyperFormula as named expressions, so formulas can use them. */
  getNamedRanges(): InMemoryNamedRange[] {
    this.log.add("Spreadsheet.getNamedRanges");
    // A name whose sheet was deleted is still listed, but has no range any more (an
    // assumption: the reference does not say what getRange() does then; this is the strict
    // reading).
    return this.hf.listNamedExpressions().map((name) => ({
      getName: () => name,
      getRange: () => {
        const range = this.namedRange(name);
        if (!range) throw new Error(`Range not found: the named range ${name} is #REF!`);
        return range;
      },
      remove: () => {
        this.log.add("NamedRange.remove");
        this.hf.removeNamedExpression(name);
      },
    }));
  }
  removeNamedRange(name: string): void {
    this.log.add("Spreadsheet.removeNamedRange");
    if (!this.hf.listNamedExpressions().includes(name)) {
      throw new Error(`There is no named range called ${name}.`);
    }
    this.hf.removeNamedExpression(name);
  }
  /** Stricter than the reference says: an existing name must be removed first. */
  setNamedRange(name: string, range: InMemoryRange): void {
    this.log.add("Spreadsheet.setNamedRange");
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error(`Invalid named range name: ${name}`);
    }
    if (this.hf.listNamedExpressions().includes(name)) {
      throw new Error(`A named range called ${name} already exists.`);
    }
    const target = `='${range.sheet.name.replace(/'/g, "''")}'!${absolute(a1Notation(range.rect))}`;
    this.hf.addNamedExpression(name, target);
  }
  getRangeByName(name: string): InMemoryRange | null {
    this.log.add("Spreadsheet.getRangeByName");
    return this.namedRange(name) ?? null;
  }
  /** The range a named expression points at, or undefined once its sheet is gone. */
  private namedRange(name: string): InMemoryRange | undefined {
    const formula = this.hf.getNamedExpressionFormula(name) ?? "";
    const match = /^=(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(formula);
    if (!match) return undefined;
    const sheet = this.sheetNamed(match[1] ? unquoteSheetName(`'${match[1]}'`) : (match[2] ?? ""));
    return sheet?.rangeAt(parseA1(match[3]?.replace(/\$/g, "") ?? "", sheet.maxRows));
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
