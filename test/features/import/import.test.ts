/**
 * Each recognised export imported into a tracker with posts to update, values worked out by
 * hand from the fixture files (test/fixtures/exports): what is updated, what is added, what is
 * kept; importing the same file again changes nothing.
 */
import { describe, expect, it } from "vitest";
import { reportForPage } from "../../../src/features/report/report";
import { workbookSnapshot } from "../../../src/local/in-memory/snapshot";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { calendarDay } from "../../../src/sheets/workbook";
import { env, post, trackerColumn } from "../../sheets/helpers";
import {
  FIRST,
  fixture,
  importFile,
  lastRow,
  POSTS,
  read,
  row,
  type StandIn,
  summary,
  testTracker,
} from "./helpers";

/** Imports a fixture twice: the second time must change nothing, not one cell. */
function twice(standIn: StandIn, name: string | { text: string }, choose = {}) {
  const first = summary(importFile(standIn.port, name, choose));
  const rows = lastRow(standIn);
  const before = JSON.stringify(workbookSnapshot(standIn.spreadsheet));
  const again = summary(importFile(standIn.port, name, choose));
  expect(again.added + again.updated, `${name} imported again`).toBe(0);
  expect(lastRow(standIn)).toBe(rows);
  expect(JSON.stringify(workbookSnapshot(standIn.spreadsheet)), `${name} imported again`).toBe(
    before,
  );
  return { first, again };
}

describe("Instagram posts (Meta Business Suite, UTF-8 with BOM)", () => {
  it("updates two posts by their links, adds two, lists the cell it cannot read", () => {
    const standIn = testTracker();
    const { first, again } = twice(standIn, "instagram-posts.csv", { campaign: "Spring Glow" });
    expect([first.added, first.updated, first.unchanged]).toEqual([2, 2, 0]);
    expect(again.unchanged).toBe(4);
    // Row 3 through ?igsh=… on its link: Views replace views (never impressions).
    expect(row(standIn, 3)).toMatchObject({
      impressions: "",
      views: 6100,
      reach: 4800,
      likes: 342,
      shares: 6,
      comments: 23,
      saves: 14,
      postDate: "2026-03-20",
      notes: "Story + reel",
      postUrl: "https://www.instagram.com/p/ANNA001abc/",
    });
    // Row 4, a /reel/ link: reach "—" in the file keeps 5200; the formula-like caption is
    // never read (Description is left out).
    expect(row(standIn, 4)).toMatchObject({
      views: 8250,
      reach: 5200,
      likes: 455,
      comments: 33,
      saves: 22,
    });
    // New posts: the known handle names Anna Berg; an unknown account its own name.
    expect(row(standIn, 9)).toMatchObject({
      campaign: "Spring Glow",
      influencer: "Anna Berg",
      handle: "@anna.berg",
      platform: "Instagram",
      postDate: "2026-04-02",
      postUrl: "https://www.instagram.com/p/ANNA003new/",
      views: 12_500,
      reach: 9400,
      likes: 610,
      shares: 12,
      comments: 41,
      saves: 57,
    });
    expect(row(standIn, 10)).toMatchObject({
      influencer: "New Creator",
      handle: "@newcreator",
      views: 900,
      reach: "",
      likes: 70,
    });
  });

  it("lists the unreadable cell with its row, column, value and why; a check writes nothing", () => {
    const standIn = testTracker();
    const { reading } = read(standIn.port, fixture("instagram-posts.csv"));
    expect(reading.read.problems).toEqual([
      {
        line: 5,
        column: "Reach",
        value: "abc",
        problem: { key: "problem.textNotNumber", params: { text: '"abc"' } },
        asText: false,
      },
    ]);
    const checked = summary(
      importFile(standIn.port, "instagram-posts.csv", { campaign: "Spring Glow" }, true),
    );
    expect([checked.added, checked.updated, checked.written]).toEqual([2, 2, false]);
    expect(lastRow(standIn)).toBe(FIRST + POSTS.length - 1);
    expect(row(standIn, 3).views).toBe(5000);
  });

  it("waits for a campaign for new posts, and writes nothing", () => {
    const standIn = testTracker();
    const outcome = importFile(standIn.port, "instagram-posts.csv");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toContain("(2)");
    expect(row(standIn, 3).views).toBe(5000);
  });
});

