/**
 * A file's bytes as text, or as a workbook to unzip: UTF-8 (with or without its byte-order
 * mark) and UTF-16 with its mark are text; a ZIP is an XLSX workbook; anything else that is not
 * text (an image, a PDF, an old .xls, text in another encoding) is refused in words.
 */
import { LIMITS, refuse } from "./problem";

export type Decoded = { readonly text: string } | { readonly zip: Uint8Array };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

/** Control characters no table holds (tab, line feed and carriage return are fine). */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

function decode(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be", skip: number) {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
  } catch {
    return refuse("import.file.notUtf8");
  }
}

export function decodeFile(bytes: Uint8Array): Decoded {
  if (bytes.length > LIMITS.bytes) {
    refuse("import.file.tooLarge", { limit: LIMITS.bytes / (1024 * 1024) });
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { zip: bytes };
  // The compound file of Excel 97-2003 (.xls): a format of its own, not a table of text.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) refuse("import.file.xls");
  let text: string;
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) text = decode(bytes, "utf-8", 3);
  else if (startsWith(bytes, 0xff, 0xfe)) text = decode(bytes, "utf-16le", 2);
  else if (startsWith(bytes, 0xfe, 0xff)) text = decode(bytes, "utf-16be", 2);
  else {
    if (bytes.includes(0)) refuse("import.file.binary");
    text = decode(bytes, "utf-8", 0);
  }
  if (text.trim() === "") refuse("import.file.empty");
  // A few stray control characters are dirt; many mean the bytes were never text.
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(8, text.length / 100)) refuse("import.file.binary");
  return { text: text.replace(CONTROL, "") };
}
