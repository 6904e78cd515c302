/**
 * What the server takes from the dialog: every payload checked again (a problem names its row
 * and field and nothing is written), the dialog opened from the menu, and the functions as
 * Code.js serves them. An import writes in the same number of calls whatever its size.
 */
import { describe, expect, it } from "vitest";
import type { ImportPayload, ImportStart } from "../../../src/features/import/contract";
import { runImport } from "../../../src/features/import/import";
import { readPayload } from "../../../src/features/import/payload";
import { loadBundle } from "../../../src/local/bundle";
import { workbookSnapshot } from "../../../src/local/in-memory/snapshot";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { env, inMemory, insert, post } from "../../sheets/helpers";
import { testTracker } from "./helpers";

const base: ImportPayload = {
  kind: "posts",
  source: "",
  platform: null,
  campaign: "Spring Glow",
  influencer: "",
  fields: ["postUrl", "likes", "cost", "postDate", "notes"],
  records: [
    { line: 2, values: ["https://www.instagram.com/p/ANNA001abc/", 5, 10, "2026-03-20", "=1+1"] },
  ],
};

const problems = (payload: unknown) => {
  const read = readPayload(payload, "USD");
  return read.ok ? [] : read.problems.map((p) => [p.line, p.field, p.problem.key]);
};

describe("the payload, checked again on the server", () => {
  it("takes typed records, text that looks like a formula included", () => {
    expect(problems(base)).toEqual([]);
  });

  it.each([
    [
      "a count below 0",
      { values: ["https://x.com/a/status/1", -3, 10, "2026-03-20", ""] },
      [2, "likes", "problem.negative"],
    ],
    [
      "a number as text",
      { values: ["https://x.com/a/status/1", "1,234", 10, "2026-03-20", ""] },
      [2, "likes", "import.bad.notNumber"],
    ],
    [
      "an amount as text in Settings' currency",
      { values: ["https://x.com/a/status/1", 1, "$1,200", "2026-03-20", ""] },
      [2, "cost", "import.bad.notNumber"],
    ],
    [
      "a day that does not exist",
      { values: ["https://x.com/a/status/1", 1, 1, "2026-02-30", ""] },
      [2, "postDate", "import.cell.notDate"],
    ],
    [
      "a control character",
      { values: ["https://x.com/a/status/1", 1, 1, "2026-03-20", "a\u0007b"] },
      [2, "notes", "import.cell.control"],
    ],
    [
      "a number for text",
      { values: [42, 1, 1, "2026-03-20", ""] },
      [2, "postUrl", "import.bad.notText"],
    ],
  ])("refuses %s, naming the row and field", (_name, record, expected) => {
    expect(problems({ ...base, records: [{ line: 2, ...record }] })).toEqual([expected]);
  });

  it("takes an amount in another currency as text", () => {
    expect(
      problems({
        ...base,
        records: [{ line: 2, values: ["https://x.com/a/status/1", 1, "€ 760", null, null] }],
      }),
    ).toEqual([]);
  });

  it.each([
    [
      "a field a kind of file cannot fill",
      { fields: ["postUrl", "orderId", "cost", "postDate", "notes"] },
    ],
    ["a field twice", { fields: ["postUrl", "likes", "likes", "postDate", "notes"] }],
  ])("refuses %s", (_name, change) => {
    expect(problems({ ...base, ...change })[0]?.[2]).toBe("import.bad.field");
  });

  it.each([
    ["no payload", null],
    ["an unknown kind", { ...base, kind: "tweets" }],
    ["values that do not fit the fields", { ...base, records: [{ line: 2, values: [1] }] }],
    [
      "too many records",
      {
        ...base,
        records: Array.from({ length: 100_001 }, (_, i) => ({
          line: i + 2,
          values: base.records[0]?.values,
        })),
      },
    ],
  ])("refuses %s", (_name, payload) => {
    expect(problems(payload).length).toBeGreaterThan(0);
  });

  it("writes nothing when a record is refused", () => {
    const standIn = testTracker();
    const before = JSON.stringify(workbookSnapshot(standIn.spreadsheet));
    const bad = {
      ...base,
      records: [
        ...base.records,
        { line: 3, values: ["https://x.com/a/status/1", -1, 1, null, null] },
      ],
    };
    const outcome = runImport(standIn.port, bad, env());
    expect(outcome).toEqual({ ok: false, problems: ["Row 3, Likes: is negative (-1)"] });
    expect(JSON.stringify(workbookSnapshot(standIn.spreadsheet))).toBe(before);
  });
});

describe("through Code.js", () => {
  it("opens the dialog from the menu and serves its calls, JSON in and out", () => {
    const standIn = inMemory({ locale: "da_DK" });
    insert(standIn.port, "da");
    const bundle = loadBundle(standIn.globals);
    bundle.call("showImportDialog");
    expect(standIn.ui.dialogs.at(-1)?.title).toBe("Importér data");
    expect(standIn.ui.dialogs.at(-1)?.output.getContent()).toContain('<div id="app"></div>');
    const start = JSON.parse(JSON.stringify(bundle.call("importStart"))) as ImportStart;
    expect(start.language).toBe("da");
    expect(start.messages["import.check"]).toBe("Tjek ændringer");
    expect(start.trackerHeaders.postUrl).toContain("Opslags-URL");
    const outcome = JSON.parse(JSON.stringify(bundle.call("runImport", base)));
    expect(outcome.ok).toBe(true);
    expect(outcome.summary.added).toBe(1);
  });

  it("inserts the templates first in a spreadsheet that has none, all in one run", () => {
    const standIn = inMemory();
    const outcome = runImport(standIn.port, base, env());
    expect(outcome.ok && outcome.summary.insertsTemplates).toBe(true);
    expect(standIn.spreadsheet.sheetNamed("Campaign Tracker")?.getRange(3, 11).getValue()).toBe(5);
  });
});

describe("Sheets calls", () => {
  /** A tracker of this many Instagram posts and an export updating each and adding as many. */
  function calls(rows: number): number {
    const standIn = inMemory();
    insert(standIn.port);
    const link = (i: number) => `https://www.instagram.com/p/POST${i}/`;
    const posts = Array.from({ length: rows }, (_, i) =>
      post({
        campaign: "Bench",
        influencer: `Creator ${i % 25}`,
        platform: "Instagram",
        postUrl: link(i),
        likes: i,
      }),
    );
    appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), posts);
    const payload: ImportPayload = {
      ...base,
      fields: ["postUrl", "likes", "views"],
      records: Array.from({ length: rows * 2 }, (_, i) => ({
        line: i + 2,
        values: [link(i), i + 1, 10 * i],
      })),
    };
    standIn.spreadsheet.log.reset();
    const outcome = runImport(standIn.port, payload, env());
    expect(outcome.ok && [outcome.summary.added, outcome.summary.updated]).toEqual([rows, rows]);
    return standIn.spreadsheet.log.sheetsCalls;
  }

  // npm run bench counts them at 50,000 rows too.
  it("are the same at 100 and 5,000 rows", { timeout: 120_000 }, () => {
    expect(calls(5000)).toBe(calls(100));
  });
});
