/** The report's SVG charts: geometry from the values, escaped text, accessible markup. */

import { describe, expect, it } from "vitest";
import {
  barChart,
  clip,
  funnelChart,
  type ProgressRow,
  progressChart,
} from "../../src/core/charts";
import { escapeHtml } from "../../src/core/markup";

const INJECTION = "<img src=x onerror=alert(1)>";

/** The attributes of each element of a kind, in document order. */
function elements(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map(([, attributes]) =>
    Object.fromEntries(
      [...(attributes ?? "").matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]),
    ),
  );
}
const widths = (svg: string, fill?: string) =>
  elements(svg, "rect")
    .filter((r) => !fill || r.fill === fill)
    .map((r) => r.width);
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(([, t]) => t ?? "");

/**
 * Each text's box as Chromium lays it out in the tallest font the report may use (Noto Sans
 * CJK: 1.16em above the baseline, 0.288em below), at the chart's 12 px unless it sets a size.
 */
const textBoxes = (svg: string) =>
  elements(svg, "text").map((t) => {
    const size = Number(t["font-size"] ?? 12);
    return {
      baseline: Number(t.y),
      top: Number(t.y) - 1.16 * size,
      bottom: Number(t.y) + 0.288 * size,
    };
  });

/**
 * Every text keeps a pixel inside its chart's top and bottom, and texts on different lines
 * share no pixel row: the chart's height leaves each line the room its font needs.
 */
function expectTextsFit(svg: string): void {
  const height = Number(elements(svg, "svg")[0]?.height);
  const boxes = textBoxes(svg);
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.top).toBeGreaterThanOrEqual(1);
    expect(box.bottom).toBeLessThanOrEqual(height - 1);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.baseline !== b.baseline) expect(a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    }
  }
}

/** Where each text sits across the chart: 2 px after its left side, 2 px before its right, or at x. */
const across = (svg: string) =>
  elements(svg, "text").map((t) => {
    if (t.x === "2" && !t.dx && !t["text-anchor"]) return "left";
    if (t.x === "100%" && t.dx === "-2" && t["text-anchor"] === "end") return "right";
    return `${t.x} ${t["text-anchor"] ?? "start"}`;
  });

function expectAccessible(svg: string, title: string): void {
  expect(svg.match(/<svg\b/g)).toHaveLength(1);
  expect(svg).toMatch(/^<svg [^>]*role="img"/);
  expect(svg).toContain(`aria-label="${escapeHtml(title)}"`);
  expect(svg).toContain(`<title>${escapeHtml(title)}</title>`);
  // Fills its container's width; only heights are in pixels.
  expect(svg).toMatch(/^<svg [^>]*width="100%" height="\d+(\.\d+)?"/);
  expect(svg).not.toContain("viewBox");
}

