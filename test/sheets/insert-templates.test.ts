import { describe, expect, it } from "vitest";
import { sampleTracker } from "../../src/local/sample-tracker";
import {
  describeInsert,
  freeName,
  insertTemplates,
  ownSheet,
} from "../../src/sheets/insert-templates";
import { OWN_SHEET_KEY } from "../../src/sheets/spreadsheet-app-workbook";
import { FRAMEWORK_HEADERS } from "../../src/sheets/templates/framework";
import { SETTINGS } from "../../src/sheets/templates/settings";
import { TRACKER_HEADERS } from "../../src/sheets/templates/tracker";
import { appendTrackerRows } from "../../src/sheets/tracker-rows";
import { BusyError } from "../../src/sheets/workbook";
import { inMemory } from "./helpers";

const row = (overrides: Record<number, unknown>) =>
  Array.from({ length: 22 }, (_, i) => (i in overrides ? overrides[i] : "")) as never[];

describe("insert templates on a new spreadsheet", () => {
  it("creates the three sheets, tagged as the add-on's, and opens the tracker", () => {
    const { spreadsheet, port } = inMemory();
    const result = insertTemplates(port);
    expect(result).toEqual({
      created: ["Settings", "Campaign Tracker", "KPI Framework"],
      kept: [],
      relinked: [],
    });
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      "Settings",
      "Campaign Tracker",
      "KPI Framework",
    ]);
    for (const name of result.created) {
      const tags = spreadsheet.sheetNamed(name)?.metadata.filter((m) => m.key === OWN_SHEET_KEY);
      expect(tags).toHaveLength(1);
    }
    expect(spreadsheet.getActiveSheet().getName()).toBe("Campaign Tracker");
    expect(describeInsert(result)).toBe("Added Settings, Campaign Tracker, KPI Framework.");
  });

  it("writes settings with every catalog CPM, its source and year", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const settings = spreadsheet.sheetNamed("Settings");
    const values = settings?.getRange("A4:B6").getValues();
    expect(values).toEqual([
      ["Currency", "USD"],
      ["Engagement-rate base", "Followers"],
      ["Report language", "English"],
    ]);
    const cpms = settings
      ?.getRange(`A${SETTINGS.cpmRows.first}:D${SETTINGS.cpmRows.first + 5}`)
      .getValues();
    expect(cpms?.map((r) => r[0])).toEqual([
      "Instagram",
      "TikTok",
      "YouTube",
      "Facebook",
      "LinkedIn",
      "X",
    ]);
    for (const [, cpm, source, year] of cpms ?? []) {
      expect(cpm).toBeGreaterThan(0);
      expect(String(source)).toContain("ad-calc.com");
      expect(year).toBe(2024);
    }
  });

  it("builds a tracker whose computed columns and totals evaluate live", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    if (!tracker) throw new Error("no tracker");
    expect(tracker.getRange(1, 1, 1, TRACKER_HEADERS.length).getValues()[0]).toEqual(
      TRACKER_HEADERS,
    );
    expect(tracker.frozenRows).toBe(2);
    const ref = ownSheet(port, "tracker");
    // campaign, influencer, handle, platform, date, url, followers, impressions, views, reach,
    // likes, comments, shares, saves, clicks, conversions, orders, revenue, cost
    appendTrackerRows(port, ref, [
      row({
        0: "Spring",
        1: "Lena",
        3: "Instagram",
        6: 8000,
        7: 10_000,
        10: 400,
        11: 50,
        12: 30,
        13: 20,
        14: 100,
        15: 5,
        16: 5,
        17: 3000,
        18: 1000,
      }),
      row({
        0: "Spring",
        1: "Noah",
        3: "TikTok",
        6: 50_000,
        8: "20K",
        10: 900,
        14: 200,
        15: 0,
        17: 0,
        18: 500,
      }),
    ]);
    const header = TRACKER_HEADERS;
    const at = (name: string, r: number) =>
      tracker.getRange(r, header.indexOf(name) + 1).getValue();
    expect(at("Tier", 3)).toBe("Nano");
    expect(at("Tier", 4)).toBe("Micro");
    expect(at("Engagements", 3)).toBe(500);
    expect(at("Eng. rate", 3)).toBeCloseTo(500 / 8000, 12);
    expect(at("Eng. rate", 4)).toBeCloseTo(900 / 50_000, 12);
    expect(at("EMV", 3)).toBeCloseTo(67, 10); // 10,000 impressions at Instagram's 6.70
    expect(at("EMV", 4)).toBeCloseTo(200, 10); // 20K views (no impressions) at TikTok's 10.00
    expect(at("CPE", 3)).toBe(2);
    expect(at("ROI", 3)).toBe(2);
    expect(at("ROI", 4)).toBe(-1);
    expect(at("Conv. rate", 4)).toBe(0);
    expect(at("EMV", 5)).toBe("");
    // Native totals on row 2 work without the add-on.
    expect(at("Cost", 2)).toBe(1500);
    expect(at("Revenue", 2)).toBe(3000);
    expect(at("ROI", 2)).toBe(1);
    expect(at("EMV", 2)).toBeCloseTo(267, 10);
    expect(tracker.getRange(2, header.indexOf("ROI") + 1).getFormula()).toMatch(/^=IFERROR\(/);
  });

  it("applies the engagement-rate base chosen in Settings to every row", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const ref = ownSheet(port, "tracker");
    appendTrackerRows(port, ref, [
      row({ 6: 1000, 9: 100, 10: 10 }),
      row({ 6: 2000, 9: 400, 10: 20 }),
    ]);
    spreadsheet.sheetNamed("Settings")?.getRange(SETTINGS.engagementBase.row, 2).setValue("Reach");
    const rate = spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(3, TRACKER_HEADERS.indexOf("Eng. rate") + 1, 2, 1);
    expect(rate?.getValues()).toEqual([[0.1], [0.05]]);
  });

  it("validates settings cells where they are, not beyond", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const rules = spreadsheet
      .sheetNamed("Settings")
      ?.getRange(1, 2, 40, 1)
      .getDataValidations()
      .map(([rule]) => rule?.getHelpText() ?? "");
    expect(rules?.[SETTINGS.cpmRows.first - 1]).toContain("CPM");
    expect(rules?.[SETTINGS.tierHeaderRow - 1]).toBe("");
    expect(rules?.[SETTINGS.tierRows.first - 1]).toContain("Follower count");
    expect(rules?.[30]).toBe("");
  });

  it("lets a CPM edited in Settings drive EMV", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const ref = ownSheet(port, "tracker");
    appendTrackerRows(port, ref, [row({ 3: "Instagram", 7: 10_000 })]);
    const settings = spreadsheet.sheetNamed("Settings");
    settings?.getRange(SETTINGS.cpmRows.first, 2).setValue(12);
    const emv = spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(3, TRACKER_HEADERS.indexOf("EMV") + 1);
    expect(emv?.getValue()).toBe(120);
    // A platform listed without a CPM falls back to the catalog default.
    settings?.getRange(SETTINGS.cpmRows.first, 2).setValue("");
    expect(emv?.getValue()).toBeCloseTo(67, 10);
  });

  it("builds a framework whose progress and status compute", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const sheet = spreadsheet.sheetNamed("KPI Framework");
    expect(sheet?.getRange(1, 1, 1, FRAMEWORK_HEADERS.length).getValues()[0]).toEqual([
      ...FRAMEWORK_HEADERS,
    ]);
    const col = (h: string) => FRAMEWORK_HEADERS.indexOf(h as never) + 1;
    sheet
      ?.getRange(2, col("Baseline"), 1, 3)
      .setValues([[100, 200, new Date(Date.UTC(2099, 0, 1))]]);
    sheet?.getRange(2, col("Actual")).setValue(150);
    sheet?.getRange(3, col("Baseline"), 1, 3).setValues([[0, 50, new Date(Date.UTC(2000, 0, 1))]]);
    sheet?.getRange(3, col("Actual")).setValue(60);
    // A target equal to its baseline flags the row; a KPI without a deadline is not missed.
    sheet?.getRange(4, col("Baseline"), 1, 2).setValues([[10, 10]]);
    sheet?.getRange(4, col("Actual")).setValue(12);
    sheet?.getRange(5, col("Baseline"), 1, 2).setValues([[0, 100]]);
    sheet?.getRange(5, col("Actual")).setValue(40);
    sheet?.getRange(6, col("Baseline"), 1, 3).setValues([[0, 100, new Date(Date.UTC(2000, 0, 1))]]);
    sheet?.getRange(6, col("Actual")).setValue(40);
    expect(sheet?.getRange(2, col("Progress"), 5, 2).getValues()).toEqual([
      [0.5, "In progress"],
      [1.2, "Met"],
      ["⚠ target equals baseline (10)", "Check inputs"],
      [0.4, "In progress"],
      [0.4, "Missed"],
    ]);
  });
});

