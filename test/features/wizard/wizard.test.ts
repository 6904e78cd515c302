import { describe, expect, it } from "vitest";
import { KPIS } from "../../../src/core/framework/kpis";
import { METRICS } from "../../../src/core/framework/metrics";
import type { KpiId, MetricId } from "../../../src/core/framework/model";
import { en as english } from "../../../src/core/i18n/en";
import { FRAMEWORK_KEYS } from "../../../src/core/tracker-columns";
import type { WriteOutcome } from "../../../src/features/wizard/contract";
import {
  saveFramework,
  showCampaignRows,
  startWizard,
  undoFramework,
} from "../../../src/features/wizard/wizard";
import { catalogOf } from "../../../src/local/catalogs";
import { workbookSnapshot } from "../../../src/local/in-memory/snapshot";
import { sampleTracker } from "../../../src/local/sample-tracker";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { env, frameworkColumn, inMemory, insert, post } from "../../sheets/helpers";

const kpi = (over: Record<string, unknown> = {}) => ({
  kpi: "returnOnSpend",
  metrics: ["roas"],
  baseline: 1,
  target: 3,
  deadline: "2027-06-30",
  owner: "Brand manager",
  tactic: "promoCodes",
  ...over,
});

const draft = (over: Record<string, unknown> = {}) => ({
  goal: "sales",
  secondaryGoal: null,
  campaign: "Summer Sun Sale",
  start: "2027-01-01",
  end: "2027-06-30",
  budget: 5000,
  kpis: [
    kpi(),
    kpi({ kpi: "sales", metrics: ["revenue", "orders"], baseline: 0, target: 20_000 }),
    kpi({ kpi: "sentiment", metrics: ["netSentiment"], baseline: 0.1, target: 0.3 }),
  ],
  ...over,
});

/** A spreadsheet with templates and a small tracker: two campaigns. */
function workbook() {
  const standIn = inMemory();
  insert(standIn.port);
  const tracker = ownSheet(standIn.port, "tracker");
  appendTrackerRows(standIn.port, tracker, [
    post({
      campaign: "Summer Sun Sale",
      influencer: "Ana",
      platform: "Instagram",
      likes: 90,
      comments: 10,
      revenue: 3000,
      cost: 1000,
      impressions: 10_000,
      clicks: 200,
    }),
    post({
      campaign: "Summer Sun Sale",
      influencer: "Ben",
      platform: "TikTok",
      likes: 40,
      revenue: 1000,
      cost: 1000,
      views: 5000,
      clicks: 50,
    }),
    post({
      campaign: "Spring Glow",
      influencer: "Ana",
      platform: "Instagram",
      likes: 10,
      cost: 500,
    }),
  ]);
  return standIn;
}

const ok = (outcome: WriteOutcome) => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
};

function frameworkRows(standIn: ReturnType<typeof workbook>) {
  const sheet = standIn.spreadsheet.sheetNamed("KPI Framework");
  return sheet?.getDataRange().getValues() ?? [];
}

const col = (key: Parameters<typeof frameworkColumn>[0]) => frameworkColumn(key) - 1;

