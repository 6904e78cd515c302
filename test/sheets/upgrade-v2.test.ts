/**
 * An upgrade from the second template version: the spreadsheet is built by that release's
 * bundle (test/fixtures/code-v2.js, dist/Code.js as pushed from commit 9e8fa75), a KPI is
 * typed into its framework by hand, then today's bundle writes a framework for a campaign.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { OWN_SHEET_KEY } from "../../src/apps-script/spreadsheet-app-workbook";
import { en as english } from "../../src/core/i18n/en";
import { columnLabel } from "../../src/core/labels";
import { FRAMEWORK_KEYS } from "../../src/core/tracker-columns";
import { loadBundle } from "../../src/local/bundle";
import { createAppsScript } from "../../src/local/in-memory/index";
import { TEMPLATE_VERSION } from "../../src/sheets/templates/template";

const SECOND_RELEASE = readFileSync(new URL("../fixtures/code-v2.js", import.meta.url), "utf8");

/** The second release's framework columns, in its order. */
const V2_COLUMNS = FRAMEWORK_KEYS.filter(
  (key) =>
    ![
      ...["campaign", "budget", "start", "end", "statement", "smartNotes"],
      ...["spent", "lowest", "highest"],
    ].includes(key),
);

it("upgrades a version 2 framework in place: new columns at the right, hand-typed KPIs kept", () => {
  const standIn = createAppsScript();
  loadBundle(standIn.globals, SECOND_RELEASE).call("insertTemplatesFromMenu");
  const framework = standIn.spreadsheet.sheetNamed("KPI Framework");
  if (!framework) throw new Error("the second release made no framework");
  expect(framework.getRange(1, 1, 1, V2_COLUMNS.length).getValues()[0]).toEqual(
    V2_COLUMNS.map((key) => columnLabel(english, key)),
  );
  const at = (key: string) => V2_COLUMNS.indexOf(key as never) + 1;
  framework.getRange(2, at("goal"), 1, 2).setValues([["Sales", "My own KPI"]]);
  framework.getRange(2, at("baseline"), 1, 2).setValues([[1, 2.5]]);
  framework.getRange(2, at("actual")).setValue(2);

  const bundle = loadBundle(standIn.globals);
  const outcome = bundle.call("writeFramework", {
    goal: "sales",
    secondaryGoal: null,
    campaign: "Summer",
    start: "2026-01-01",
    end: "2099-12-31",
    budget: null,
    kpis: [
      {
        kpi: "returnOnSpend",
        metrics: ["roas"],
        baseline: 1,
        target: 3,
        deadline: "2099-12-31",
        owner: "",
        tactic: "",
      },
    ],
  }) as { ok: boolean; firstRow: number };
  expect(outcome).toMatchObject({ ok: true, firstRow: 3 });

  const header = framework.getRange(1, 1, 1, 25).getValues()[0];
  expect(header).toEqual([
    ...V2_COLUMNS.map((key) => columnLabel(english, key)),
    ...["campaign", "budget", "spent", "start", "end", "statement", "smartNotes"].map((key) =>
      columnLabel(english, key as never),
    ),
    ...["lowest", "highest"].map((key) => columnLabel(english, key as never)),
  ]);
  const tag = framework.metadata.find((m) => m.key === OWN_SHEET_KEY)?.value ?? "";
  expect(JSON.parse(tag)).toMatchObject({ kind: "framework", version: TEMPLATE_VERSION });
  // The hand-typed KPI keeps its row and values; progress (2 − 1) / (2.5 − 1) computes live,
  // and without a start date its status is "In progress".
  const row2 = framework.getRange(2, 1, 1, 20).getValues()[0] ?? [];
  expect(row2[at("kpi") - 1]).toBe("My own KPI");
  expect(row2[at("progress") - 1]).toBeCloseTo(2 / 3);
  expect(row2[at("status") - 1]).toBe(english["status.inProgress"]);
  // The wizard's KPI went below it, campaign in the new column.
  const row3 = framework.getRange(3, 1, 1, 20).getValues()[0] ?? [];
  expect(row3[16]).toBe("Summer");
  expect(row3[at("kpi") - 1]).toBe(english["kpi.returnOnSpend"]);
  // No post yet: a return on spend has nothing to divide, which the status says.
  expect(row3[at("status") - 1]).toBe(english["status.checkInputs"]);
});