describe("Instagram in Spanish, numbers grouped with dots", () => {
  it("reads 6.100 as 6100 once the reader says a comma marks decimals", () => {
    const standIn = testTracker();
    twice(standIn, "instagram-posts-es.csv", { decimal: "," });
    expect(row(standIn, 3)).toMatchObject({ views: 6100, reach: 4800, likes: 342 });
    expect(row(standIn, 4)).toMatchObject({ views: 8250, reach: 5300, likes: 455 });
  });
});

describe("Facebook posts, UTF-16 with a sep= line and a title line", () => {
  it("updates Eva's post: reactions are likes, link clicks are clicks", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "facebook-posts-utf16.csv");
    expect([first.added, first.updated]).toEqual([0, 1]);
    expect(row(standIn, 8)).toMatchObject({
      views: 4100,
      reach: 2900,
      likes: 104,
      comments: 15,
      shares: 6,
      clicks: 25,
    });
  });
});

describe("TikTok Studio, XLSX", () => {
  it("turns Ben's text likes into a number and adds his new video under his name", () => {
    const standIn = testTracker({ timeZone: "Asia/Tokyo" });
    const { first } = twice(standIn, "tiktok-content.xlsx", { campaign: "Spring Glow" });
    expect([first.added, first.updated]).toEqual([1, 1]);
    expect(row(standIn, 5)).toMatchObject({
      likes: 1300,
      comments: 95,
      shares: 52,
      views: 24_500,
      postDate: "2026-03-22",
    });
    expect(row(standIn, 9)).toMatchObject({
      influencer: "Ben Cole",
      handle: "@bencole",
      platform: "TikTok",
      postDate: "2026-04-03",
      likes: 2150,
      views: 40_100,
    });
  });
});

describe("YouTube Studio table data, semicolons, a sep= line and a Total row", () => {
  it("finds the video by its id, keeps the user's formula, leaves the Total row out", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "youtube-table-data.csv", {
      campaign: "Spring Glow",
      influencer: "Cara Diaz",
    });
    expect([first.added, first.updated]).toEqual([1, 1]);
    expect(first.kept).toEqual([{ row: 6, key: "likes", formula: "=100+20" }]);
    expect(row(standIn, 6)).toMatchObject({
      views: 9150,
      impressions: 31_000,
      likes: "=100+20",
      comments: 19,
      shares: 6,
    });
    expect(row(standIn, 9)).toMatchObject({
      influencer: "Cara Diaz",
      platform: "YouTube",
      postUrl: "https://www.youtube.com/watch?v=NEWVID12345",
      postDate: "2026-04-08",
      views: 3500,
      impressions: 10_000,
    });
  });
});

describe("X analytics", () => {
  it("matches x.com to twitter.com links and names the new post's author by the link", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "x-analytics.csv", { campaign: "Spring Glow" });
    expect([first.added, first.updated]).toEqual([1, 1]);
    expect(row(standIn, 7)).toMatchObject({
      impressions: 9800,
      shares: 7,
      comments: 5,
      likes: 61,
      clicks: 36,
    });
    expect(row(standIn, 9)).toMatchObject({
      influencer: "Dev Iyer",
      handle: "@deviyer",
      platform: "X",
      postDate: "2026-03-29",
    });
  });
});

describe("a Danish tracker's own export: semicolons, decimal commas, day-first dates", () => {
  it("updates the cost, adds Frida's post, leaves out the totals and computed columns", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "tracker-da.csv");
    expect([first.added, first.updated]).toEqual([1, 1]);
    expect(row(standIn, 3)).toMatchObject({ cost: 450, revenue: 150, notes: "Story + reel" });
    expect(row(standIn, 9)).toMatchObject({
      campaign: "Spring Glow",
      influencer: "Frida Holm",
      postDate: "2026-04-02",
      followers: 8400,
      revenue: 39.9,
      cost: 120,
      notes: "Ny influencer",
    });
  });
});

