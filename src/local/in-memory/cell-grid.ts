import type { Rect } from "./a1";

/**
 * Per-cell properties HyperFormula does not keep (number formats, font weights, backgrounds,
 * notes), stored sparsely by 1-based row and column.
 */
export class CellGrid<T> {
  private rows = new Map<number, Map<number, T>>();

  get(row: number, column: number): T | undefined {
    return this.rows.get(row)?.get(column);
  }

  set(row: number, column: number, value: T | null | undefined): void {
    let line = this.rows.get(row);
    if (value === undefined || value === null) {
      line?.delete(column);
      return;
    }
    if (!line) {
      line = new Map();
      this.rows.set(row, line);
    }
    line.set(column, value);
  }

  /** Sets every cell of rect, from a 2D array of its shape or from one value. */
  fill(rect: Rect, values: T | undefined | readonly (readonly (T | undefined)[])[]): void {
    for (let r = 0; r < rect.numRows; r++) {
      for (let c = 0; c < rect.numColumns; c++) {
        const value = Array.isArray(values) ? values[r]?.[c] : (values as T | undefined);
        this.set(rect.row + r, rect.column + c, value);
      }
    }
  }

  read(rect: Rect, fallback: T): T[][] {
    return Array.from({ length: rect.numRows }, (_, r) =>
      Array.from(
        { length: rect.numColumns },
        (_, c) => this.get(rect.row + r, rect.column + c) ?? fallback,
      ),
    );
  }

  /** Shifts rows below `after` down by `count`; new rows may copy row `after`. */
  insertRows(after: number, count: number, inherit: boolean): void {
    const shifted = new Map<number, Map<number, T>>();
    for (const [row, line] of this.rows) shifted.set(row > after ? row + count : row, line);
    const above = shifted.get(after);
    if (inherit && above) {
      for (let r = after + 1; r <= after + count; r++) shifted.set(r, new Map(above));
    }
    this.rows = shifted;
  }

  /** Drops rows from..from+count-1 and shifts the rows below up, as deleting rows does. */
  deleteRows(from: number, count: number): void {
    const shifted = new Map<number, Map<number, T>>();
    for (const [row, line] of this.rows) {
      if (row < from) shifted.set(row, line);
      else if (row >= from + count) shifted.set(row - count, line);
    }
    this.rows = shifted;
  }

  /** Drops columns from..from+count-1 and shifts the columns right of them left. */
  deleteColumns(from: number, count: number): void {
    for (const [row, line] of this.rows) {
      const shifted = new Map<number, T>();
      for (const [column, value] of line) {
        if (column < from) shifted.set(column, value);
        else if (column >= from + count) shifted.set(column - count, value);
      }
      this.rows.set(row, shifted);
    }
  }

  /** Shifts columns right of `after` by `count`, as inserting columns does. */
  insertColumns(after: number, count: number): void {
    for (const [row, line] of this.rows) {
      const shifted = new Map<number, T>();
      for (const [column, value] of line) {
        shifted.set(column > after ? column + count : column, value);
      }
      this.rows.set(row, shifted);
    }
  }

  /** Every set cell, for export. */
  *entries(): Generator<[row: number, column: number, value: T]> {
    for (const [row, line] of this.rows) {
      for (const [column, value] of line) yield [row, column, value];
    }
  }
}
