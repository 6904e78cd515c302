/**
 * Files as the dialog reads them, before any column is matched: every encoding and layout the
 * exports come in, and every kind of bad file refused in words (nothing is read from it).
 */
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/features/import/files/problem";
import { readFileBytes, readPasted } from "../../../src/features/import/files/read-file";
import { fixture } from "./helpers";

const utf8 = (text: string) => new TextEncoder().encode(text);
const table = (bytes: Uint8Array) => {
  const read = readFileBytes(bytes);
  if (!("table" in read)) throw new Error(`refused: ${read.problem.key}`);
  return read.table;
};
const problem = (bytes: Uint8Array) => {
  const read = readFileBytes(bytes);
  return "problem" in read ? read.problem : undefined;
};

describe("what is read", () => {
  it("reads UTF-8 with its byte-order mark, quoted commas and all", () => {
    const read = table(fixture("instagram-posts.csv"));
    expect(read.header[0]).toBe("Post ID");
    expect(read.rows).toHaveLength(4);
    expect(read.rows[0]?.cells[4]).toBe("Spring glow, day 1");
    expect(read.rows[0]?.line).toBe(2);
  });

  it("reads UTF-16 with its mark, a sep= line and a title line above the header", () => {
    const read = table(fixture("facebook-posts-utf16.csv"));
    expect(read.header.slice(0, 3)).toEqual(["Post ID", "Page ID", "Page name"]);
    // Row 1 is the title, as a spreadsheet shows the file (the sep= line is not a row).
    expect(read.headerLine).toBe(2);
    expect(read.rows[0]?.cells[2]).toBe("Eva Lund");
  });

  it("reads big-endian UTF-16 too", () => {
    const text = "a,b\n1,2\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) bytes[3 + i * 2] = text.charCodeAt(i);
    expect(table(bytes).rows[0]?.cells).toEqual(["1", "2"]);
  });

  it("takes the delimiter from sep=; and guesses it otherwise, blank lines aside", () => {
    expect(table(fixture("youtube-table-data.csv")).header[0]).toBe("Content");
    expect(table(fixture("tracker-da.csv")).header).toHaveLength(24);
    expect(table(utf8("a\tb\tc\n\n1\t2\t3\n")).rows[0]?.cells).toEqual(["1", "2", "3"]);
  });

  it("skips GA4's comment lines and reads its first section only", () => {
    const read = table(fixture("ga4-campaigns.csv"));
    expect(read.headerLine).toBe(9);
    expect(read.header[0]).toBe("Session campaign");
    expect(read.rows.map((r) => r.cells[0])).toEqual([
      "spring_anna",
      "spring_ben",
      "spring_shared",
      "(direct)",
      "(not set)",
    ]);
  });

  it("reads a pasted table, tab-separated as web pages and sheets copy it", () => {
    const read = readPasted("Link\tLikes\nhttps://x.com/a/status/1\t5\n");
    expect("table" in read && read.table.rows[0]?.cells).toEqual(["https://x.com/a/status/1", "5"]);
  });

  it("reads the first sheet of an XLSX: shared and inline strings, numbers, dates", async () => {
    const read = table(fixture("tiktok-content.xlsx"));
    expect(read.header).toEqual([
      "Video title",
      "Video link",
      "Post time",
      "Total likes",
      "Total comments",
      "Total shares",
      "Total views",
      "Average watch time",
    ]);
    expect(read.rows[0]?.cells).toEqual([
      "Spring haul #ad",
      "https://www.tiktok.com/@bencole/video/7301234567890123456",
      "March 22",
      "1.3K",
      95,
      52,
      24500,
      8.4,
    ]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Posts");
    sheet.addRow(["Link", "Posted", "At", "Note", "Likes"]);
    sheet.addRow([
      "https://x.com/a/status/1",
      new Date(Date.UTC(2026, 2, 5)),
      new Date(Date.UTC(2026, 2, 5, 14, 30)),
      "A & B <c>",
      5,
    ]);
    sheet.getCell("B2").numFmt = "dd/mm/yyyy";
    sheet.getCell("C2").numFmt = "yyyy-mm-dd hh:mm";
    sheet.getCell("E3").value = 7;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const rows = table(bytes).rows;
    expect(rows[0]?.cells).toEqual([
      "https://x.com/a/status/1",
      "2026-03-05",
      "2026-03-05T14:30",
      "A & B <c>",
      5,
    ]);
    // A row with one cell: the cells before it are blank.
    expect(rows[1]).toEqual({ line: 3, cells: ["", "", "", "", 7] });
  });
});

describe("what is refused, in words", () => {
  it.each([
    ["an empty file", new Uint8Array(0), "import.file.empty"],
    ["only spaces and a byte-order mark", utf8("\uFEFF  \n\n"), "import.file.empty"],
    [
      "an image",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      "import.file.binary",
    ],
    [
      "an old .xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "import.file.xls",
    ],
    [
      "text in another encoding",
      new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0xf8, 0x72, 0x67, 0x65, 0x6e]),
      "import.file.notUtf8",
    ],
    [
      "one column",
      utf8("Link\nhttps://x.com/a/status/1\nhttps://x.com/a/status/2\n"),
      "import.file.oneColumn",
    ],
    ["a header without rows", utf8("Link,Likes\n"), "import.file.headerOnly"],
    [
      "prose, not a table",
      utf8(
        "Dear team, the numbers\nare in, and they look good, better than March, I think.\nSee you, all of you, on Monday, at nine.\n",
      ),
      "import.file.notTable",
    ],
    [
      "a ZIP that is no workbook",
      zipSync({ "notes.txt": utf8("hello") }),
      "import.file.xlsxBroken",
    ],
  ])("%s", (_name, bytes, key) => {
    expect(problem(bytes)?.key).toBe(key);
  });

  it("names the row where a quoted cell never ends", () => {
    expect(
      problem(
        utf8('Link,Note\nhttps://x.com/a/status/1,"ok"\nhttps://x.com/a/status/2,"never ends\n'),
      ),
    ).toEqual({
      key: "import.file.quotes",
      params: { row: 3 },
    });
  });

  it("says the size limit of a file too large", () => {
    expect(problem(new Uint8Array(LIMITS.bytes + 1))).toEqual({
      key: "import.file.tooLarge",
      params: { limit: 20 },
    });
  });

  it("says how many rows it takes at once", () => {
    const rows = Array.from({ length: LIMITS.rows + 1 }, (_, i) => `https://x.com/a/status/${i},1`);
    expect(problem(utf8(`Link,Likes\n${rows.join("\n")}`))).toEqual({
      key: "import.file.tooManyRows",
      params: { rows: LIMITS.rows + 1, limit: LIMITS.rows },
    });
  });
});
