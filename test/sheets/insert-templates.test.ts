import { describe, expect, it } from "vitest";
import { OWN_SHEET_KEY } from "../../src/apps-script/spreadsheet-app-workbook";
import { en as english } from "../../src/core/i18n/en";
import { columnLabel } from "../../src/core/labels";
import { judgeKpi } from "../../src/core/report/judge";
import { FRAMEWORK_KEYS, TRACKER_COLUMNS, TRACKER_KEYS } from "../../src/core/tracker-columns";
import { describeInsert } from "../../src/features/templates/describe";
import { sampleTracker } from "../../src/local/sample-tracker";
import { ownSheet } from "../../src/sheets/insert-templates";
import { freeName } from "../../src/sheets/sheet-names";
import { SETTINGS_NAMES } from "../../src/sheets/templates/named-ranges";
import { SETTINGS_LAYOUT } from "../../src/sheets/templates/settings";
import { TEMPLATE_VERSION } from "../../src/sheets/templates/template";
import type { TrackerKey } from "../../src/sheets/templates/tracker";
import { appendTrackerRows } from "../../src/sheets/tracker-rows";
import { BusyError, calendarDay, UserError } from "../../src/sheets/workbook";
import { frameworkColumn, inMemory, insert, post, trackerColumn } from "./helpers";

const TRACKER_HEADERS = TRACKER_KEYS.map((key) => columnLabel(english, key));

function withTracker() {
  const standIn = inMemory();
  insert(standIn.port);
  const sheet = standIn.spreadsheet.sheetNamed("Campaign Tracker");
  if (!sheet) throw new Error("no tracker");
  const at = (key: TrackerKey, row: number) => sheet.getRange(row, trackerColumn(key)).getValue();
  return { ...standIn, sheet, at, ref: ownSheet(standIn.port, "tracker") };
}

