/**
 * A sheet as a grid: column letters and row numbers, frozen rows and columns kept in view,
 * cells as Sheets shows them, the selected cell outlined, the add-on's selection shaded and
 * its charts over the cells they are anchored to. Arrow keys move, Enter or typing edits in
 * the formula bar.
 */
import type { CellRect, SheetView } from "../views";

const ROW_HEIGHT = 21;
const HEADER_WIDTH = 46;

export interface Cell {
  readonly row: number;
  readonly column: number;
}

/** "A", "B", … "Z", "AA": a column's letters. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const inside = (rect: CellRect | null, row: number, column: number) =>
  rect !== null &&
  row >= rect.row &&
  row < rect.row + rect.numRows &&
  column >= rect.column &&
  column < rect.column + rect.numColumns;

interface GridProps {
  readonly view: SheetView;
  readonly selected: Cell;
  /** The block the add-on selected (Show the rows). */
  readonly highlight: CellRect | null;
  readonly select: (cell: Cell) => void;
  /** Starts editing the selected cell, with a first character typed or not. */
  readonly edit: (typed?: string) => void;
}

export function Grid({ view, selected, highlight, select, edit }: GridProps) {
  const left = [HEADER_WIDTH];
  for (const width of view.widths) left.push((left[left.length - 1] ?? 0) + width);
  const width = left[left.length - 1] ?? 0;
  const rows = view.cells.length;
  const columns = view.widths.length;
  const sticky = (row: number, column: number) => {
    const style: Record<string, string | number> = {};
    if (row <= view.frozenRows)
      Object.assign(style, { position: "sticky", top: row * ROW_HEIGHT, zIndex: 2 });
    if (column <= view.frozenColumns) {
      Object.assign(style, {
        position: "sticky",
        left: left[column - 1] ?? 0,
        zIndex: row <= view.frozenRows ? 3 : 1,
      });
    }
    return style;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Readonly<Record<string, [number, number]>> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const row = Math.min(rows, Math.max(1, selected.row + move[0]));
      const column = Math.min(columns, Math.max(1, selected.column + move[1]));
      select({ row, column });
      document
        .querySelector(`[data-cell="${row}:${column}"]`)
        ?.scrollIntoView({ block: "nearest", inline: "nearest" });
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      edit();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      edit(event.key);
    }
  };
  /** The cell a click landed on (one listener for the grid, which also takes the keys). */
  const cellAt = (event: MouseEvent): Cell | undefined => {
    const at = (event.target as HTMLElement).closest<HTMLElement>("[data-cell]")?.dataset.cell;
    const [row, column] = (at ?? "").split(":").map(Number);
    return row && column ? { row, column } : undefined;
  };
  return (
    // A table would take the grid's place in the layout; the grid role gives the keys here.
    // biome-ignore lint/a11y/useSemanticElements: a scrolling container around the table
    <div
      class="grid"
      role="grid"
      tabIndex={0}
      aria-label={view.name}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        const cell = cellAt(event);
        if (cell) select(cell);
      }}
      onDblClick={(event) => {
        const cell = cellAt(event);
        if (!cell) return;
        select(cell);
        edit();
      }}
    >
      <table style={{ width }}>
        <colgroup>
          <col style={{ width: HEADER_WIDTH }} />
          {view.widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th class="corner" style={sticky(0, 0)} />
            {view.widths.map((_, c) => (
              <th key={c} class="column-head" style={sticky(0, c + 1)}>
                {columnLetters(c + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.cells.map((line, r) => (
            <tr key={r}>
              <th class="row-head" style={sticky(r + 1, 0)}>
                {r + 1}
              </th>
              {line.map((cell, c) => {
                const row = r + 1;
                const column = c + 1;
                const classes = [
                  cell.align ?? "",
                  cell.bold ? "bold" : "",
                  inside(highlight, row, column) ? "highlight" : "",
                  selected.row === row && selected.column === column ? "selected" : "",
                  cell.note ? "noted" : "",
                ];
                return (
                  <td
                    key={c}
                    data-cell={`${row}:${column}`}
                    class={classes.filter(Boolean).join(" ")}
                    title={cell.note}
                    style={{
                      ...(cell.background && { background: cell.background }),
                      ...(cell.color && { color: cell.color }),
                      ...sticky(row, column),
                    }}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {view.charts.map((chart) => (
        <figure
          key={`${chart.row}:${chart.column}`}
          class="chart"
          style={{
            left: left[chart.column - 1] ?? 0,
            top: chart.row * ROW_HEIGHT,
            width: chart.width,
            minHeight: chart.height,
          }}
          // The chart's SVG is built by the add-on's chart code (core/charts.ts), every text
          // escaped there.
          dangerouslySetInnerHTML={{ __html: chart.svg }}
        />
      ))}
    </div>
  );
}
