/**
 * Finding the add-on's columns by their headers, in any language the sheets have been in and
 * under the labels of earlier versions, wherever a user moved them or inserted columns of their
 * own: the one place header matching lives.
 */
import type { CellValue } from "../core/cells";
import type { Catalog, CoreCatalog } from "../core/i18n/catalog";
import { type ColumnKey, columnLabel, textsOf } from "../core/labels";
import type { Positions, TableTemplate } from "./templates/template";
import { type SheetHead, UserError } from "./workbook";

/** Every header a column of the add-on has had in these languages, and in earlier releases. */
export function labelsOf(known: readonly CoreCatalog[]) {
  return (key: string): string[] => textsOf(known, `col.${key as ColumnKey}`);
}

/** How a header is matched: trimmed, case aside. */
export const normalise = (value: unknown) =>
  String(value ?? "")
    .trim()
    .toLowerCase();

/**
 * Where each column of the template sits in an existing sheet: found by its header (current or
 * earlier label); a header that was cleared or renamed keeps its column where the template put
 * it, as long as no other column claims that place. Missing columns go after the last used one.
 */
export function locateColumns<K extends string>(
  t: Pick<TableTemplate<K>, "headerRow"> & {
    readonly columns: readonly { readonly key: K; readonly since?: number }[];
  },
  head: SheetHead,
  labelsOf: (key: K) => readonly string[],
  /** The sheet, whose name (a call to Sheets) is read only for a problem. */
  sheet: { readonly name: string },
  /** The template version the sheet was made with: newer columns were never in it. */
  sheetVersion = Number.POSITIVE_INFINITY,
): { positions: Positions<K>; added: K[] } {
  const header = head.values[t.headerRow - 1] ?? [];
  const found = new Map<K, number>();
  const claimed = new Set<number>();
  for (const c of t.columns) {
    const labels = labelsOf(c.key).map(normalise);
    const index = header.findIndex(
      (cell, i) => !claimed.has(i + 1) && labels.includes(normalise(cell)),
    );
    if (index >= 0) {
      found.set(c.key, index + 1);
      claimed.add(index + 1);
    }
  }
  if (found.size < t.columns.length / 2) {
    throw new UserError({
      key: "err.headersGone",
      params: { row: t.headerRow, sheet: sheet.name },
    });
  }
  const known = new Set(t.columns.flatMap((c) => labelsOf(c.key).map(normalise)));
  t.columns.forEach((c, i) => {
    if (found.has(c.key) || (c.since ?? 1) > sheetVersion) return;
    const place = i + 1;
    if (!claimed.has(place) && !known.has(normalise(header[place - 1]))) {
      found.set(c.key, place);
      claimed.add(place);
    }
  });
  const added: K[] = [];
  let next = Math.max(head.lastColumn, ...claimed) + 1;
  for (const c of t.columns) {
    if (found.has(c.key)) continue;
    found.set(c.key, next++);
    added.push(c.key);
  }
  return { positions: Object.fromEntries(found) as Record<K, number>, added };
}

/** The position of a column a sheet does not have (a later column, read as blank). */
export const ABSENT = 0;

/** Where a sheet's columns are now, by their headers; a clear error naming one that is gone. */
export function locateHeader<K extends string>(
  header: readonly CellValue[],
  keys: readonly K[],
  known: readonly Catalog[],
  /** The sheet, whose name (a call to Sheets) is read only for a problem. */
  sheet: { readonly name: string },
  /** Columns a sheet from before them may lack: position 0, read as blank, never an error. */
  later: ReadonlySet<K> = new Set(),
): Positions<K> {
  const head = {
    values: [[...header]],
    formulas: [],
    lastColumn: header.length,
    maxRows: 1,
    maxColumns: header.length,
  };
  // A later column is found by its header only, never by the place the template gives it.
  const columns = keys.map((key) => ({ key, since: later.has(key) ? 2 : 1 }));
  const { positions, added } = locateColumns(
    { headerRow: 1, columns },
    head,
    labelsOf(known),
    sheet,
    1,
  );
  const found: Record<K, number> = { ...positions };
  for (const key of added) if (later.has(key)) found[key] = ABSENT;
  const missing = added.find((key) => !later.has(key));
  if (missing !== undefined && known[0]) {
    const column = columnLabel(known[0], missing as Parameters<typeof columnLabel>[1]);
    throw new UserError({ key: "err.columnMissing", params: { sheet: sheet.name, column } });
  }
  return found;
}