describe("insert templates on a new spreadsheet", () => {
  it("creates the three sheets, tagged as the add-on's with the template version, and opens the tracker", () => {
    const { spreadsheet, port } = inMemory();
    const result = insert(port);
    expect(result).toEqual({
      language: "en",
      created: ["Settings", "Campaign Tracker", "KPI Framework"],
      upgraded: [],
      repaired: [],
      relabelled: [],
      kept: [],
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
      expect(tags?.[0]?.visibility).toBe("DOCUMENT");
      expect(JSON.parse(tags?.[0]?.value ?? "")).toMatchObject({ version: TEMPLATE_VERSION });
    }
    expect(port.ownSheets().map((s) => [s.kind, s.version])).toEqual([
      ["settings", TEMPLATE_VERSION],
      ["tracker", TEMPLATE_VERSION],
      ["framework", TEMPLATE_VERSION],
    ]);
    expect(spreadsheet.getActiveSheet().getName()).toBe("Campaign Tracker");
    expect(describeInsert(result, english)).toBe(
      "Added Settings, Campaign Tracker, KPI Framework.",
    );
  });

  it("writes settings with every catalog CPM, and names each block", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const byName = (name: string) => spreadsheet.getRangeByName(name);
    expect(byName(SETTINGS_NAMES.currency)?.getValue()).toBe("USD");
    expect(byName(SETTINGS_NAMES.engagementBase)?.getValue()).toBe("Followers");
    expect(byName(SETTINGS_NAMES.cpmPlatforms)?.getValues().flat().slice(0, 6)).toEqual([
      "Instagram",
      "TikTok",
      "YouTube",
      "Facebook",
      "LinkedIn",
      "X",
    ]);
    expect(byName(SETTINGS_NAMES.cpmValues)?.getValues().flat().slice(0, 6)).toEqual([
      6.7, 10, 9.68, 7.19, 6.59, 6.46,
    ]);
    expect(byName(SETTINGS_NAMES.tierThresholds)?.getValues().flat()).toEqual([
      1000, 10_000, 100_000, 1_000_000,
    ]);
    // The tier below the first threshold, which TIER names, is defined beside it.
    const tiers = SETTINGS_LAYOUT.tierThresholds;
    expect(
      spreadsheet
        .sheetNamed("Settings")
        ?.getRange(tiers.row, tiers.column + 1)
        .getValue(),
    ).toBe("Fewer followers than Nano: Emerging.");
    const { row } = SETTINGS_LAYOUT.cpmPlatforms;
    const sources = spreadsheet.sheetNamed("Settings")?.getRange(row, 3, 6, 2).getValues() ?? [];
    for (const [source, year] of sources) {
      expect(String(source)).toContain("ad-calc.com");
      expect(year).toBe(2024);
    }
  });

  it("builds a tracker whose computed columns and totals evaluate live", () => {
    const { sheet, ref, port, at } = withTracker();
    expect(sheet.getRange(1, 1, 1, TRACKER_HEADERS.length).getValues()[0]).toEqual(TRACKER_HEADERS);
    expect(sheet.frozenRows).toBe(2);
    appendTrackerRows(port, ref, [
      post({
        campaign: "Spring",
        influencer: "Lena",
        platform: "Instagram",
        followers: 8000,
        impressions: 10_000,
        likes: 400,
        comments: 50,
        shares: 30,
        saves: 20,
        clicks: 100,
        conversions: 5,
        orders: 5,
        revenue: 3000,
        cost: 1000,
      }),
      post({
        campaign: "Spring",
        influencer: "Noah",
        platform: "TikTok",
        followers: 50_000,
        views: 20_000,
        likes: 900,
        clicks: 200,
        conversions: 0,
        revenue: 0,
        cost: 500,
      }),
    ]);
    expect(at("tier", 3)).toBe("Nano");
    expect(at("tier", 4)).toBe("Micro");
    expect(at("engagements", 3)).toBe(500);
    expect(at("engagementRate", 3)).toBeCloseTo(500 / 8000, 12);
    expect(at("engagementRate", 4)).toBeCloseTo(900 / 50_000, 12);
    expect(at("emv", 3)).toBeCloseTo(67, 10); // 10,000 impressions at Instagram's 6.70
    expect(at("emv", 4)).toBeCloseTo(200, 10); // 20,000 views (no impressions) at TikTok's 10.00
    expect(at("cpe", 3)).toBe(2);
    expect(at("roi", 3)).toBe(2);
    expect(at("roi", 4)).toBe(-1);
    expect(at("conversionRate", 4)).toBe(0);
    expect(at("emv", 5)).toBe("");
    // Totals on row 2: counts summed natively, money and rates as the report counts them.
    expect(at("cost", 2)).toBe(1500);
    expect(at("revenue", 2)).toBe(3000);
    expect(at("roi", 2)).toBe(1);
    expect(at("emv", 2)).toBeCloseTo(267, 10);
    expect(sheet.getRange(2, trackerColumn("likes")).getFormula()).toMatch(/^=SUM\(/);
    expect(sheet.getRange(2, trackerColumn("roi")).getFormula()).toMatch(/^=KPIACTUAL\("roi", "",/);
    // The tracker reads Settings through its named ranges, not cell positions.
    expect(sheet.getRange(3, trackerColumn("emv")).getFormula()).toContain(
      SETTINGS_NAMES.cpmValues,
    );
  });

  it("leaves out text in the computed columns, as the totals do, naming another currency", () => {
    const { ref, port, at } = withTracker();
    appendTrackerRows(port, ref, [
      post({ campaign: "A", platform: "Instagram", cost: "€ 760", likes: 10, impressions: 1000 }),
      post({ campaign: "A", platform: "Instagram", cost: "1,200", likes: 10, impressions: 1000 }),
      post({ campaign: "A", platform: "Instagram", cost: 300, likes: 10, impressions: 1000 }),
    ]);
    expect(at("cpe", 3)).toBe('⚠ cost is "€ 760", an amount in another currency than USD');
    expect(at("cpe", 4)).toBe(
      '⚠ cost is text "1,200", which reads as 1,200: sums and totals skip text',
    );
    expect(at("cpe", 5)).toBe(30);
    expect(at("cost", 2)).toBe(300);
  });

  it("gives every column of the tracker a number format, text columns plain text", () => {
    const { sheet } = withTracker();
    const formats = sheet.getRange(3, 1, 1, TRACKER_KEYS.length).getNumberFormats()[0] ?? [];
    expect(formats.every((f) => f !== "")).toBe(true);
    expect(formats[trackerColumn("promoCode") - 1]).toBe("@");
    expect(formats[trackerColumn("cost") - 1]).toBe("[$$]#,##0.00");
    expect(formats[trackerColumn("roas") - 1]).toBe("#,##0.00");
  });

  it("applies the engagement-rate base chosen in Settings to every row", () => {
    const { spreadsheet, port, ref, sheet } = withTracker();
    appendTrackerRows(port, ref, [
      post({ followers: 1000, reach: 100, likes: 10 }),
      post({ followers: 2000, reach: 400, likes: 20 }),
    ]);
    spreadsheet.getRangeByName(SETTINGS_NAMES.engagementBase)?.setValue("Reach");
    expect(sheet.getRange(3, trackerColumn("engagementRate"), 2, 1).getValues()).toEqual([
      [0.1],
      [0.05],
    ]);
  });

  it("lets a CPM edited in Settings drive EMV", () => {
    const { spreadsheet, port, ref, at } = withTracker();
    appendTrackerRows(port, ref, [post({ platform: "Instagram", impressions: 10_000 })]);
    const cpm = spreadsheet.getRangeByName(SETTINGS_NAMES.cpmValues)?.getValues();
    expect(cpm?.[0]).toEqual([6.7]);
    const instagram = spreadsheet
      .sheetNamed("Settings")
      ?.getRange(SETTINGS_LAYOUT.cpmValues.row, 2);
    instagram?.setValue(12);
    expect(at("emv", 3)).toBe(120);
    // A platform listed without a CPM falls back to the catalog default.
    instagram?.setValue("");
    expect(at("emv", 3)).toBeCloseTo(67, 10);
  });

  it("keeps working when a user inserts rows in Settings: the named blocks move", () => {
    const { spreadsheet, port, ref, at } = withTracker();
    appendTrackerRows(port, ref, [
      post({ platform: "Instagram", impressions: 10_000, followers: 5000 }),
    ]);
    const settings = spreadsheet.sheetNamed("Settings");
    settings?.insertRowsAfter(2, 5);
    settings?.getRange(SETTINGS_LAYOUT.cpmValues.row + 5, 2).setValue(20);
    expect(at("emv", 3)).toBe(200);
    expect(at("tier", 3)).toBe("Nano");
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.cpmValues)?.getRow()).toBe(
      SETTINGS_LAYOUT.cpmValues.row + 5,
    );
    // Inserting again finds the blocks where they are now, and changes no value.
    insert(port);
    expect(settings?.getRange(SETTINGS_LAYOUT.cpmValues.row + 5, 2).getValue()).toBe(20);
    expect(at("emv", 3)).toBe(200);
  });

  it("builds a framework whose progress and status compute", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const sheet = spreadsheet.sheetNamed("KPI Framework");
    expect(sheet?.getRange(1, 1, 1, FRAMEWORK_KEYS.length).getValues()[0]).toEqual(
      FRAMEWORK_KEYS.map((key) => columnLabel(english, key)),
    );
    const col = frameworkColumn;
    const kpi = (
      row: number,
      baseline: number,
      target: number,
      actual: number,
      deadline?: Date,
    ) => {
      sheet?.getRange(row, col("kpi")).setValue("Sales");
      sheet?.getRange(row, col("baseline"), 1, 2).setValues([[baseline, target]]);
      if (deadline) sheet?.getRange(row, col("deadline")).setValue(deadline);
      sheet?.getRange(row, col("actual")).setValue(actual);
    };
    kpi(2, 100, 200, 150, new Date(Date.UTC(2099, 0, 1)));
    kpi(3, 0, 50, 60, new Date(Date.UTC(2000, 0, 1)));
    kpi(4, 10, 10, 12); // target equals baseline: flagged
    kpi(5, 0, 100, 40); // no deadline: cannot be missed
    kpi(6, 0, 100, 40, new Date(Date.UTC(2000, 0, 1)));
    expect(sheet?.getRange(2, col("progress"), 5, 2).getValues()).toEqual([
      [0.5, "In progress"],
      [1.2, "Met"],
      ["⚠ target equals baseline (10)", "Check inputs"],
      [0.4, "In progress"],
      [0.4, "Missed"],
    ]);
    expect(sheet?.getRange(2, col("actual")).getNumberFormats()).toEqual([["#,##0.00"]]);
  });

  it("judges a KPI row as a report does: activity over, cells left out, nothing to judge", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const sheet = spreadsheet.sheetNamed("KPI Framework");
    const today = port.isoDay();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
    const iso = (offset: number) => port.isoDay(day(offset));
    interface Case {
      readonly actual: number | "";
      readonly baseline?: number;
      readonly target?: number;
      readonly deadline?: number;
      readonly end?: number;
      readonly budget?: number;
      readonly spent?: number;
      readonly lowest?: number | string;
      readonly highest?: number;
      readonly expected: string;
    }
    // Half the time between start (50 days ago) and deadline (in 50 days) has passed.
    const cases: Case[] = [
      { actual: 60, expected: "On track" },
      { actual: 60, end: -1, expected: "At risk" }, // the campaign ended: all its time elapsed
      { actual: 60, budget: 1000, spent: 1000, expected: "At risk" }, // the budget is spent
      { actual: 60, budget: 1000, spent: 999, expected: "On track" },
      { actual: 60, lowest: 55, highest: 70, expected: "On track" }, // on track at either end
      { actual: 60, lowest: 40, highest: 70, expected: "Check inputs" }, // either way
      { actual: 110, lowest: 100, highest: 120, expected: "Met" },
      { actual: 90, lowest: 90, highest: 120, expected: "Check inputs" }, // met or on track
      { actual: 40, lowest: 40, highest: 70, deadline: -1, expected: "Missed" }, // past either way
      { actual: 60, lowest: "⚠ result has no bound", highest: 70, expected: "Check inputs" },
      { actual: "", lowest: 40, highest: 45, expected: "Check inputs" }, // no Actual to judge
      { actual: 7, baseline: 10, target: 5, lowest: 6, highest: 7.4, expected: "On track" }, // a cost
      { actual: 7, baseline: 10, target: 5, lowest: 6, highest: 9, expected: "Check inputs" },
      { actual: "", expected: "Check inputs" }, // a KPI without an Actual
    ];
    const keys = [
      "kpi",
      "baseline",
      "target",
      "start",
      "deadline",
      "end",
      "budget",
      "spent",
      "actual",
      "lowest",
      "highest",
    ] as const;
    // One block per column, as a person would fill the rows.
    for (const key of keys) {
      const values = cases.map((c): [unknown] => {
        if (key === "kpi") return ["Sales"];
        if (key === "start") return [day(-50)];
        if (key === "deadline") return [day(c.deadline ?? 50)];
        if (key === "end") return [c.end === undefined ? "" : day(c.end)];
        if (key === "baseline") return [c.baseline ?? 0];
        if (key === "target") return [c.target ?? 100];
        return [c[key] ?? ""];
      });
      sheet?.getRange(2, frameworkColumn(key), cases.length, 1).setValues(values);
    }
    sheet?.getRange(2 + cases.length, frameworkColumn("target")).setValue(5); // no KPI
    const shown = sheet?.getRange(2, frameworkColumn("status"), cases.length + 1, 1).getValues();
    expect(shown?.map(([status]) => status)).toEqual([...cases.map((c) => c.expected), ""]);
    // The report's rule gives the same status from the same cells.
    const number = (value: unknown) => (typeof value === "number" ? value : null);
    const byReport = cases.map((c) => {
      const { status } = judgeKpi({
        actual: number(c.actual),
        baseline: c.baseline ?? 0,
        target: c.target ?? 100,
        start: iso(-50),
        deadline: iso(c.deadline ?? 50),
        end: c.end === undefined ? null : iso(c.end),
        today,
        budget: c.budget ?? null,
        spend: c.spent ?? null,
        ...(c.lowest !== undefined && {
          range: { low: number(c.lowest), high: number(c.highest) },
        }),
      });
      return english[`status.${status}`];
    });
    expect(byReport).toEqual(cases.map((c) => c.expected));
  });
});