describe("formula cells", () => {
  it("warn before anyone edits or deletes them", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const protected_ = (name: string) =>
      spreadsheet
        .sheetNamed(name)
        ?.protections.map((p) => [
          (p.range as unknown as { getA1Notation(): string }).getA1Notation(),
          p.warningOnly,
        ]);
    expect(protected_("Campaign Tracker")).toEqual([
      ["A2:AF2", true],
      ["W3:AF3", true],
    ]);
    expect(protected_("KPI Framework")).toEqual([["O2:P2", true]]);
  });
});

describe("safety", () => {
  it("is idempotent: inserting again keeps the add-on's sheets and their data", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange("A3:B3")
      .setValues([["Spring", "Lena"]]);
    const again = insertTemplates(port);
    expect(again).toEqual({
      created: [],
      kept: ["Settings", "Campaign Tracker", "KPI Framework"],
      relinked: [],
    });
    expect(describeInsert(again)).toContain("already in place");
    expect(spreadsheet.getSheets()).toHaveLength(4);
    expect(spreadsheet.sheetNamed("Campaign Tracker")?.getRange("A3:B3").getValues()).toEqual([
      ["Spring", "Lena"],
    ]);
  });

  it("never overwrites a user's sheet with a wanted name, and refers to the free name", () => {
    const { spreadsheet, port } = inMemory();
    const mine = spreadsheet.insertSheet("Settings");
    mine.getRange("A1:B1").setValues([["my", "=1+1"]]);
    const theirs = spreadsheet.insertSheet("campaign tracker");
    theirs.getRange("A1").setValue("keep me");
    const result = insertTemplates(port);
    expect(result.created).toEqual(["Settings (2)", "Campaign Tracker (2)", "KPI Framework"]);
    expect(mine.getRange("A1:B1").getValues()).toEqual([["my", 2]]);
    expect(mine.getRange("B1").getFormula()).toBe("=1+1");
    expect(theirs.getRange("A1").getValue()).toBe("keep me");
    const emv = spreadsheet
      .sheetNamed("Campaign Tracker (2)")
      ?.getRange(3, TRACKER_HEADERS.indexOf("EMV") + 1);
    expect(emv?.getFormula()).toContain("'Settings (2)'!$A$9:$A$20");
    expect(() => port.deleteOwnSheet({ name: "Settings" })).toThrow();
  });

  it("re-creates only a missing template", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const framework = spreadsheet.sheetNamed("KPI Framework");
    if (framework) spreadsheet.deleteSheet(framework);
    expect(insertTemplates(port)).toEqual({
      created: ["KPI Framework"],
      kept: ["Settings", "Campaign Tracker"],
      relinked: [],
    });
  });

  it("uses the currency chosen in existing Settings for new sheets", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    spreadsheet
      .sheetNamed("Settings")
      ?.getRange(SETTINGS.currency.row, SETTINGS.currency.column)
      .setValue("EUR");
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    if (tracker) spreadsheet.deleteSheet(tracker);
    insertTemplates(port);
    const cost = spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(3, TRACKER_HEADERS.indexOf("Cost") + 1);
    expect(cost?.getNumberFormats()).toEqual([["[$€]#,##0.00"]]);
  });

  it("refuses to start while another run holds the document lock, changing nothing", () => {
    const { spreadsheet, port, lock } = inMemory();
    lock.heldElsewhere = true;
    expect(() => insertTemplates(port)).toThrow(BusyError);
    expect(spreadsheet.getSheets()).toHaveLength(1);
  });

  it("removes the sheets it created when a write fails, leaving nothing half-written", () => {
    const { spreadsheet, port } = inMemory();
    const user = spreadsheet.insertSheet("Notes");
    user.getRange("A1").setValue("mine");
    let writes = 0;
    const failing = {
      ...port,
      writeTable: (...args: Parameters<typeof port.writeTable>) => {
        if (++writes === 12) throw new Error("Service Spreadsheets timed out");
        port.writeTable(...args);
      },
    };
    expect(() => insertTemplates(failing)).toThrow("timed out");
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "Notes"]);
    expect(user.getRange("A1").getValue()).toBe("mine");
  });
});

