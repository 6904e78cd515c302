/**
 * The native charts the add-on puts on a report sheet, drawn simply for the preview: each
 * stand-in chart's ranges (labels first, then one range per series, the header row naming
 * them) as the report page's bar chart, at its anchor cell and size.
 */
import { barChart } from "../../core/charts";
import type { FakeChart } from "../in-memory/builders";
import type { InMemoryRange } from "../in-memory/range";
import { cellText, type Where } from "./cell-text";
import type { DrawnChart } from "./views";

export function drawChart(chart: FakeChart, where: Where): DrawnChart {
  const ranges = chart.getRanges() as InMemoryRange[];
  const headers = chart.numHeaders;
  const columns = ranges.map((range) => {
    const values = range.readValues().map((line) => line[0]);
    const formats = range.sheet.formats.read(range.rect, "").map((line) => line[0] ?? "");
    return { values, formats };
  });
  const [labels, ...series] = columns;
  const names = series.map((s) => (headers > 0 ? String(s.values[0] ?? "") : ""));
  const rows = (labels?.values ?? []).slice(headers).flatMap((label, i) => {
    const at = i + headers;
    if (label === "" || label === undefined) return [];
    const values = series.map((s) => {
      const value = s.values[at];
      return typeof value === "number" ? value : 0;
    });
    const texts = series.map((s) => cellText(s.values[at], s.formats[at] ?? "", where));
    return [{ label: cellText(label, labels?.formats[at] ?? "", where), values, texts }];
  });
  const options = chart.getOptions();
  const title = String(options.get("title") ?? "");
  return {
    row: chart.position.row,
    column: chart.position.column,
    width: Number(options.get("width") ?? 480),
    height: Number(options.get("height") ?? 300),
    svg: barChart(title, names, rows),
  };
}