describe("formula cells", () => {
  const warnings = (spreadsheet: ReturnType<typeof inMemory>["spreadsheet"], name: string) =>
    spreadsheet
      .sheetNamed(name)
      ?.protections.map((p) => [
        (p.range as unknown as { getA1Notation(): string }).getA1Notation(),
        p.warningOnly,
      ]);

  it("warn before anyone edits or deletes them", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    expect(warnings(spreadsheet, "Campaign Tracker")).toEqual([
      ["A2:AG2", true],
      ["X3:AG3", true],
    ]);
    expect(warnings(spreadsheet, "KPI Framework")).toEqual([["X2:Y2", true]]);
  });

  it("are not protected twice when templates are inserted again", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    insert(port);
    insert(port);
    expect(warnings(spreadsheet, "Campaign Tracker")).toHaveLength(2);
    expect(warnings(spreadsheet, "KPI Framework")).toHaveLength(1);
  });
});

describe("repair", () => {
  it("puts the formulas back when the first post's row was deleted, keeping every post", () => {
    const { spreadsheet, sheet, port, ref, at } = withTracker();
    appendTrackerRows(port, ref, [
      post({ campaign: "A", cost: 100, likes: 50 }),
      post({ campaign: "B", cost: 300, likes: 100 }),
    ]);
    expect(at("cpe", 4)).toBe(3);
    sheet.deleteRows(3, 1);
    expect(at("cpe", 3)).toBe("");
    const result = insert(port);
    expect(result.repaired).toEqual(["Campaign Tracker"]);
    expect(describeInsert(result, english)).toContain(
      "Restored the add-on's headers and formulas in Campaign Tracker.",
    );
    expect(at("campaign", 3)).toBe("B");
    expect(at("cpe", 3)).toBe(3);
    expect(spreadsheet.sheetNamed("Campaign Tracker")?.getLastRow()).toBe(3);
  });

  it("restores a formula cell that was overwritten, and a cleared header", () => {
    const { sheet, port, ref, at } = withTracker();
    appendTrackerRows(port, ref, [post({ campaign: "A", revenue: 300, cost: 100 })]);
    sheet.getRange(3, trackerColumn("roi")).setValue(99);
    sheet.getRange(1, trackerColumn("cost")).setValue("");
    expect(at("roi", 3)).toBe(99);
    insert(port);
    expect(at("roi", 3)).toBe(2);
    expect(at("cost", 1)).toBe("Cost");
    expect(at("campaign", 3)).toBe("A");
  });

  it("adds back a deleted column at the right, and every formula finds its columns", () => {
    const { sheet, port, ref } = withTracker();
    appendTrackerRows(port, ref, [
      post({ campaign: "A", views: 5000, impressions: 1000, platform: "TikTok" }),
    ]);
    sheet.deleteColumns(trackerColumn("views"), 1);
    insert(port);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    expect(header[header.length - 1]).toBe("Views");
    const emv = header.indexOf("EMV") + 1;
    expect(sheet.getRange(3, emv).getValue()).toBeCloseTo(10, 10); // 1,000 impressions at 10.00
  });

  it("works around a column the user inserted among the add-on's, leaving it as it is", () => {
    const { sheet, port, ref, spreadsheet } = withTracker();
    appendTrackerRows(port, ref, [
      post({ campaign: "A", influencer: "Lena", revenue: 300, cost: 100 }),
    ]);
    sheet.insertColumnsAfter(trackerColumn("influencer"), 1);
    const agency = trackerColumn("influencer") + 1;
    sheet.getRange(1, agency, 3, 1).setValues([["Agency"], [""], ["Northwind"]]);
    sheet.getRange(1, agency).setNumberFormat("0.0");
    const result = insert(port);
    expect(result.repaired).toEqual([]);
    expect(sheet.getRange(1, agency, 3, 1).getValues()).toEqual([["Agency"], [""], ["Northwind"]]);
    expect(sheet.getRange(1, agency).getNumberFormats()).toEqual([["0.0"]]);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const roi = header.indexOf("ROI") + 1;
    expect(sheet.getRange(3, roi).getValue()).toBe(2);
    expect(sheet.getRange(3, roi).getFormula()).toMatch(/^=ROI\(S3:S, T3:T\)$/);
    expect(spreadsheet.sheetNamed("Campaign Tracker")?.protections).toHaveLength(2);
  });

  it("refuses, writing nothing, when posts moved into the totals row", () => {
    const { sheet, port, ref, spreadsheet } = withTracker();
    appendTrackerRows(port, ref, [post({ campaign: "A", influencer: "Lena", cost: 100 })]);
    sheet.deleteRows(2, 1);
    spreadsheet.log.reset();
    expect(() => insert(port)).toThrow(/Row 2 of "Campaign Tracker" should hold the totals/);
    const writes = [...spreadsheet.log.counts.keys()].filter((k) => /\.set|insert|protect/.test(k));
    expect(writes).toEqual([]);
    expect(sheet.getRange(2, 2).getValue()).toBe("Lena");
  });
});