describe("writing a framework", () => {
  it("writes one row per KPI with its statement, and live Actuals over the campaign's rows", () => {
    const standIn = workbook();
    const outcome = ok(saveFramework(standIn.port, draft(), env()));
    expect(outcome).toMatchObject({ firstRow: 2, lastRow: 4, added: 3, updated: 0, removed: 0 });
    const rows = frameworkRows(standIn).slice(1);
    expect(rows.map((r) => [r[col("campaign")], r[col("kpi")], r[col("metric1")]])).toEqual([
      ["Summer Sun Sale", english["kpi.returnOnSpend"], "Return on ad spend (ROAS)"],
      ["Summer Sun Sale", english["kpi.sales"], "Revenue"],
      ["Summer Sun Sale", english["kpi.sentiment"], "Net sentiment"],
    ]);
    // The campaign's budget goes on each of its rows, for reports.
    expect(rows.map((r) => r[col("budget")])).toEqual([5000, 5000, 5000]);
    // ROAS = 4000 / 2000 over Summer's two rows; Spring's row is not counted.
    expect(rows[0]?.[col("actual")]).toBe(2);
    expect(rows[1]?.[col("actual")]).toBe(4000);
    // Sentiment is entered by hand: an empty input cell, noted with its source.
    expect(rows[2]?.[col("actual")]).toBe("");
    const sheet = standIn.spreadsheet.sheetNamed("KPI Framework");
    expect(sheet?.getRange(4, frameworkColumn("actual")).getNotes()[0]?.[0]).toMatch(/by hand/);
    expect(sheet?.getRange(2, frameworkColumn("actual")).getFormula()).toMatch(
      /^=KPIACTUAL\("roas", \$A2, 'Campaign Tracker'!\$A\$3:\$A, /,
    );
    // The campaign's spend so far, and no cell left out: no lowest or highest to show.
    expect(rows.map((r) => r[col("spent")])).toEqual([2000, 2000, 2000]);
    expect(rows.map((r) => [r[col("lowest")], r[col("highest")]])).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    expect(rows[0]?.[col("statement")]).toBe(
      "Increase return on ad spend (ROAS) from 1 to 3 by 6/30/2027",
    );
    expect(rows[0]?.[col("formula")]).toBe("Revenue ÷ cost");
    expect(rows[2]?.[col("dataSource")]).toBe(english["source.socialListening"]);
    // Progress (2 − 1) / (3 − 1) = 50 %; the deadline is ahead.
    expect(rows[0]?.[col("progress")]).toBe(0.5);
    expect([english["status.onTrack"], english["status.atRisk"]]).toContain(
      rows[0]?.[col("status")],
    );
  });

  it("updates the campaign's rows on a second run, leaving other campaigns and user columns alone", () => {
    const standIn = workbook();
    ok(saveFramework(standIn.port, draft(), env()));
    const sheet = standIn.spreadsheet.sheetNamed("KPI Framework");
    // Another campaign's KPI below, and a user's note in a column of their own.
    ok(
      saveFramework(
        standIn.port,
        draft({
          campaign: "Spring Glow",
          goal: "engagement",
          kpis: [kpi({ kpi: "engagementCost", metrics: ["cpe"], baseline: 5, target: 2 })],
        }),
        env(),
      ),
    );
    const userColumn = FRAMEWORK_KEYS.length + 1;
    sheet?.getRange(3, userColumn).setValue("ask finance");
    const again = ok(
      saveFramework(
        standIn.port,
        draft({
          kpis: [
            kpi({ kpi: "sales", metrics: ["revenue"], baseline: 0, target: 30_000 }),
            kpi({ target: 4 }),
            kpi({ kpi: "conversionEfficiency", metrics: ["cpa"], baseline: 50, target: 20 }),
          ],
        }),
        env(),
      ),
    );
    expect(again).toMatchObject({ added: 1, updated: 2, removed: 1 });
    const rows = frameworkRows(standIn);
    expect(rows[1]?.[col("kpi")]).toBe(english["kpi.returnOnSpend"]);
    expect(rows[1]?.[col("target")]).toBe(4);
    expect(rows[2]?.[col("kpi")]).toBe(english["kpi.sales"]);
    expect(rows[2]?.[col("target")]).toBe(30_000);
    // The dropped sentiment KPI's row now holds the new KPI.
    expect(rows[3]?.[col("kpi")]).toBe(english["kpi.conversionEfficiency"]);
    expect(rows[4]?.[col("campaign")]).toBe("Spring Glow");
    expect(rows[4]?.[col("actual")]).toBe(500 / 10);
    expect(sheet?.getRange(3, userColumn).getValue()).toBe("ask finance");

    // A fourth KPI goes right under the campaign's rows; Spring Glow's row moves down, live.
    const grown = ok(
      saveFramework(
        standIn.port,
        draft({
          kpis: [
            kpi({ kpi: "sales", metrics: ["revenue"], baseline: 0, target: 30_000 }),
            kpi({ target: 4 }),
            kpi({ kpi: "conversionEfficiency", metrics: ["cpa"], baseline: 50, target: 20 }),
            kpi({ kpi: "salesConversion", metrics: ["aov"], baseline: 50, target: 90 }),
          ],
        }),
        env(),
      ),
    );
    expect(grown).toMatchObject({ firstRow: 2, lastRow: 5, added: 1, updated: 3, removed: 0 });
    const after = frameworkRows(standIn);
    expect(after[4]?.[col("kpi")]).toBe(english["kpi.salesConversion"]);
    expect(after[5]?.[col("campaign")]).toBe("Spring Glow");
    expect(after[5]?.[col("actual")]).toBe(500 / 10);
  });

  // What the write needs, the reads of what it will change (so a failed write can be taken
  // back, and so can the write itself, with Undo), and what Undo keeps.
  it("writes 3 or 12 KPIs in the same number of Sheets calls, at most 29", () => {
    const calls = (count: number) => {
      const standIn = workbook();
      const kpis = (Object.keys(KPIS) as KpiId[]).slice(0, count).map((id) => {
        const metric = METRICS[KPIS[id].metrics[0] as MetricId];
        // A cost falls from its baseline; everything else rises.
        const [baseline, target] = metric.lowerIsBetter ? [0.2, 0.1] : [0.1, 0.2];
        return kpi({ kpi: id, metrics: [metric.id], baseline, target, tactic: "" });
      });
      standIn.spreadsheet.log.reset();
      ok(saveFramework(standIn.port, draft({ goal: "awareness", kpis }), env()));
      return standIn.spreadsheet.log.sheetsCalls;
    };
    const three = calls(3);
    expect(calls(12)).toBe(three);
    expect(three).toBeLessThanOrEqual(29);
  });

  it("writes nothing when the draft has a problem, and names the field", () => {
    const standIn = workbook();
    const before = frameworkRows(standIn);
    const outcome = saveFramework(standIn.port, draft({ kpis: [kpi({ target: 1 })] }), env());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.field)).toContain("kpis.0.target");
    expect(frameworkRows(standIn)).toEqual(before);
  });

  it("writes a campaign name that looks like a formula as text", () => {
    const standIn = workbook();
    ok(saveFramework(standIn.port, draft({ campaign: '=HYPERLINK("http://x","y")' }), env()));
    const sheet = standIn.spreadsheet.sheetNamed("KPI Framework");
    expect(sheet?.getRange(2, frameworkColumn("campaign")).getFormula()).toBe("");
    expect(sheet?.getRange(2, frameworkColumn("campaign")).getValue()).toBe(
      '=HYPERLINK("http://x","y")',
    );
  });

  it("inserts the templates first in a spreadsheet that has none", () => {
    const standIn = inMemory();
    ok(saveFramework(standIn.port, draft(), env()));
    expect(
      standIn.port
        .ownSheets()
        .map((s) => s.kind)
        .sort(),
    ).toEqual(["framework", "settings", "tracker"]);
  });
});

