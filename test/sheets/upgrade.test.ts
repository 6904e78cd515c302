/**
 * An upgrade from the first release: the spreadsheet is built by that release's own bundle
 * (test/fixtures/code-v1.js, dist/Code.js as it was pushed), filled as a user would, then
 * Insert templates runs from today's bundle.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OWN_SHEET_KEY } from "../../src/apps-script/spreadsheet-app-workbook";
import { TRACKER_KEYS } from "../../src/core/tracker-columns";
import { loadBundle } from "../../src/local/bundle";
import { createAppsScript } from "../../src/local/in-memory/index";
import { SETTINGS_NAMES } from "../../src/sheets/templates/named-ranges";
import { TEMPLATE_VERSION } from "../../src/sheets/templates/template";

const FIRST_RELEASE = readFileSync(new URL("../fixtures/code-v1.js", import.meta.url), "utf8");

function firstReleaseSpreadsheet() {
  const standIn = createAppsScript();
  loadBundle(standIn.globals, FIRST_RELEASE).call("insertTemplatesFromMenu");
  const tracker = standIn.spreadsheet.sheetNamed("Campaign Tracker");
  const framework = standIn.spreadsheet.sheetNamed("KPI Framework");
  if (!tracker || !framework) throw new Error("the first release made no tracker");
  // Two posts typed into the first release's columns (same order as today's inputs), a user
  // column and a KPI.
  const width = 22;
  const line = (cells: Record<string, unknown>) =>
    Array.from({ length: width }, (_, i) => cells[TRACKER_KEYS[i] as string] ?? "");
  tracker.getRange(3, 1, 2, width).setValues([
    line({
      campaign: "Spring",
      influencer: "Lena",
      platform: "Instagram",
      followers: 8000,
      impressions: 10_000,
      likes: 400,
      revenue: 3000,
      cost: 1000,
    }),
    line({
      campaign: "Spring",
      influencer: "Noah",
      platform: "TikTok",
      followers: 50_000,
      views: 20_000,
      likes: 900,
      revenue: 0,
      cost: 500,
    }),
  ]);
  tracker.insertColumnsAfter(tracker.getMaxColumns(), 2);
  tracker.getRange("AH1:AH3").setValues([["My notes"], [""], ["call back"]]);
  framework.getRange(2, 1, 1, 2).setValues([["Sales", "Return on ad spend"]]);
  framework.getRange(2, 8, 1, 2).setValues([[1, 2.5]]);
  framework.getRange(2, 14).setValue("='Campaign Tracker'!AF2");
  return { standIn, tracker, framework };
}

describe("upgrading sheets made by the first release", () => {
  it("finds them by their PROJECT tags and upgrades them in place, keeping every user cell", () => {
    const { standIn, tracker, framework } = firstReleaseSpreadsheet();
    const before = tracker.getRange(3, 1, 2, 22).getValues();
    const tags = () => tracker.metadata.filter((m) => m.key === OWN_SHEET_KEY);
    expect(tags()[0]?.visibility).toBe("PROJECT");

    loadBundle(standIn.globals).call("insertTemplatesFromMenu");
    expect(standIn.ui.alerts).toEqual([]);
    expect(standIn.spreadsheet.toasts.at(-1)?.message).toBe(
      "Upgraded to the current template, with their data: Settings, Campaign Tracker, KPI Framework.",
    );
    expect(standIn.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      "Settings",
      "Campaign Tracker",
      "KPI Framework",
    ]);
    // Tags: one each, DOCUMENT visibility, version 2.
    expect(tags()).toHaveLength(1);
    expect(tags()[0]?.visibility).toBe("DOCUMENT");
    expect(JSON.parse(tags()[0]?.value ?? "")).toMatchObject({
      kind: "tracker",
      version: TEMPLATE_VERSION,
    });
    // User data untouched, the user's own column too.
    expect(tracker.getRange(3, 1, 2, 22).getValues()).toEqual(before);
    expect(tracker.getRange("AH1:AH3").getValues()).toEqual([["My notes"], [""], ["call back"]]);
    expect(framework.getRange(2, 1, 1, 2).getValues()).toEqual([["Sales", "Return on ad spend"]]);
    // Today's headers, formulas through the named ranges, and everything computes.
    // The columns stay where the first release put them; Currency (template 8) comes after
    // the user's own column.
    expect(tracker.getRange("AI1").getValue()).toBe("Currency");
    const firstRelease = TRACKER_KEYS.filter((k) => k !== "currency");
    const column = (key: (typeof firstRelease)[number]) => firstRelease.indexOf(key) + 1;
    const at = (key: (typeof firstRelease)[number], row: number) =>
      tracker.getRange(row, column(key)).getValue();
    expect(at("engagementRate", 1)).toBe("Engagement rate");
    expect(tracker.getRange(3, column("emv")).getFormula()).toContain(SETTINGS_NAMES.cpmPlatforms);
    expect(at("emv", 3)).toBeCloseTo(67, 10);
    expect(at("emv", 4)).toBeCloseTo(200, 10);
    expect(at("tier", 4)).toBe("Micro");
    expect(at("roi", 2)).toBe(1);
    expect(framework.getRange(2, 15).getValue()).toBeCloseTo((2 - 1) / (2.5 - 1), 10);
    expect(standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.currency)?.getValue()).toBe("USD");
    // "Report language" became the add-on's language, and reads so.
    const settings = standIn.spreadsheet.sheetNamed("Settings");
    expect(settings?.getRange("A6:B6").getValues()).toEqual([["Language", "English"]]);
    // The first release's warnings are replaced, not stacked.
    expect(tracker.protections).toHaveLength(2);
    expect(framework.protections).toHaveLength(1);
  });

  it("keeps finding the sheets after a change of Cloud project once upgraded", () => {
    const { standIn } = firstReleaseSpreadsheet();
    loadBundle(standIn.globals).call("insertTemplatesFromMenu");
    standIn.spreadsheet.scriptProject = "a-new-deployment";
    standIn.spreadsheet.toasts.length = 0;
    loadBundle(standIn.globals).call("insertTemplatesFromMenu");
    expect(standIn.spreadsheet.toasts.at(-1)?.message).toContain("already in place");
    expect(standIn.spreadsheet.getSheets()).toHaveLength(4);
  });

  it("a second run finds nothing left to upgrade", () => {
    const { standIn } = firstReleaseSpreadsheet();
    loadBundle(standIn.globals).call("insertTemplatesFromMenu");
    loadBundle(standIn.globals).call("insertTemplatesFromMenu");
    expect(standIn.spreadsheet.toasts.at(-1)?.message).toBe(
      "Templates are already in place (Settings, Campaign Tracker, KPI Framework); nothing needed changing.",
    );
  });
});