describe("upgrade from the first release's sheets", () => {
  it("reads tags only when they are visible: PROJECT tags vanish under another Cloud project, DOCUMENT tags stay", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const mine = spreadsheet.insertSheet("Old");
    mine.addDeveloperMetadata(OWN_SHEET_KEY, `tracker:${mine.getSheetId()}`, "PROJECT");
    expect(port.ownSheets().map((s) => s.ref.name)).toContain("Old");
    spreadsheet.scriptProject = "another-project";
    expect(port.ownSheets().map((s) => s.ref.name)).toEqual([
      "Settings",
      "Campaign Tracker",
      "KPI Framework",
    ]);
  });
});

describe("the exchange rates table (template 7)", () => {
  /** A Settings sheet from before the rates table: its name and its rows gone. */
  function before7() {
    const standIn = inMemory();
    insert(standIn.port);
    const settings = standIn.spreadsheet.sheetNamed("Settings");
    if (!settings) throw new Error("no settings");
    const { row, numRows } = SETTINGS_LAYOUT.rates;
    standIn.spreadsheet.removeNamedRange(SETTINGS_NAMES.rates);
    const area = settings.getRange(row - 2, 1, numRows + 2, 5);
    area.setValues(Array.from({ length: numRows + 2 }, () => ["", "", "", "", ""]));
    area.setDataValidations(
      Array.from({ length: numRows + 2 }, () => [null, null, null, null, null]),
    );
    standIn.port.retag(ownSheet(standIn.port, "settings"), "settings", {
      version: 6,
      language: "en",
    });
    return { ...standIn, settings };
  }
  const placed = (standIn: ReturnType<typeof before7>) =>
    standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.rates);

  it("comes to an earlier Settings at its place, headed, once templates are inserted again", () => {
    const standIn = before7();
    const result = insert(standIn.port);
    expect(result.repaired).toEqual([]);
    expect(result.upgraded).toEqual(["Settings"]);
    const rates = placed(standIn);
    expect([
      rates?.getRow(),
      rates?.getColumn(),
      rates?.getNumRows(),
      rates?.getNumColumns(),
    ]).toEqual([SETTINGS_LAYOUT.rates.row, 1, 8, 5]);
    const header = standIn.settings.getRange(SETTINGS_LAYOUT.rates.row - 1, 1, 1, 5).getValues()[0];
    expect(header).toEqual(["Currency", "Rate", "As of", "Source", "Campaign"]);
    expect(standIn.settings.getRange(SETTINGS_LAYOUT.rates.row - 2, 1).getValue()).toBe(
      "Exchange rates",
    );
  });

  it("goes below what a person wrote where its place is taken, and covers none of it", () => {
    const standIn = before7();
    const { row } = SETTINGS_LAYOUT.rates;
    standIn.settings.getRange(row + 3, 2).setValue("my own note");
    insert(standIn.port);
    expect(standIn.settings.getRange(row + 3, 2).getValue()).toBe("my own note");
    expect(standIn.settings.getRange(row + 3, 2).getDataValidations()[0]?.[0]).toBeNull();
    const rates = placed(standIn);
    expect(rates?.getRow()).toBeGreaterThan(row + 3);
    expect(
      rates
        ?.getValues()
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });
});

