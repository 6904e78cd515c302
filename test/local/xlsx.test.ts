import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeDataValidationBuilder } from "../../src/local/in-memory/builders";
import { createAppsScript } from "../../src/local/in-memory/index";
import { excelColumnWidth, exportWorkbook, TEXT_IN_NUMBER_NOTE } from "../../src/local/xlsx";

const PLATFORM_HELP = "Pick a platform listed in Settings.";
const COUNT_HELP = "A number of 0 or more.";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "xlsx-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A new spreadsheet's empty Sheet1, then Settings, a tracker with two frozen header rows and
 * validated columns, and a user's own sheet; the tracker is active.
 */
function sampleSpreadsheet() {
  const standIn = createAppsScript();
  const { spreadsheet } = standIn;
  const app = standIn.globals.SpreadsheetApp as { newDataValidation(): FakeDataValidationBuilder };

  const settings = spreadsheet.insertSheet("Settings");
  settings.getRange("A1:B3").setValues([
    ["Instagram", "USD"],
    ["TikTok", ""],
    ["YouTube", ""],
  ]);
  settings
    .getRange("B1")
    .setDataValidation(
      app.newDataValidation().requireValueInList(["USD", "EUR"]).setAllowInvalid(false).build(),
    );

  const tracker = spreadsheet.insertSheet("Campaign Tracker");
  const date = new Date(Date.UTC(2026, 2, 1));
  tracker.getRange("A1:F5").setValues([
    ["Platform", "Followers", "Cost", "Post date", "CPE", "Rating"],
    ["Totals", "=SUM(B3:B)", "=SUM(C3:C)", "", "", ""],
    ["Instagram", 1000, 50, date, "=CPE(C3, 10)", 3],
    ["TikTok", "12.5K", 30, date, "", 4],
    ["Myspace", 2000, 20, date, "", 9],
  ]);
  tracker.getRange("A1:F2").setFontWeight("bold").setBackground("#e8eaed");
  tracker.getRange("C2:C1000").setNumberFormat("[$$]#,##0.00");
  tracker.getRange("B4").setNote("From the creator's media kit.");
  const validate = (a1: string, builder: FakeDataValidationBuilder, allowInvalid: boolean) =>
    tracker
      .getRange(a1)
      .setDataValidation(
        builder.setAllowInvalid(allowInvalid).setHelpText(`Help for ${a1}`).build(),
      );
  tracker
    .getRange("A3:A1000")
    .setDataValidation(
      app
        .newDataValidation()
        .requireValueInRange(settings.getRange("A1:A3"))
        .setHelpText(PLATFORM_HELP)
        .build(),
    );
  // One rule on two columns, as the tracker's count columns share one.
  tracker
    .getRange("B3:C1000")
    .setDataValidation(
      app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setHelpText(COUNT_HELP).build(),
    );
  validate("D3:D1000", app.newDataValidation().requireDate(), true);
  validate("F3:F1000", app.newDataValidation().requireNumberBetween(1, 5), false);
  tracker.setFrozenRows(2);
  tracker.setFrozenColumns(1);
  tracker.setColumnWidth(1, 150);

  const notes = spreadsheet.insertSheet("Notes");
  notes.getRange("A1:B1").setValues([["My own notes", "=1/0"]]);

  tracker.activate();
  return standIn;
}

async function exported(standIn = sampleSpreadsheet(), name = "book.xlsx") {
  const file = join(dir, name);
  await exportWorkbook(standIn.spreadsheet, file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`No sheet ${name}`);
  return ws;
}

/** exceljs reads each validation back once per cell, sharing one object per range. */
function validationsOf(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
}

/**
 * One file of a zip archive, as text: for what exceljs does not read back (tabSelected).
 * Sizes come from the central directory, as local headers may leave them to a descriptor.
 */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return (zip.readUInt16LE(at + 10) === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    at = next;
  }
  throw new Error(`No ${name} in the archive`);
}