describe("starting the wizard", () => {
  it("offers the tracker's campaigns with their current values and whether they are framed", () => {
    const standIn = workbook();
    ok(saveFramework(standIn.port, draft(), env()));
    const start = startWizard(standIn.port, env("da"));
    expect(start.language).toBe("da");
    expect(start.currency).toBe("USD");
    expect(start.messages["goal.sales"]).toBe(catalogOf("da")["goal.sales"]);
    const summer = start.campaigns.find((c) => c.name === "Summer Sun Sale");
    expect(summer).toMatchObject({ posts: 2, framed: true });
    expect(summer?.values.roas).toBe(2);
    expect(start.campaigns.find((c) => c.name === "Spring Glow")?.framed).toBe(false);
  });

  it("gives each campaign its first and last post day, whatever the rows' order", () => {
    const standIn = inMemory();
    insert(standIn.port);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), [
      post({ campaign: "Autumn", influencer: "Ana", postDate: day("2026-10-12") }),
      post({ campaign: "Autumn", influencer: "Ben", postDate: day("2026-09-03") }),
      post({ campaign: "Winter", influencer: "Ana" }),
      post({ campaign: "Autumn", influencer: "Cy", postDate: day("2026-11-30") }),
      post({ campaign: "Autumn", influencer: "Di" }),
    ]);
    const start = startWizard(standIn.port, env());
    expect(
      start.campaigns.map(({ name, firstPost, lastPost, posts }) => [
        name,
        firstPost,
        lastPost,
        posts,
      ]),
    ).toEqual([
      ["Autumn", "2026-09-03", "2026-11-30", 4],
      ["Winter", null, null, 1],
    ]);
  });

  it("selects a campaign's rows", () => {
    const standIn = workbook();
    ok(saveFramework(standIn.port, draft(), env()));
    showCampaignRows(standIn.port, "Summer Sun Sale", env());
    expect(standIn.spreadsheet.selection).toMatchObject({ row: 2, numRows: 3 });
  });
});

it("reads the sample tracker's campaigns", () => {
  const standIn = inMemory();
  insert(standIn.port);
  appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), sampleTracker());
  expect(startWizard(standIn.port, env()).campaigns.map((c) => c.name)).toEqual([
    "Spring Glow Launch",
    "Summer Sun Sale",
    "Autumn App Drive",
    "Winter Gift Edit",
  ]);
});