describe("the rates table's Campaign column (template 8)", () => {
  /** A Settings sheet of template 7: its rates table four columns wide, without Campaign. */
  function template7(beside: string) {
    const standIn = inMemory();
    insert(standIn.port);
    const settings = standIn.spreadsheet.sheetNamed("Settings");
    if (!settings) throw new Error("no settings");
    const { row, numRows } = SETTINGS_LAYOUT.rates;
    standIn.spreadsheet.removeNamedRange(SETTINGS_NAMES.rates);
    standIn.spreadsheet.setNamedRange(SETTINGS_NAMES.rates, settings.getRange(row, 1, numRows, 4));
    settings.getRange(row - 1, 5).setValue("");
    settings.getRange(row + 2, 5).setValue(beside);
    settings.getRange(row, 1, 1, 4).setValues([["EUR", 1.1, "", "Bank"]]);
    standIn.port.retag(ownSheet(standIn.port, "settings"), "settings", {
      version: 7,
      language: "en",
    });
    return { ...standIn, settings, row };
  }

  it("is added beside the table where those cells are blank, keeping its rates", () => {
    const { spreadsheet, port, settings, row } = template7("");
    expect(insert(port).upgraded).toContain("Settings");
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.rates)?.getNumColumns()).toBe(5);
    expect(settings.getRange(row - 1, 5).getValue()).toBe("Campaign");
    expect(settings.getRange(row, 1, 1, 4).getValues()).toEqual([["EUR", 1.1, "", "Bank"]]);
  });

  it("is not added over a person's cell beside the table, which then reads as before", () => {
    const { spreadsheet, port, settings, row } = template7("my note");
    insert(port);
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.rates)?.getNumColumns()).toBe(4);
    expect(settings.getRange(row + 2, 5).getValue()).toBe("my note");
    expect(settings.getRange(row - 1, 5).getValue()).toBe("");
  });
});