/** The Sales Ledger's lines under its header, as the sheet holds them. */
function ledger(standIn: StandIn): unknown[][] {
  const sheet = standIn.spreadsheet.sheetNamed("Sales Ledger");
  if (!sheet) throw new Error("no ledger");
  return sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .map((line) => line.map((cell) => (cell instanceof Date ? standIn.port.isoDay(cell) : cell)));
}

const SHOPIFY_HEADER =
  "Name,Financial Status,Currency,Total,Discount Code,Cancelled at,Refunded Amount";

describe("Shopify orders", () => {
  it("credits each code's orders, from their first rows, keeping what the other rows hold", () => {
    const standIn = testTracker();
    const { first, again } = twice(standIn, "shopify-orders.csv");
    // Imported again: nothing in the ledger is new or changed.
    expect(again.sales?.attributed.map((a) => a.records)).toEqual([0, 0]);
    // Anna: #1001 59.90 and #1002 120.00 less 20.00 refunded (#1006 is in EUR): 2 orders,
    // 159.90. Row 4 holds 2 orders and 90 typed by hand, kept; row 3 gets the rest.
    expect(row(standIn, 3)).toMatchObject({ orders: 0, revenue: 69.9 });
    expect(row(standIn, 4)).toMatchObject({ orders: 2, revenue: 90 });
    // Ben: #1003; #1007 was voided.
    expect(row(standIn, 5)).toMatchObject({ orders: 1, revenue: 45.5 });
    // Cara's only order was refunded in full: her row is not touched.
    expect(row(standIn, 6)).toMatchObject({ orders: 0, revenue: 0 });
    expect(first.ledgerSheet).toBe("Sales Ledger");
    expect(first.sales?.ledger).toEqual({ added: 3, updated: 0, removed: 0 });
    expect(first.sales?.attributed).toEqual([
      expect.objectContaining({
        keys: ["ANNA10"],
        influencer: "Anna Berg",
        row: 3,
        orders: 2,
        revenue: 159.9,
        records: 2,
        typed: [4],
        zeroed: [],
      }),
      expect.objectContaining({
        keys: ["BEN10"],
        influencer: "Ben Cole",
        row: 5,
        orders: 1,
        revenue: 45.5,
        records: 1,
        typed: [],
        zeroed: [],
      }),
    ]);
    expect(first.sales?.unmatched).toEqual([
      { key: "WELCOME5", records: 1, revenue: 30, owners: [] },
      { key: "", records: 1, revenue: 80, owners: [] },
    ]);
    expect(first.sales?.conflicts).toEqual([]);
    expect(first.skipped.map((s) => s.reason.key)).toEqual([
      "import.sales.currency",
      "import.sales.cancelled",
      "import.sales.refunded",
    ]);
    // One line per credited order, text as text, the day it came in.
    const today = standIn.port.isoDay();
    expect(ledger(standIn)).toEqual([
      [
        "Shopify orders export",
        "#1001",
        "ANNA10",
        "",
        "",
        "Anna Berg",
        "Spring Glow",
        1,
        "",
        "",
        59.9,
        "USD",
        today,
      ],
      [
        "Shopify orders export",
        "#1002",
        "anna10",
        "",
        "",
        "Anna Berg",
        "Spring Glow",
        1,
        "",
        "",
        100,
        "USD",
        today,
      ],
      [
        "Shopify orders export",
        "#1003",
        "BEN10",
        "",
        "",
        "Ben Cole",
        "Spring Glow",
        1,
        "",
        "",
        45.5,
        "USD",
        today,
      ],
    ]);
  });

  it("makes every figure count each sale once: the totals row sums the shop's revenue", () => {
    const standIn = testTracker();
    importFile(standIn.port, "shopify-orders.csv");
    const totals = standIn.spreadsheet.sheetNamed("Campaign Tracker")?.getRange(2, 18).getValue();
    // 69.90 + 90 + 45.50 + 0 + (Dev: none) + 35 (Eva, untouched).
    expect(totals).toBeCloseTo(240.4, 6);
    // The report adds up the same rows: Anna's sales once over her two posts, which stay two.
    const view = reportForPage(
      standIn.port,
      { campaign: "Spring Glow", from: null, to: null },
      env(),
    );
    if (!view.ok) throw new Error(view.message);
    const figure = view.model.figures.find((f) => f.key === "revenue");
    expect(figure?.value).toBeCloseTo(240.4, 6);
    const anna = view.model.breakdowns.influencer.find((line) => line.name === "Anna Berg");
    expect(anna?.posts).toBe(2);
    expect(anna?.roas).toBeCloseTo(159.9 / 800, 6);
    const ben = view.model.breakdowns.influencer.find((line) => line.name === "Ben Cole");
    expect(ben?.roas).toBeCloseTo(45.5 / 250, 6);
  });

  it("adds a later export's new orders to the earlier ones, and takes back an order refunded since", () => {
    const standIn = testTracker();
    importFile(standIn.port, "shopify-orders.csv");
    const later = [
      SHOPIFY_HEADER,
      // Already in the ledger, as it was: no change.
      "#1003,paid,USD,45.50,BEN10,,0.00",
      // Refunded in full since the first export: counts 0 now.
      "#1002,refunded,USD,120.00,ANNA10,,120.00",
      // New orders.
      "#1009,paid,USD,80.00,ANNA10,,0.00",
      "#1010,paid,USD,30.25,BEN10,,0.00",
    ].join("\n");
    const { first } = twice(standIn, { text: later });
    expect(first.sales?.ledger).toEqual({ added: 2, updated: 1, removed: 0 });
    // Anna: #1001 59.90 + #1002 0 + #1009 80.00 = 139.90 over 2 orders; row 4 keeps 2 and 90.
    expect(row(standIn, 3)).toMatchObject({ orders: 0, revenue: 49.9 });
    expect(row(standIn, 4)).toMatchObject({ orders: 2, revenue: 90 });
    // Ben: #1003 45.50 + #1010 30.25.
    expect(row(standIn, 5)).toMatchObject({ orders: 2, revenue: 75.75 });
    expect(ledger(standIn).map((line) => [line[1], line[7], line[10]])).toEqual([
      ["#1001", 1, 59.9],
      ["#1002", 0, 0],
      ["#1003", 1, 45.5],
      ["#1009", 1, 80],
      ["#1010", 1, 30.25],
    ]);
  });

  it("writes nothing for an influencer whose other rows hold more than the shop counts, and says so", () => {
    const standIn = testTracker();
    standIn.spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(4, trackerColumn("orders"))
      .setValue(5);
    const before = row(standIn, 3);
    const done = summary(importFile(standIn.port, "shopify-orders.csv"));
    expect(done.sales?.conflicts).toEqual([
      {
        influencer: "Anna Berg",
        campaign: "Spring Glow",
        key: "orders",
        total: 2,
        typed: 5,
        rows: [4],
      },
    ]);
    expect(row(standIn, 3)).toEqual(before);
    expect(row(standIn, 4)).toMatchObject({ orders: 5, revenue: 90 });
    // Ben is credited as ever.
    expect(row(standIn, 5)).toMatchObject({ orders: 1, revenue: 45.5 });
    // Once row 4 is put right, the same file credits Anna.
    standIn.spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(4, trackerColumn("orders"))
      .setValue(1);
    const again = summary(importFile(standIn.port, "shopify-orders.csv"));
    expect(again.sales?.conflicts).toEqual([]);
    expect(row(standIn, 3)).toMatchObject({ orders: 1, revenue: 69.9 });
  });

  it("sets a blank sales cell on the influencer's other rows to 0, so it does not read as pending", () => {
    const standIn = testTracker();
    standIn.spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(4, trackerColumn("revenue"))
      .setValue("");
    const done = summary(importFile(standIn.port, "shopify-orders.csv"));
    expect(row(standIn, 4)).toMatchObject({ orders: 2, revenue: 0 });
    expect(row(standIn, 3)).toMatchObject({ orders: 0, revenue: 159.9 });
    expect(done.sales?.attributed[0]).toMatchObject({ typed: [4], zeroed: [4] });
  });

  it("credits a code one influencer uses in two campaigns to the campaign of the order's day", () => {
    const standIn = testTracker();
    appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), [
      post({
        campaign: "Summer Glow",
        influencer: "Anna Berg",
        platform: "Instagram",
        postDate: calendarDay("2026-06-01"),
        orders: 0,
        revenue: 0,
        promoCode: "ANNA10",
      }),
    ]);
    const file = [
      "Name,Financial Status,Currency,Total,Discount Code,Created at",
      // Spring Glow's first post was on 20 March; Summer Glow's on 1 June.
      "#3001,paid,USD,10.00,ANNA10,2026-03-21 10:15:02 -0400",
      "#3002,paid,USD,20.00,ANNA10,2026-06-05 09:00:00 -0400",
      "#3003,paid,USD,40.00,ANNA10,2026-02-01 12:00:00 -0500",
    ].join("\n");
    const done = summary(importFile(standIn.port, { text: file }));
    expect(ledger(standIn).map((line) => [line[1], line[6], line[10]])).toEqual([
      ["#3001", "Spring Glow", 10],
      ["#3002", "Summer Glow", 20],
    ]);
    // Before either campaign began: whose it is cannot be told.
    expect(done.sales?.unmatched).toEqual([
      {
        key: "ANNA10",
        records: 1,
        revenue: 40,
        owners: ["Anna Berg · Spring Glow", "Anna Berg · Summer Glow"],
      },
    ]);
    expect(row(standIn, 9)).toMatchObject({ campaign: "Summer Glow", orders: 1, revenue: 20 });
  });

  it("keeps order numbers and codes that look like formulas or numbers as the text they are", () => {
    const standIn = testTracker();
    standIn.spreadsheet
      .sheetNamed("Campaign Tracker")
      ?.getRange(7, trackerColumn("promoCode"))
      .setValue("=1+1");
    const file = [
      SHOPIFY_HEADER,
      '"=HYPERLINK(""x"")",paid,USD,12.00,=1+1,,0.00',
      "0012,paid,USD,8.00,=1+1,,0",
    ].join("\n");
    summary(importFile(standIn.port, { text: file }));
    const lines = ledger(standIn);
    expect(lines.map((line) => [line[1], line[2]])).toEqual([
      ['=HYPERLINK("x")', "=1+1"],
      ["0012", "=1+1"],
    ]);
    const sheet = standIn.spreadsheet.sheetNamed("Sales Ledger");
    expect(sheet?.getRange(2, 2, 2, 2).getFormulas().flat()).toEqual(["", "", "", ""]);
  });
});

