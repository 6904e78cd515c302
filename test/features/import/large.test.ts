/**
 * An export of 50,000 rows: read as the dialog reads it (every
 * cell, the unreadable ones listed), checked and planned by the server's preview, which writes
 * nothing. npm run bench times it and counts the Sheets calls of the import itself.
 */
import { describe, expect, it } from "vitest";
import { previewImport } from "../../../src/features/import/import";
import { workbookSnapshot } from "../../../src/local/in-memory/snapshot";
import { env } from "../../sheets/helpers";
import { read, summary, testTracker } from "./helpers";
import { instagramExport } from "./large-export";

const ROWS = 50_000;
/** The first row updates Anna's post in the test tracker; every 1,000th has likes it cannot read. */
const largeExport = () =>
  instagramExport(
    ROWS,
    (i) =>
      i === 0
        ? "https://www.instagram.com/p/ANNA001abc/"
        : `https://www.instagram.com/p/LARGE${i}/`,
    1000,
  );

describe("an export of 50,000 rows", () => {
  it("is read, checked and planned whole, its unreadable cells listed, nothing written", {
    timeout: 120_000,
  }, () => {
    const standIn = testTracker();
    const { reading, payload } = read(standIn.port, largeExport(), { campaign: "Spring Glow" });
    expect(reading.read.records).toHaveLength(ROWS);
    expect(reading.read.problems).toHaveLength(ROWS / 1000);
    expect(reading.read.problems[0]).toMatchObject({ line: 1001, column: "Likes", value: "lots" });
    if (!payload) throw new Error("choices missing");
    const before = JSON.stringify(workbookSnapshot(standIn.spreadsheet));
    const planned = summary(
      previewImport(standIn.port, JSON.parse(JSON.stringify(payload)), env()),
    );
    expect([planned.added, planned.updated, planned.written]).toEqual([ROWS - 1, 1, false]);
    // The first changes are shown, the counts cover all.
    expect(planned.changes.length).toBeLessThan(ROWS);
    expect(JSON.stringify(workbookSnapshot(standIn.spreadsheet))).toBe(before);
  });
});