describe("safety", () => {
  it("is idempotent: inserting again keeps the add-on's sheets and their data", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange("A3:B3")
      .setValues([["Spring", "Lena"]]);
    const again = insert(port);
    expect(again).toEqual({
      language: "en",
      created: [],
      upgraded: [],
      repaired: [],
      relabelled: [],
      kept: ["Settings", "Campaign Tracker", "KPI Framework"],
    });
    expect(describeInsert(again, english)).toContain("already in place");
    expect(spreadsheet.getSheets()).toHaveLength(4);
    expect(spreadsheet.sheetNamed("Campaign Tracker")?.getRange("A3:B3").getValues()).toEqual([
      ["Spring", "Lena"],
    ]);
  });

  it("keeps the number formats a person chose and the wizard's per-row formats, and follows a new currency", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const framework = spreadsheet.sheetNamed("KPI Framework");
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    if (!framework || !tracker) throw new Error("no templates");
    // Rows as the wizard leaves them: a rate KPI in percent, a count KPI with the user's 0.000.
    framework.getRange(2, frameworkColumn("baseline"), 2, 3).setNumberFormats([
      ["0.00%", "0.00%", "0.00%"],
      ["0.000", "#,##0", "#,##0"],
    ]);
    tracker.getRange(5, trackerColumn("followers")).setNumberFormat("0.0,,\\M");
    spreadsheet.getRangeByName(SETTINGS_NAMES.currency)?.setValue("EUR");

    insert(port);
    expect(framework.getRange(2, frameworkColumn("baseline"), 2, 3).getNumberFormats()).toEqual([
      ["0.00%", "0.00%", "0.00%"],
      ["0.000", "#,##0", "#,##0"],
    ]);
    expect(framework.getRange(4, frameworkColumn("baseline")).getNumberFormat()).toBe("#,##0.00");
    expect(tracker.getRange(5, trackerColumn("followers")).getNumberFormat()).toBe("0.0,,\\M");
    expect(tracker.getRange(6, trackerColumn("followers")).getNumberFormat()).toBe("#,##0");
    // Money follows the currency chosen in Settings: the add-on's own format, not a choice.
    expect(tracker.getRange(5, trackerColumn("cost")).getNumberFormat()).toBe("[$€]#,##0.00");
    expect(framework.getRange(5, frameworkColumn("budget")).getNumberFormat()).toBe("[$€]#,##0.00");
  });

  it("never overwrites a user's sheet with a wanted name", () => {
    const { spreadsheet, port } = inMemory();
    const mine = spreadsheet.insertSheet("Settings");
    mine.getRange("A1:B1").setValues([["my", "=1+1"]]);
    const theirs = spreadsheet.insertSheet("campaign tracker");
    theirs.getRange("A1").setValue("keep me");
    const result = insert(port);
    expect(result.created).toEqual(["Settings (2)", "Campaign Tracker (2)", "KPI Framework"]);
    expect(mine.getRange("A1:B1").getValues()).toEqual([["my", 2]]);
    expect(mine.getRange("B1").getFormula()).toBe("=1+1");
    expect(theirs.getRange("A1").getValue()).toBe("keep me");
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.cpmValues)?.getSheet().getName()).toBe(
      "Settings (2)",
    );
  });

  it("re-creates only a missing template", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    const framework = spreadsheet.sheetNamed("KPI Framework");
    if (framework) spreadsheet.deleteSheet(framework);
    expect(insert(port)).toMatchObject({
      created: ["KPI Framework"],
      kept: ["Settings", "Campaign Tracker"],
    });
  });

  it("uses the currency chosen in existing Settings for new sheets", () => {
    const { spreadsheet, port } = inMemory();
    insert(port);
    spreadsheet.getRangeByName(SETTINGS_NAMES.currency)?.setValue("EUR");
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    if (tracker) spreadsheet.deleteSheet(tracker);
    insert(port);
    const cost = spreadsheet.sheetNamed("Campaign Tracker")?.getRange(3, trackerColumn("cost"));
    expect(cost?.getNumberFormats()).toEqual([["[$€]#,##0.00"]]);
  });

  it("refuses to start while another run holds the document lock, changing nothing", () => {
    const { spreadsheet, port, lock } = inMemory();
    lock.heldElsewhere = true;
    expect(() => insert(port)).toThrow(BusyError);
    expect(spreadsheet.getSheets()).toHaveLength(1);
  });

  it("says it needs a spreadsheet when there is no document lock to take", () => {
    const { port } = inMemory({ outsideDocument: true });
    expect(() => insert(port)).toThrow(UserError);
    expect(() => insert(port)).toThrow(/works inside a spreadsheet/);
  });

  it("removes the sheets it created when a write fails, leaving nothing half-written", () => {
    const { spreadsheet, port } = inMemory();
    const user = spreadsheet.insertSheet("Notes");
    user.getRange("A1").setValue("mine");
    let paints = 0;
    const failing = {
      ...port,
      paint: (...args: Parameters<typeof port.paint>) => {
        if (++paints === 3) throw new Error("Service Spreadsheets timed out");
        port.paint(...args);
      },
    };
    expect(() => insert(failing)).toThrow("timed out");
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "Notes"]);
    expect(user.getRange("A1").getValue()).toBe("mine");
  });
});