describe("GA4 traffic by session campaign", () => {
  it("credits sessions, key events and revenue by utm_campaign; lists what matches several or no one", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "ga4-campaigns.csv");
    // Anna: 340 sessions, 12 key events, 410.50 from 1 March to 30 April; row 4 holds 70
    // clicks, 6 conversions and 90, kept; row 3 gets the rest.
    expect(row(standIn, 3)).toMatchObject({ clicks: 270, conversions: 6, revenue: 320.5 });
    expect(row(standIn, 4)).toMatchObject({ clicks: 70, conversions: 6, revenue: 90 });
    expect(row(standIn, 5)).toMatchObject({ clicks: 120, conversions: 3, revenue: 45.5 });
    // spring_shared is Cara's and Dev's: left for the reader, their rows untouched.
    expect(row(standIn, 6)).toMatchObject({ clicks: 40, conversions: 2 });
    expect(first.sales?.unmatched).toEqual([
      {
        key: "spring_shared",
        records: 1,
        revenue: 0,
        owners: ["Cara Diaz · Spring Glow", "Dev Iyer · Spring Glow"],
      },
      { key: "(direct)", records: 1, revenue: 9800, owners: [] },
      { key: "(not set)", records: 1, revenue: 0, owners: [] },
    ]);
    expect(ledger(standIn).map((line) => line.slice(1, 11))).toEqual([
      [
        "",
        "spring_anna",
        "2026-03-01",
        "2026-04-30",
        "Anna Berg",
        "Spring Glow",
        "",
        340,
        12,
        410.5,
      ],
      ["", "spring_ben", "2026-03-01", "2026-04-30", "Ben Cole", "Spring Glow", "", 120, 3, 45.5],
    ]);
  });

  const ga4 = (from: string, to: string, anna: string) =>
    [
      "# ----------------------------------------",
      "# Traffic acquisition: Session campaign",
      "# ----------------------------------------",
      `# Start date: ${from}`,
      `# End date: ${to}`,
      "Session campaign,Sessions,Key events,Total revenue",
      `spring_anna,${anna}`,
    ].join("\n");

  it("adds a period that follows, and lets a period that overlaps replace the ones it covers", () => {
    const standIn = testTracker();
    importFile(standIn.port, "ga4-campaigns.csv");
    // May follows March–April: Anna's sums grow by it.
    const may = twice(standIn, { text: ga4("20260501", "20260531", "100,4,90") });
    expect(may.first.sales?.ledger).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(row(standIn, 3)).toMatchObject({ clicks: 370, conversions: 10, revenue: 410.5 });
    // March to May covers both: it replaces them.
    const all = twice(standIn, { text: ga4("20260301", "20260531", "500,20,600") });
    expect(all.first.sales?.ledger).toEqual({ added: 1, updated: 0, removed: 2 });
    expect(row(standIn, 3)).toMatchObject({ clicks: 430, conversions: 14, revenue: 510 });
    // Ben's March–April line is untouched.
    expect(row(standIn, 5)).toMatchObject({ clicks: 120, conversions: 3, revenue: 45.5 });
    expect(ledger(standIn).map((line) => [line[2], line[3], line[4], line[8]])).toEqual([
      ["spring_ben", "2026-03-01", "2026-04-30", 120],
      ["spring_anna", "2026-03-01", "2026-05-31", 500],
    ]);
  });

  it("lets an export that does not say its days replace every period of its campaigns", () => {
    const standIn = testTracker();
    importFile(standIn.port, "ga4-campaigns.csv");
    importFile(standIn.port, { text: ga4("20260501", "20260531", "100,4,90") });
    const pasted = "Session campaign,Sessions,Key events,Total revenue\nspring_anna,200,8,300";
    const done = summary(importFile(standIn.port, { text: pasted }));
    expect(done.sales?.ledger).toEqual({ added: 1, updated: 0, removed: 2 });
    expect(row(standIn, 3)).toMatchObject({ clicks: 130, conversions: 2, revenue: 210 });
  });
});

