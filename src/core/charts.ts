/**
 * The HTML report's charts as inline SVG markup: bars (one or two series), KPI progress against
 * target, and the funnel. Pure string building, so the same code runs in Apps Script and Node.
 *
 * Horizontal positions are percentages of the chart's width and everything vertical is in
 * pixels: the chart fills its container (width 100%) while its text keeps its size, legible
 * at a phone's 360 px and in print, where a scaled viewBox would shrink the text with the
 * chart. Each line of text has a line box of its own (see LINE below) and keeps clear of the
 * chart's sides; each label sits on its own line above its bar, and labels too long for a
 * phone are cut with "…" and shown whole in the row's tooltip. Values come formatted by the
 * caller.
 */

import { escapeHtml } from "./markup";

/** How a bar reads: good (met), ok (on track), warn (at risk), bad (missed), none. */
export type Tone = "good" | "ok" | "warn" | "bad" | "none";

const TONES: Readonly<Record<Tone, string>> = {
  good: "#188038",
  ok: "#1a73e8",
  warn: "#e37400",
  bad: "#d93025",
  none: "#80868b",
};
/** The two series of a bar chart (EMV, cost), then the funnel's stages. */
const SERIES = ["#1a73e8", "#f29900"];
const FUNNEL = ["#174ea6", "#1967d2", "#4285f4", "#8ab4f8"];
const INK = "#3c4043";
const TRACK = "#e8eaed";

const pct = (fraction: number): string =>
  `${Math.round(Math.max(0, Math.min(1, fraction)) * 10000) / 100}%`;

/**
 * The text, cut with "…" to about `room` Latin-letter widths (CJK and other wide characters
 * count double), so that it fits its line at 360 px.
 */
export function clip(text: string, room: number): string {
  let used = 0;
  let out = "";
  for (const char of text) {
    used += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
    if (used > room) return `${out.trimEnd()}…`;
    out += char;
  }
  return out;
}

/**
 * Chart text is 12 px (the ▲ marker 10 px). Every line of text (legend, label, value, rate,
 * marker) takes a line box of LINE px, its baseline BASELINE px below the box's top, and each
 * chart is as tall as its line boxes, bars and gaps added up, so no text reaches into another
 * line or past the chart's edge. The tallest font of the report's list, Noto Sans CJK (used
 * where Roboto and Arial are missing, as on Debian), reaches 1.16em above its baseline and
 * 0.29em below: 14 and 3 px at 12 px as Chromium rounds them. A 20 px box with its baseline at
 * 15.5 px (1.67em and 1.29em) leaves 1.5 px to spare above and below that; the marker's 12 and
 * 3 px leave 3.5 and 1.5.
 */
const FONT = 12;
const LINE = 20;
const BASELINE = 15.5;
/** Between a chart's side and a text that starts or ends there. */
const INSET = 2;
/** Between the blocks of a chart: legend and rows, one row and the next. */
const GAP = 4;

/** Where a line of text sits across the chart: after the left side, before the right, centred. */
const LEFT = `x="${INSET}"`;
const RIGHT = `x="100%" dx="-${INSET}" text-anchor="end"`;
const centred = (x: string): string => `x="${x}" text-anchor="middle"`;

/** A line of text in the line box `top` px down the chart. */
const text = (top: number, at: string, content: string, extra = ""): string =>
  `<text ${at} y="${top + BASELINE}"${extra}>${escapeHtml(content)}</text>`;

const rect = (x: number, y: number, width: number, height: number, fill: string): string =>
  `<rect x="${pct(x)}" y="${y}" width="${pct(width)}" height="${height}" fill="${fill}"/>`;

function svg(title: string, height: number, body: string): string {
  const label = escapeHtml(title);
  return `<svg class="chart" role="img" aria-label="${label}" width="100%" height="${height}" font-size="${FONT}" fill="${INK}"><title>${label}</title>${body}</svg>`;
}

/**
 * How a row's tooltip joins its label and values ("Anna: $120 · $80"); each chart takes the
 * reader's language's own (the catalog's "join.label": "：" in Chinese).
 */
const LABEL_JOIN = ": ";

/** One row of a chart, with its whole label and values as its tooltip. */
const row = (tip: string, body: string): string =>
  `<g><title>${escapeHtml(tip)}</title>${body}</g>`;

/** A legend line at the chart's top: each mark (coloured, or in the text's colour) before its name. */
const legend = (items: readonly (readonly [mark: string, name: string, color?: string])[]) =>
  `<text ${LEFT} y="${BASELINE}">${items
    .map(
      ([mark, name, color], i) =>
        `<tspan${color ? ` fill="${color}"` : ""}${i ? ' dx="14"' : ""}>${mark}</tspan><tspan dx="4">${escapeHtml(name)}</tspan>`,
    )
    .join("")}</text>`;

export interface BarRow {
  readonly label: string;
  /** One value per series; negative values draw as 0. */
  readonly values: readonly number[];
  /** The values as shown, one per series. */
  readonly texts: readonly string[];
}

const BAR = 14;

/**
 * Horizontal bars, one or more series (e.g. EMV and cost) per label, on one shared scale. Each
 * bar sits in a line of its own, centred on its value's text: inside a long bar, after a short one.
 */
