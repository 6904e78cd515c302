/**
 * The in-memory Apps Script environment: the globals the add-on reads (SpreadsheetApp,
 * LockService, HtmlService, Charts), backed by one HyperFormula workbook. Install them on
 * globalThis for unit tests, or hand them to a vm context that loads dist/Code.js.
 */
import { ChartType, DataValidationCriteria, FakeDataValidationBuilder } from "./builders";
import { InMemorySpreadsheet } from "./spreadsheet";
import { FakeUi, fakeHtmlService } from "./ui";

/** The document lock, with a switch that makes another execution hold it. */
class FakeLock {
  heldElsewhere = false;
  private held = false;
  constructor(private readonly log: InMemorySpreadsheet["log"]) {}
  tryLock(_timeoutMs: number): boolean {
    this.log.add("Lock.tryLock");
    if (this.heldElsewhere) return false;
    this.held = true;
    return true;
  }
  waitLock(timeoutMs: number): void {
    this.log.add("Lock.waitLock");
    if (!this.tryLock(timeoutMs)) {
      throw new Error("Lock timeout: another process was holding the lock for too long.");
    }
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.log.add("Lock.releaseLock");
    this.held = false;
  }
}

export interface AppsScriptStandIn {
  readonly spreadsheet: InMemorySpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  /** Globals as Apps Script defines them, to install or hand to a vm context. */
  readonly globals: Record<string, unknown>;
}

export interface StandInOptions {
  /** The spreadsheet's time zone (File → Settings), e.g. "America/New_York". */
  readonly timeZone?: string;
  readonly locale?: string;
  /** Run as a script outside any document, where getDocumentLock() returns null. */
  readonly outsideDocument?: boolean;
  /** The locale of the user's Google account (Session.getActiveUserLocale()), e.g. "da". */
  readonly userLocale?: string;
}

export function createAppsScript(options: StandInOptions = {}): AppsScriptStandIn {
  const spreadsheet = new InMemorySpreadsheet(options.locale, options.timeZone);
  const ui = new FakeUi();
  const lock = new FakeLock(spreadsheet.log);
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => spreadsheet,
    getActive: () => spreadsheet,
    getUi: () => ui,
    flush: () => spreadsheet.log.add("SpreadsheetApp.flush"),
    newDataValidation: () => new FakeDataValidationBuilder(),
    DataValidationCriteria,
    DeveloperMetadataVisibility: { DOCUMENT: "DOCUMENT", PROJECT: "PROJECT" },
    ProtectionType: { RANGE: "RANGE", SHEET: "SHEET" },
  };
  const globals = {
    SpreadsheetApp,
    LockService: { getDocumentLock: () => (options.outsideDocument ? null : lock) },
    Session: { getActiveUserLocale: () => options.userLocale ?? "en" },
    HtmlService: fakeHtmlService,
    Utilities: { formatDate },
    Charts: { ChartType },
  };
  return { spreadsheet, ui, lock, globals };
}

/**
 * Utilities.formatDate for the patterns the add-on uses (yyyy, MM, dd), in a time zone (the
 * Apps Script reference: Utilities.formatDate takes SimpleDateFormat patterns).
 */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  if (/[^yMd\-/. ]/.test(pattern)) throw new Error(`Pattern not modelled: ${pattern}`);
  return pattern
    .replace("yyyy", part("year"))
    .replace("MM", part("month"))
    .replace("dd", part("day"));
}

/** Installs the stand-in's globals on globalThis (for Node tests); returns an uninstall. */
export function installAppsScript(standIn: AppsScriptStandIn): () => void {
  const target = globalThis as Record<string, unknown>;
  const previous = Object.fromEntries(Object.keys(standIn.globals).map((k) => [k, target[k]]));
  Object.assign(target, standIn.globals);
  return () => Object.assign(target, previous);
}