describe("a file of unknown origin", () => {
  it("guesses each column from its header, and imports text as text", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "unknown-creators.csv", { campaign: "Spring Glow" });
    expect([first.added, first.updated]).toEqual([1, 1]);
    expect(row(standIn, 3)).toMatchObject({
      views: 6100,
      likes: 342,
      cost: 400,
      notes: "Story + reel",
    });
    expect(row(standIn, 9)).toMatchObject({
      influencer: "<img src=x onerror=alert(1)>",
      handle: "@newface",
      platform: "TikTok",
      views: 15_000,
      likes: 900,
      cost: 300,
      notes: '=IMPORTXML("http://evil.example","//a")',
    });
  });

  it("follows a changed mapping: a column left out is not written", () => {
    const standIn = testTracker();
    // Fee (USD), the sixth column, left out; Plays to impressions instead of views.
    const mapping = [
      "influencer",
      "postUrl",
      "postDate",
      "impressions",
      "likes",
      null,
      "notes",
    ] as const;
    summary(
      importFile(standIn.port, "unknown-creators.csv", {
        campaign: "Spring Glow",
        mapping: [...mapping],
      }),
    );
    expect(row(standIn, 3)).toMatchObject({ impressions: 6100, views: 5000, cost: 400 });
    expect(row(standIn, 9)).toMatchObject({ impressions: 15_000, views: "", cost: "" });
  });
});