export function barChart(
  title: string,
  series: readonly string[],
  rows: readonly BarRow[],
  labelJoin = LABEL_JOIN,
): string {
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  let y = 0;
  let body = "";
  if (series.length > 1) {
    body += legend(series.map((name, i) => ["■", name, SERIES[i % 2] as string]));
    y = LINE;
  }
  for (const { label, values, texts } of rows) {
    if (y > 0) y += GAP;
    let bars = text(y, LEFT, clip(label, 44), ' font-weight="600"');
    y += LINE;
    values.forEach((value, i) => {
      const share = max > 0 ? Math.max(0, value) / max : 0;
      const width = share > 0 ? Math.max(share, 0.005) : 0;
      const inside = width > 0.62;
      bars += rect(0, y + (LINE - BAR) / 2, width, BAR, SERIES[i % 2] as string);
      bars += text(
        y,
        `x="${pct(width)}"`,
        texts[i] ?? "",
        inside ? ' dx="-4" text-anchor="end" fill="#fff"' : ' dx="4"',
      );
      y += LINE;
    });
    body += row(`${label}${labelJoin}${texts.join(" · ")}`, bars);
  }
  return svg(title, Math.max(y, 1), body);
}

export interface ProgressRow {
  readonly label: string;
  /** (actual − baseline) / (target − baseline): 1 = target met; null when unknown. */
  readonly progress: number | null;
  /** Time elapsed between start and deadline, 0..1; null when unknown. */
  readonly elapsed: number | null;
  /** Shown at the row's right: progress and status, e.g. "72% · On track". */
  readonly text: string;
  readonly tone: Tone;
}

const TRACK_HEIGHT = 12;
/**
 * The marker's line reaches up into the bar's band by the room its 10 px text leaves above
 * itself (the baseline less its 12 px ascent): the ▲ sits right under the time line, its
 * text's box starting at the bar's foot.
 */
const MARK_TUCK = BASELINE - 12;

/**
 * Where the ▲ (10 px wide) goes under the time line at `share` of the width: centred on it, or
 * against the chart's side when the line is within 2% of it, so that the marker stays whole at
 * a phone's width (2% of 300 px is 6 px).
 */
function markerAt(share: number): string {
  if (share < 0.02) return LEFT;
  if (share > 0.98) return RIGHT;
  return centred(pct(share));
}

/**
 * Progress of each KPI against its target (a dashed mark at 100%), with a marker (▲) at the
 * time elapsed: a bar behind its marker is behind schedule. The scale runs to the largest
 * progress, at least 100% and at most 200% (longer bars are cut, their text says how far).
 * A KPI takes three lines: its name and progress, its bar, its marker.
 */
export function progressChart(
  title: string,
  rows: readonly ProgressRow[],
  names: { readonly target: string; readonly elapsed: string },
  labelJoin = LABEL_JOIN,
): string {
  const top = Math.min(2, Math.max(1, ...rows.map((r) => r.progress ?? 0)));
  const target = pct(1 / top);
  let body = legend([
    ["┆", names.target],
    ["▲", names.elapsed],
  ]);
  let y = LINE;
  for (const { label, progress, elapsed, text: shown, tone } of rows) {
    y += GAP;
    let line = text(y, LEFT, clip(label, 26), ' font-weight="600"');
    line += text(y, RIGHT, clip(shown, 24));
    y += LINE;
    line += rect(0, y, 1, TRACK_HEIGHT, TRACK);
    if (progress !== null && progress > 0) {
      line += rect(0, y, progress / top, TRACK_HEIGHT, TONES[tone]);
    }
    line += `<line x1="${target}" x2="${target}" y1="${y - 3}" y2="${y + TRACK_HEIGHT + 3}" stroke="#202124" stroke-dasharray="3 2"/>`;
    if (elapsed !== null) {
      const x = pct(elapsed / top);
      line += `<line x1="${x}" x2="${x}" y1="${y - 2}" y2="${y + TRACK_HEIGHT + 2}" stroke="#202124" stroke-width="2"/>`;
      line += text(
        y + TRACK_HEIGHT - MARK_TUCK,
        markerAt(elapsed / top),
        "▲",
        ' font-size="10" fill="#202124"',
      );
    }
    body += row(`${label}${labelJoin}${shown}`, line);
    y += TRACK_HEIGHT - MARK_TUCK + LINE;
  }
  return svg(title, y, body);
}

export interface FunnelRow {
  readonly label: string;
  readonly value: number;
  /** The value as shown. */
  readonly text: string;
  /** This stage's rate over the one before, as shown; null for the first or over a zero. */
  readonly rate: string | null;
}

const STAGE_HEIGHT = 18;

/**
 * The funnel: one centred bar per stage, widths proportional to the first stage's value (at
 * least a sliver, so a small last stage stays visible), with each step's rate between them.
 * A stage takes its rate's line, its name and value's line, then its bar.
 */
export function funnelChart(
  title: string,
  rows: readonly FunnelRow[],
  labelJoin = LABEL_JOIN,
): string {
  const first = Math.max(0, rows[0]?.value ?? 0);
  let y = 0;
  let body = "";
  rows.forEach(({ label, value, text: shown, rate }, i) => {
    let stage = "";
    if (i > 0) {
      y += GAP;
      stage += text(y, centred("50%"), `↓ ${rate ?? "–"}`, ' fill="#5f6368"');
      y += LINE;
    }
    stage += text(y, LEFT, clip(label, 28), ' font-weight="600"');
    stage += text(y, RIGHT, shown);
    y += LINE;
    const width = first > 0 ? Math.max(0.01, Math.min(1, Math.max(0, value) / first)) : 0.01;
    stage += rect((1 - width) / 2, y, width, STAGE_HEIGHT, FUNNEL[Math.min(i, 3)] as string);
    body += row(`${label}${labelJoin}${shown}${rate ? ` (${rate})` : ""}`, stage);
    y += STAGE_HEIGHT;
  });
  return svg(title, Math.max(y, 1), body);
}