describe("escapeHtml and clip", () => {
  it("escapes the five markup characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });
  it("cuts long text with an ellipsis, wide characters counting double", () => {
    expect(clip("Lena", 10)).toBe("Lena");
    expect(clip("Anna Katharina Longname", 10)).toBe("Anna Katha…");
    expect(clip("王小美王小美王小美", 6)).toBe("王小美…");
    // Emoji are wide too, and never split in half.
    expect(clip("😀😀😀", 4)).toBe("😀😀…");
  });
});

describe("barChart", () => {
  const rows = [
    { label: "Lena", values: [4000, 1000], texts: ["$4,000", "$1,000"] },
    { label: INJECTION, values: [2000, -5], texts: ["$2,000", "-$5"] },
  ];
  const svg = barChart("EMV & cost", ["EMV", "Cost"], rows);

  it("draws each value on one scale, the largest full width, negatives as nothing", () => {
    expect(widths(svg)).toEqual(["100%", "25%", "50%", "0%"]);
    expect(elements(svg, "rect").map((r) => r.x)).toEqual(["0%", "0%", "0%", "0%"]);
    expect(widths(svg, "#1a73e8")).toEqual(["100%", "50%"]);
    expect(widths(svg, "#f29900")).toEqual(["25%", "0%"]);
  });

  it("writes long bars' values inside them, short bars' values after them", () => {
    const values = elements(svg, "text").filter((t) => t.dx);
    expect(values.map((t) => [t.x, t.dx, t["text-anchor"]])).toEqual([
      ["100%", "-4", "end"],
      ["25%", "4", undefined],
      ["50%", "4", undefined],
      ["0%", "4", undefined],
    ]);
  });

  it("gives each text a line of its own, inside the chart, labels after its left side", () => {
    expectTextsFit(svg);
    expectTextsFit(barChart("EMV", ["EMV"], rows));
    expect(across(svg)).toEqual([
      "left",
      "left",
      "100% end",
      "25% start",
      "left",
      "50% start",
      "0% start",
    ]);
    // Each bar in the middle of its value's line: the value's baseline 15.5 px below the
    // line's top, the 14 px bar 3 px below it.
    const values = elements(svg, "text").filter((t) => t.dx);
    const bars = elements(svg, "rect");
    expect(bars.map((r, i) => Number(values[i]?.y) - Number(r.y))).toEqual([
      12.5, 12.5, 12.5, 12.5,
    ]);
  });

  it("shows a legend for two series, none for one", () => {
    expect(svg).toContain('<tspan dx="4">EMV</tspan>');
    expect(svg).toContain('<tspan dx="4">Cost</tspan>');
    expect(barChart("EMV", ["EMV"], [rows[0] as never])).not.toContain("<tspan");
  });

  it("escapes labels, title and values", () => {
    expectAccessible(svg, "EMV & cost");
    expect(svg).not.toContain("<img");
    expect(texts(svg)).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).toContain("<title>&lt;img src=x onerror=alert(1)&gt;: $2,000 · -$5</title>");
  });

  it("grows in height with its rows, and cuts long labels, whole in their tooltip", () => {
    const long = "Influencer With A Remarkably Long Display Name Indeed";
    const one = barChart("t", ["a"], [{ label: long, values: [1], texts: ["1"] }]);
    const three = barChart("t", ["a"], Array(3).fill({ label: "x", values: [1], texts: ["1"] }));
    const height = (s: string) => Number(elements(s, "svg")[0]?.height);
    expect(height(three)).toBeGreaterThan(2.5 * height(one));
    expect(texts(one)[0]).toBe(`${clip(long, 44)}`);
    expect(texts(one)[0]).toMatch(/…$/);
    expect(one).toContain(`<title>${long}: 1</title>`);
  });

  it("draws an empty or all-zero chart without dividing by zero", () => {
    expect(barChart("t", ["a"], [])).toMatch(/height="1"/);
    const zero = barChart("t", ["a"], [{ label: "x", values: [0], texts: ["0"] }]);
    expect(widths(zero)).toEqual(["0%"]);
    expect(zero).not.toContain("NaN");
  });
});

describe("progressChart", () => {
  const row = (progress: number | null, elapsed: number | null): ProgressRow => ({
    label: "Sales",
    progress,
    elapsed,
    text: "x",
    tone: "ok",
  });
  const names = { target: "Target (100%)", elapsed: "Time elapsed" };
  const target = (svg: string) => elements(svg, "line").find((l) => l["stroke-dasharray"])?.x1;
  const markers = (svg: string) =>
    elements(svg, "line")
      .filter((l) => !l["stroke-dasharray"])
      .map((l) => l.x1);

  it("scales to 100% when no KPI is past its target", () => {
    const svg = progressChart("Progress", [row(0.5, 0.75), row(0.25, 0.2)], names);
    expectAccessible(svg, "Progress");
    expect(target(svg)).toBe("100%");
    // The track, then the bar, for each KPI.
    expect(widths(svg)).toEqual(["100%", "50%", "100%", "25%"]);
    expect(markers(svg)).toEqual(["75%", "20%"]);
  });

  it("stretches to the largest progress, up to 200%, and cuts longer bars", () => {
    const svg = progressChart("p", [row(1.25, 1), row(0.5, 0.5)], names);
    expect(target(svg)).toBe("80%");
    expect(widths(svg, "#1a73e8")).toEqual(["100%", "40%"]);
    expect(markers(svg)).toEqual(["80%", "40%"]);
    const capped = progressChart("p", [row(3.4, 1), row(1, 1)], names);
    expect(target(capped)).toBe("50%");
    expect(widths(capped, "#1a73e8")).toEqual(["100%", "50%"]);
  });

  it("gives each text a line of its own inside the chart, values before its right side", () => {
    const svg = progressChart("p", [row(0.5, 0.75), row(1.4, null), row(0.2, 0.1)], names);
    expectTextsFit(svg);
    expect(across(svg)).toEqual([
      "left",
      ...["left", "right", "53.57% middle"],
      ...["left", "right"],
      ...["left", "right", "7.14% middle"],
    ]);
  });

  it("keeps the ▲ whole at the chart's sides, against the side within 2% of it", () => {
    const svg = progressChart(
      "p",
      [row(0.5, 0), row(0.5, 0.015), row(0.5, 0.03), row(0.5, 1)],
      names,
    );
    const marks = elements(svg, "text").filter((_, i) => texts(svg)[i] === "▲");
    expect(marks.map((t) => [t.x, t.dx, t["text-anchor"]])).toEqual([
      ["2", undefined, undefined],
      ["2", undefined, undefined],
      ["3%", undefined, "middle"],
      ["100%", "-2", "end"],
    ]);
    // The marker's line tucks under its bar: the ▲'s box starts at the bar's foot.
    const bar = elements(svg, "rect")[0];
    expect(Number(marks[0]?.y) - 1.16 * 10).toBeCloseTo(Number(bar?.y) + Number(bar?.height), 0);
  });

  it("draws no bar for unknown or negative progress and no marker without dates", () => {
    const svg = progressChart("p", [row(null, null), row(-0.4, 0.3)], names);
    expect(widths(svg)).toEqual(["100%", "100%"]);
    expect(markers(svg)).toEqual(["30%"]);
  });

  it("colours each bar by its tone and escapes its texts", () => {
    const svg = progressChart(
      "p",
      [
        { ...row(0.5, 0.5), tone: "bad", label: INJECTION, text: "50% · <b>" },
        { ...row(1, 0.5), tone: "good" },
      ],
      names,
    );
    const fills = elements(svg, "rect").map((r) => r.fill);
    expect(fills).toEqual(["#e8eaed", "#d93025", "#e8eaed", "#188038"]);
    expect(svg).not.toMatch(/<img|<b>/);
    expect(texts(svg)).toContain("50% · &lt;b&gt;");
  });
});