describe("nothing half-written, the user's columns untouched", () => {
  it("keeps a user's column between the tracker's, and the rows below the import", () => {
    const standIn = testTracker();
    const sheet = standIn.spreadsheet.sheetNamed("Campaign Tracker");
    sheet?.insertColumnsAfter(6, 1);
    sheet?.getRange(1, 7).setValue("My notes");
    sheet?.getRange(3, 7).setValue("call back");
    sheet?.getRange(5, 7).setValue("=1+1");
    summary(importFile(standIn.port, "instagram-posts.csv", { campaign: "Spring Glow" }));
    expect(sheet?.getRange(3, 7).getValue()).toBe("call back");
    expect(sheet?.getRange(5, 7).getFormula()).toBe("=1+1");
    expect(sheet?.getRange(9, 7).getValue()).toBe("");
    // Views sit one column further right now.
    expect(sheet?.getRange(3, 10).getValue()).toBe(6100);
    expect(env().language()).toBe("en");
  });
});

describe("amounts in another currency in a posts file", () => {
  const file = [
    "Post URL,Post date,Views,Cost,Currency",
    "https://www.instagram.com/p/NEW001eur/,2026-04-01,1000,250,EUR",
    "https://www.instagram.com/p/NEW002sign/,2026-04-02,2000,€ 80,",
    // Anna's first post keeps its revenue of $150 in dollars: the file's euros stay apart, as
    // text the report lists, and her row's Currency is not changed.
    "https://www.instagram.com/p/ANNA001abc/,2026-03-20,6100,€ 70,",
  ].join("\n");

  it("writes the amounts as numbers with their row's Currency, formatted in it; never re-rates a row's own", () => {
    const standIn = testTracker();
    const done = summary(importFile(standIn.port, { text: file }, { campaign: "Spring Glow" }));
    expect([done.added, done.updated]).toEqual([2, 1]);
    expect(row(standIn, 9)).toMatchObject({ cost: 250, currency: "EUR" });
    expect(row(standIn, 10)).toMatchObject({ cost: 80, currency: "EUR" });
    expect(row(standIn, 3)).toMatchObject({ cost: "€ 70", currency: "", revenue: 150 });
    const sheet = standIn.spreadsheet.sheetNamed("Campaign Tracker");
    expect(sheet?.getRange(9, trackerColumn("cost")).getNumberFormat()).toBe("[$€]#,##0.00");
    expect(sheet?.getRange(10, trackerColumn("revenue")).getNumberFormat()).toBe("[$€]#,##0.00");
    expect(sheet?.getRange(3, trackerColumn("cost")).getNumberFormat()).toBe("[$$]#,##0.00");
  });
});