describe("a deleted Settings sheet", () => {
  it("breaks the tracker's references, and inserting again points them at the new one", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const ref = ownSheet(port, "tracker");
    appendTrackerRows(port, ref, [row({ 0: "Spring", 3: "Instagram", 6: 5000, 7: 10_000 })]);
    const settings = spreadsheet.sheetNamed("Settings");
    if (settings) spreadsheet.deleteSheet(settings);
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    const emv = () => tracker?.getRange(3, TRACKER_HEADERS.indexOf("EMV") + 1).getValue();
    expect(emv()).toContain("#REF!");
    const result = insertTemplates(port);
    expect(result).toEqual({
      created: ["Settings"],
      kept: ["Campaign Tracker", "KPI Framework"],
      relinked: ["Campaign Tracker"],
    });
    expect(describeInsert(result)).toBe(
      "Added Settings. Kept, with their data: Campaign Tracker, KPI Framework. Campaign Tracker now reads the new settings.",
    );
    expect(emv()).toBeCloseTo(67, 10);
    expect(tracker?.getRange(3, TRACKER_HEADERS.indexOf("Tier") + 1).getValue()).toBe("Nano");
    expect(tracker?.getRange("A3").getValue()).toBe("Spring");
  });
});

describe("ownSheet", () => {
  it("tells the user to insert templates when the sheet is missing", () => {
    const { port } = inMemory();
    expect(() => ownSheet(port, "tracker")).toThrow(
      "There is no Campaign Tracker sheet from Influencer KPIs here: use Insert templates first.",
    );
  });
});

describe("freeName", () => {
  it("adds the first free number", () => {
    expect(freeName("Settings", [])).toBe("Settings");
    expect(freeName("Settings", ["settings", "Settings (2)"])).toBe("Settings (3)");
  });
});

describe("tracker validation on the sample tracker", () => {
  it("warns on exactly the cells holding numbers typed as text, and accepts the rest", () => {
    const { spreadsheet, port } = inMemory();
    insertTemplates(port);
    const ref = ownSheet(port, "tracker");
    const posts = sampleTracker();
    appendTrackerRows(port, ref, posts);
    const range = spreadsheet.sheetNamed("Campaign Tracker")?.getRange(3, 1, posts.length, 22);
    const values = range?.getValues() ?? [];
    const rules = range?.getDataValidations() ?? [];
    const warned: string[] = [];
    const textNumbers: string[] = [];
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        const rule = rules[r]?.[c];
        if (rule && !rule.accepts(value)) warned.push(`${r},${c}`);
        if (c >= 6 && c <= 18 && typeof value === "string" && value !== "")
          textNumbers.push(`${r},${c}`);
      });
    });
    expect(textNumbers.length).toBeGreaterThan(0);
    expect(warned).toEqual(textNumbers);
  });
});