describe("funnelChart", () => {
  const svg = funnelChart("Funnel", [
    { label: "Impressions", value: 1000, text: "1,000", rate: null },
    { label: "Engagements", value: 500, text: "500", rate: "50%" },
    { label: "Clicks", value: 1, text: "1", rate: "0.2%" },
    { label: "Conversions", value: 0, text: "0", rate: null },
  ]);

  it("centres bars proportional to the first stage, at least a sliver wide", () => {
    expectAccessible(svg, "Funnel");
    const bars = elements(svg, "rect");
    expect(bars.map((r) => r.width)).toEqual(["100%", "50%", "1%", "1%"]);
    expect(bars.map((r) => r.x)).toEqual(["0%", "25%", "49.5%", "49.5%"]);
    // Each stage below the one before.
    const ys = bars.map((r) => Number(r.y));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("writes each step's rate between the stages, a dash when there is none", () => {
    expect(texts(svg).filter((t) => t.startsWith("↓"))).toEqual(["↓ 50%", "↓ 0.2%", "↓ –"]);
  });

  it("gives each text a line of its own inside the chart, values before its right side", () => {
    expectTextsFit(svg);
    expect(across(svg)).toEqual([
      ...["left", "right"],
      ...["50% middle", "left", "right"],
      ...["50% middle", "left", "right"],
      ...["50% middle", "left", "right"],
    ]);
    // Each stage's name above its bar, the chart ending with the last bar.
    const bars = elements(svg, "rect");
    const names = elements(svg, "text").filter((t) => t.x === "2");
    expect(bars.map((r, i) => Number(r.y) - Number(names[i]?.y))).toEqual([4.5, 4.5, 4.5, 4.5]);
    const last = bars.at(-1);
    expect(Number(last?.y) + Number(last?.height)).toBe(Number(elements(svg, "svg")[0]?.height));
  });

  it("draws a funnel with nothing at its top without dividing by zero", () => {
    const empty = funnelChart("f", [
      { label: "Impressions", value: 0, text: "0", rate: null },
      { label: "Clicks", value: 0, text: "0", rate: null },
    ]);
    expect(empty).not.toContain("NaN");
    expect(widths(empty)).toEqual(["1%", "1%"]);
  });

  it("joins a row's name and values in its tooltip as the reader's language does", () => {
    const chinese = funnelChart(
      "漏斗",
      [{ label: "曝光量", value: 10, text: "10", rate: null }],
      "：",
    );
    expect(chinese).toContain("<title>曝光量：10</title>");
    const bars = barChart("b", ["EMV"], [{ label: "安娜", values: [1], texts: ["$1"] }], "：");
    expect(bars).toContain("<title>安娜：$1</title>");
  });
});