describe("a deleted Settings sheet", () => {
  it("breaks the tracker's formulas, and inserting again brings them back through the names", () => {
    const { spreadsheet, port, ref, at } = withTracker();
    appendTrackerRows(port, ref, [
      post({ campaign: "Spring", platform: "Instagram", followers: 5000, impressions: 10_000 }),
    ]);
    const settings = spreadsheet.sheetNamed("Settings");
    if (settings) spreadsheet.deleteSheet(settings);
    expect(String(at("emv", 3))).toContain("#REF!");
    const result = insert(port);
    expect(result.created).toEqual(["Settings"]);
    expect(at("emv", 3)).toBeCloseTo(67, 10);
    expect(at("tier", 3)).toBe("Nano");
    expect(at("campaign", 3)).toBe("Spring");
    // The platform drop-down lists the new Settings' platforms.
    const rule = spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(3, trackerColumn("platform"))
      .getDataValidations()[0]?.[0];
    expect(rule?.accepts("TikTok")).toBe(true);
  });
});

describe("dates", () => {
  it.each(["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Bishkek", "Etc/UTC"])(
    "land on the same calendar day in a spreadsheet in %s",
    (timeZone) => {
      const { spreadsheet, port } = inMemory({ timeZone });
      insert(port);
      const ref = ownSheet(port, "tracker");
      appendTrackerRows(port, ref, [post({ campaign: "A", postDate: calendarDay("2026-03-16") })]);
      const cell = spreadsheet
        .sheetNamed("Campaign Tracker")
        ?.getRange(3, trackerColumn("postDate"));
      const shown = new Intl.DateTimeFormat("en-CA", { timeZone }).format(cell?.getValue() as Date);
      expect(shown).toBe("2026-03-16");
    },
  );

  it("a day written as a UTC instant would move a day west of UTC, which is why the port writes days as serials", () => {
    const { spreadsheet } = inMemory({ timeZone: "America/Los_Angeles" });
    const cell = spreadsheet.getActiveSheet().getRange("A1");
    cell.setNumberFormat("yyyy-mm-dd");
    cell.setValue(new Date(Date.UTC(2026, 2, 16)));
    const shown = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(
      cell.getValue() as Date,
    );
    expect(shown).toBe("2026-03-15");
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
    const { sheet, port, ref } = withTracker();
    const posts = sampleTracker();
    appendTrackerRows(port, ref, posts);
    const range = sheet.getRange(3, 1, posts.length, TRACKER_COLUMNS.length);
    const values = range.getValues();
    const rules = range.getDataValidations();
    const numeric = new Set(
      TRACKER_COLUMNS.filter((c) => c.kind === "count" || c.kind === "money").map(
        (c) => trackerColumn(c.key) - 1,
      ),
    );
    const warned: string[] = [];
    const textNumbers: string[] = [];
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        const rule = rules[r]?.[c];
        if (rule && !rule.accepts(value)) warned.push(`${r},${c}`);
        if (numeric.has(c) && typeof value === "string" && value !== "")
          textNumbers.push(`${r},${c}`);
      });
    });
    expect(textNumbers.length).toBeGreaterThan(0);
    expect(warned).toEqual(textNumbers);
  });
});