describe("a header naming the amounts' currency", () => {
  it("reads the column's amounts in it, and gives their rows that Currency", () => {
    const standIn = testTracker();
    const file = [
      "Post URL,Post date,Views,Cost (EUR)",
      "https://www.instagram.com/p/NEW003head/,2026-04-03,3000,120.50",
      // With its own sign, read as typed.
      "https://www.instagram.com/p/NEW004sign/,2026-04-04,1000,€99",
    ].join("\n");
    const mapping = ["postUrl", "postDate", "views", "cost"] as const;
    const done = summary(
      importFile(standIn.port, { text: file }, { campaign: "Spring Glow", mapping }),
    );
    expect(done.added).toBe(2);
    expect(row(standIn, 9)).toMatchObject({ cost: 120.5, currency: "EUR" });
    expect(row(standIn, 10)).toMatchObject({ cost: 99, currency: "EUR" });
  });
});

describe("sales and a row in another currency", () => {
  it("writes nothing for an influencer whose row is in another currency, and says which rows", () => {
    const standIn = testTracker();
    const sheet = standIn.spreadsheet.sheetNamed("Campaign Tracker");
    sheet?.getRange(3, trackerColumn("currency")).setValue("EUR");
    const done = summary(importFile(standIn.port, "shopify-orders.csv"));
    expect(done.sales?.currencyConflicts).toEqual([
      {
        influencer: "Anna Berg",
        campaign: "Spring Glow",
        rows: [3],
        currency: "EUR",
        settings: "USD",
      },
    ]);
    // Anna's rows keep what they held; Ben, in dollars, is credited.
    expect(row(standIn, 3)).toMatchObject({ orders: 3, revenue: 150 });
    expect(row(standIn, 5)).toMatchObject({ orders: 1, revenue: 45.5 });
    expect(done.sales?.attributed.map((a) => a.influencer)).not.toContain("Anna Berg");
  });
});