describe("undoing a write", () => {
  const written = (outcome: WriteOutcome) => {
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    if (!outcome.undo) throw new Error("no undo");
    return outcome.undo;
  };
  /** The whole workbook, but for what Undo keeps of the latest write (gone once used). */
  const snapshot = (standIn: ReturnType<typeof workbook>) =>
    JSON.stringify(workbookSnapshot(standIn.spreadsheet), (key, value) =>
      key === "metadata"
        ? (value as { key: string }[]).filter((m) => m.key !== "influencer-kpis.undo")
        : value,
    );

  it("puts a first write's rows back as they were: blank, formats and notes", () => {
    const standIn = workbook();
    const before = snapshot(standIn);
    const ticket = written(saveFramework(standIn.port, draft(), env()));
    expect(undoFramework(standIn.port, ticket, env())).toEqual({
      ok: true,
      campaign: "Summer Sun Sale",
      sheet: "KPI Framework",
    });
    expect(snapshot(standIn)).toBe(before);
  });

  it("puts back a second write exactly, deleting the rows it inserted among other campaigns", () => {
    const standIn = workbook();
    ok(saveFramework(standIn.port, draft({ kpis: [kpi()] }), env()));
    ok(saveFramework(standIn.port, draft({ campaign: "Spring Glow" }), env()));
    // A user's own touches on the first campaign's row: a format and a note.
    const sheet = standIn.spreadsheet.sheetNamed("KPI Framework");
    sheet?.getRange(2, frameworkColumn("baseline")).setNumberFormat("0.000");
    sheet?.getRange(2, frameworkColumn("actual")).setNote("Checked by Mia");
    const before = snapshot(standIn);
    const maxRows = sheet?.maxRows;
    // Two more KPIs for Summer: rows inserted under its first, above Spring's.
    const ticket = written(saveFramework(standIn.port, draft(), env()));
    expect(sheet?.maxRows).toBe((maxRows ?? 0) + 2);
    standIn.spreadsheet.log.reset();
    expect(undoFramework(standIn.port, ticket, env()).ok).toBe(true);
    expect(snapshot(standIn)).toBe(before);
    // A constant number of calls: reads, one delete, one paint, the record removed.
    expect(standIn.spreadsheet.log.sheetsCalls).toBeLessThan(40);
  });

  it("is refused, changing nothing, once the rows were edited or another write came after", () => {
    const standIn = workbook();
    const first = written(saveFramework(standIn.port, draft(), env()));
    const sheet = standIn.spreadsheet.sheetNamed("KPI Framework");
    sheet?.getRange(2, frameworkColumn("target")).setValue(7);
    const edited = snapshot(standIn);
    expect(undoFramework(standIn.port, first, env())).toEqual({
      ok: false,
      message: english["wizard.undo.changed"],
    });
    expect(snapshot(standIn)).toBe(edited);

    const second = written(saveFramework(standIn.port, draft({ campaign: "Spring Glow" }), env()));
    const later = snapshot(standIn);
    expect(undoFramework(standIn.port, first, env())).toEqual({
      ok: false,
      message: english["wizard.undo.gone"],
    });
    expect(snapshot(standIn)).toBe(later);
    // Posts added to the tracker move the Actual, not what the write wrote: Undo still works.
    appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), [
      post({ campaign: "Spring Glow", influencer: "Cy", cost: 100 }),
    ]);
    expect(undoFramework(standIn.port, second, env()).ok).toBe(true);
    // Taken back once: the same ticket again is stale.
    expect(undoFramework(standIn.port, second, env()).ok).toBe(false);
  });

  it("refuses a forged ticket or one of another shape, changing nothing", () => {
    const standIn = workbook();
    const ticket = written(saveFramework(standIn.port, draft(), env()));
    const after = snapshot(standIn);
    for (const forged of [
      { id: "0123456789abcdef" },
      { id: `${ticket.id}x` },
      { id: "../../etc" },
      { id: 42 },
      "undo",
      null,
    ]) {
      expect(undoFramework(standIn.port, forged, env()).ok, JSON.stringify(forged)).toBe(false);
    }
    expect(snapshot(standIn)).toBe(after);
  });

  it("keeps what it needs with the framework sheet, seen by the add-on alone", () => {
    const standIn = workbook();
    ok(saveFramework(standIn.port, draft(), env()));
    const sheet = standIn.spreadsheet.sheetNamed("KPI Framework");
    const record = sheet?.metadata.find((m) => m.key === "influencer-kpis.undo");
    expect(record?.visibility).toBe("PROJECT");
  });
});
