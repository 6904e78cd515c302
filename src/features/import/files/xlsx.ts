/**
 * The first sheet of an XLSX workbook as rows, unzipped with fflate and read with a few regular
 * expressions over its XML (the workbook, its relationships, shared strings, number formats and
 * the sheet), enough for the tables exports hold: text, numbers, booleans, cached formula
 * results, and dates as ISO text ("2025-08-31", "2025-08-31T14:05"). A row keeps its number in
 * the sheet; cells left out of the XML are blank.
 */
import { type Unzipped, unzipSync } from "fflate";
import { LIMITS, refuse } from "./problem";
import type { GridRow, RawCell } from "./table";

/** What the XML parts may unzip to at most, so a small file cannot expand without end. */
const MAX_UNZIPPED = 10 * LIMITS.bytes;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

const unescapeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name] ?? all;
  });

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The text of every <t> in a piece of XML, phonetic runs (<rPh>) aside. */
const textOf = (xml: string): string =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => unescapeXml(m[1] ?? ""))
    .join("");

/** Number formats that show dates: the built-in ones and any whose code has d, m, y or h. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function dateStyles(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    custom.set(
      Number(attribute(m[0], "numFmtId")),
      unescapeXml(attribute(m[0], "formatCode") ?? ""),
    );
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attribute(m[0], "numFmtId") ?? 0);
    const code = custom.get(id);
    if (code === undefined) return BUILT_IN_DATES.has(id);
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    return /[dmyh]/i.test(bare) && !/^general$/i.test(bare.trim());
  });
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date cell's serial number as ISO text: the day, and the time where it has one. */
function serialDate(serial: number, date1904: boolean): string {
  const at = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS));
  const iso = at.toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** "BC" → 54 (0-based column of a cell reference's letters). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const letter of /^[A-Z]+/.exec(reference)?.[0] ?? "") {
    index = index * 26 + letter.charCodeAt(0) - 64;
  }
  return index - 1;
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_UNZIPPED)
          refuse("import.file.tooLarge", { limit: LIMITS.bytes / (1024 * 1024) });
        return true;
      },
    });
  } catch (error) {
    if ((error as Error).name === "FileError") throw error;
    return refuse("import.file.xlsxBroken");
  }
}

const utf8 = (bytes: Uint8Array | undefined): string | undefined =>
  bytes && new TextDecoder("utf-8").decode(bytes);

/** The path in the archive of the workbook's first sheet. */
function firstSheetPath(workbook: string, rels: string): string {
  const sheet = /<sheet\b[^>]*>/.exec(workbook)?.[0] ?? refuse("import.file.xlsxEmpty");
  const id = /\s[A-Za-z]\w*:id="([^"]*)"/.exec(sheet)?.[1];
  const relation = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attribute(tag, "Id") === id);
  const target = relation && attribute(relation, "Target");
  if (!target) return refuse("import.file.xlsxBroken");
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export function readXlsx(bytes: Uint8Array): GridRow[] {
  const parts = unzip(bytes, (name) =>
    [
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
    ].includes(name),
  );
  const workbook = utf8(parts["xl/workbook.xml"]);
  const rels = utf8(parts["xl/_rels/workbook.xml.rels"]);
  if (!workbook || !rels) return refuse("import.file.xlsxBroken");
  const path = firstSheetPath(workbook, rels);
  const sheet =
    utf8(unzip(bytes, (name) => name === path)[path]) ?? refuse("import.file.xlsxBroken");
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook);
  const shared = [
    ...(utf8(parts["xl/sharedStrings.xml"]) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => textOf(m[1] ?? ""));
  const dates = dateStyles(utf8(parts["xl/styles.xml"]));
  const rows: GridRow[] = [];
  for (const row of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attribute(row[1] ?? "", "r") ?? rows.length + 1);
    const cells: RawCell[] = [];
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = cell[1] ?? "";
      const inner = cell[2] ?? "";
      const column = columnIndex(attribute(tag, "r") ?? "");
      const at = column >= 0 ? column : cells.length;
      const type = attribute(tag, "t") ?? "n";
      const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: RawCell = "";
      if (type === "inlineStr") value = textOf(inner);
      else if (raw === undefined) value = "";
      else if (type === "s") value = shared[Number(raw)] ?? "";
      else if (type === "b") value = raw === "1" ? "TRUE" : "FALSE";
      else if (type === "str" || type === "e" || type === "d") value = unescapeXml(raw);
      else {
        const number = Number(raw);
        const style = Number(attribute(tag, "s") ?? 0);
        value = !Number.isFinite(number)
          ? raw
          : dates[style]
            ? serialDate(number, date1904)
            : number;
      }
      while (cells.length < at) cells.push("");
      cells[at] = value;
    }
    rows.push({ line, cells });
  }
  return rows;
}