describe("exportWorkbook", () => {
  it("opens on the active sheet and leaves out the empty Sheet1", async () => {
    const workbook = await exported();
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Settings",
      "Campaign Tracker",
      "Notes",
    ]);
    expect(workbook.views[0]).toMatchObject({ activeTab: 1, firstSheet: 0 });
    // exceljs does not read tabSelected back: look at the sheets' XML.
    const zip = await readFile(join(dir, "book.xlsx"));
    const selected = [1, 2, 3].map((n) =>
      zipEntry(zip, `xl/worksheets/sheet${n}.xml`).includes('tabSelected="1"'),
    );
    expect(selected).toEqual([false, true, false]);
  });

  it("keeps an empty sheet that is active or that a formula reads", async () => {
    const alone = createAppsScript();
    expect((await exported(alone, "alone.xlsx")).worksheets.map((ws) => ws.name)).toEqual([
      "Sheet1",
    ]);

    const read = createAppsScript();
    read.spreadsheet.insertSheet("Report").getRange("A1").setValue("=COUNTA(Sheet1!A1:A5)");
    const names = (await exported(read, "read.xlsx")).worksheets.map((ws) => ws.name);
    expect(names).toEqual(["Sheet1", "Report"]);
  });

  it("keeps frozen panes, column widths, formats, bold and backgrounds", async () => {
    const ws = sheetOf(await exported(), "Campaign Tracker");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 1 });
    expect(ws.getColumn(1).width).toBeCloseTo(excelColumnWidth(150), 5);
    expect(excelColumnWidth(64)).toBe(9.140625); // Excel's default column, shown as 8.43
    expect(ws.getCell("C3").numFmt).toBe("[$$]#,##0.00");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, name: "Calibri", size: 11 });
    expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFE8EAED" } });
    expect(ws.getCell("D3").value).toEqual(new Date(Date.UTC(2026, 2, 1)));
  });

  it("prints landscape, one page wide, with the frozen rows on every page", async () => {
    const workbook = await exported();
    const tracker = sheetOf(workbook, "Campaign Tracker").pageSetup;
    expect(tracker).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
    expect(tracker.margins).toMatchObject({ left: 0.25, right: 0.25, top: 0.75, bottom: 0.75 });
    const settings = sheetOf(workbook, "Settings").pageSetup;
    expect(settings).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(settings.printTitlesRow).toBeUndefined();
  });

  it("keeps native formulas with their results, and others as values with a note", async () => {
    const workbook = await exported();
    const ws = sheetOf(workbook, "Campaign Tracker");
    // "12.5K" is text, which SUM skips in Sheets and in Excel alike.
    expect(ws.getCell("B2").value).toEqual({ formula: "SUM(B3:B1000)", result: 3000 });
    expect(ws.getCell("E3").value).toBe(5);
    expect(ws.getCell("E3").note).toBe("Computed in Google Sheets by =CPE(C3, 10)");
    expect(sheetOf(workbook, "Notes").getCell("B1").value).toEqual({
      formula: "1/0",
      result: { error: "#DIV/0!" },
    });
  });

  it("keeps a GOOGLEFINANCE rate as the value it gave, with a note of the formula", async () => {
    const standIn = createAppsScript();
    // The in-memory workbook answers currency pairs from this table, never live.
    standIn.spreadsheet.setExchangeRates({ EURDKK: 7.4604 });
    const rates = standIn.spreadsheet.getActiveSheet();
    rates.getRange("A1").setValue("EUR");
    rates.getRange("B1").setValue('=GOOGLEFINANCE("CURRENCY:EURDKK")');
    const ws = sheetOf(await exported(standIn, "rates.xlsx"), rates.getName());
    expect(ws.getCell("B1").value).toBe(7.4604);
    expect(ws.getCell("B1").note).toBe(
      'Computed in Google Sheets by =GOOGLEFINANCE("CURRENCY:EURDKK")',
    );
  });

  it("keeps validation rules as one Excel rule per rectangle of cells", async () => {
    const workbook = await exported();
    const model = validationsOf(sheetOf(workbook, "Campaign Tracker"));
    expect(model.A3).toMatchObject({
      type: "list",
      formulae: ["'Settings'!$A$1:$A$3"],
      allowBlank: true,
      errorStyle: "warning",
      showInputMessage: true,
      prompt: PLATFORM_HELP,
    });
    expect(model.A3?.showErrorMessage).toBeFalsy(); // Sheets' "show a warning"
    expect(model.A1000).toBe(model.A3);
    expect(model.A2).toBeUndefined();
    expect(model.B3).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      prompt: COUNT_HELP,
    });
    expect(model.C1000).toBe(model.B3);
    expect(model.D3).toMatchObject({ type: "date", prompt: "Help for D3:D1000" });
    expect(model.F3).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [1, 5],
      showErrorMessage: true,
      errorStyle: "stop",
      error: "Help for F3:F1000",
    });
    // A (one column), B:C (one rule on two columns), D, F: four rules, not 4,000.
    expect(new Set(Object.values(model)).size).toBe(4);

    const settings = validationsOf(sheetOf(workbook, "Settings"));
    expect(settings.B1).toMatchObject({
      type: "list",
      formulae: ['"USD,EUR"'],
      showErrorMessage: true,
    });
  });

  it("marks cells whose value their rule does not accept, with a note and a red fill", async () => {
    const ws = sheetOf(await exported(), "Campaign Tracker");
    const text = ws.getCell("B4");
    expect(text.value).toBe("12.5K");
    expect(text.note).toBe(`From the creator's media kit.\n\n${TEXT_IN_NUMBER_NOTE}`);
    expect(text.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFCE8E6" } });
    expect(ws.getCell("A5").note).toBe(PLATFORM_HELP);
    expect(ws.getCell("F5").note).toBe("Help for F3:F1000");
    for (const a1 of ["A3", "B3", "C4", "D4", "F4"]) {
      expect(ws.getCell(a1).note, a1).toBeUndefined();
      expect((ws.getCell(a1).fill as ExcelJS.FillPattern | undefined)?.pattern, a1).not.toBe(
        "solid",
      );
    }
  });

  it("says plainly what to do when the file cannot be written", async () => {
    const blocker = join(dir, "out");
    await writeFile(blocker, "not a folder");
    const error = await exportWorkbook(sampleSpreadsheet().spreadsheet, join(blocker, "demo.xlsx"))
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    expect(message).toMatch(/^Could not write \S*out\/demo\.xlsx \((EEXIST|ENOTDIR): [^)]+\)\. /);
    expect(message).toMatch(
      /out is a file, not a folder\. Remove or rename it, then run npm run demo again\.$/,
    );

    const folder = join(dir, "folder.xlsx");
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder);
    await expect(exportWorkbook(sampleSpreadsheet().spreadsheet, folder)).rejects.toThrow(
      /^Could not write \S*folder\.xlsx \(EISDIR: [^)]+\)\. \S*folder\.xlsx is a folder\./,
    );
  });

  it.skipIf(process.getuid?.() === 0)("names the folder to make writable", async () => {
    const locked = join(dir, "locked");
    await mkdir(locked);
    await chmod(locked, 0o555);
    try {
      await expect(
        exportWorkbook(sampleSpreadsheet().spreadsheet, join(locked, "demo.xlsx")),
      ).rejects.toThrow(/\(EACCES: permission denied\)\. Make the \S*locked\/ folder writable/);
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
