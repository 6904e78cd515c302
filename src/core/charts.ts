/**
 * The HTML report's charts as inline SVG markup: bars (one or two series), KPI progress against
 * target, and the funnel. Pure string building, so the same code runs in Apps Script and Node.
 *
 * Horizontal positions are percentages of the chart's width and everything vertical is in
 * pixels: the chart fills its container (width 100%) while its text keeps its size, legible
 * at a phone's 360 px and in print, where a scaled viewBox would shrink the text with the
 * chart. Each label sits on its own line above its bar; labels too long for a phone are cut
 * with "…" and shown whole in the row's tooltip. Values come formatted by the caller.
 */

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

/** Escapes text for SVG/HTML element content and double-quoted attributes. */
export function escapeMarkup(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`,
  );
}

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

const text = (x: string, y: number, content: string, extra = ""): string =>
  `<text x="${x}" y="${y}"${extra}>${escapeMarkup(content)}</text>`;

const rect = (x: number, y: number, width: number, height: number, fill: string): string =>
  `<rect x="${pct(x)}" y="${y}" width="${pct(width)}" height="${height}" fill="${fill}"/>`;

function svg(title: string, height: number, body: string): string {
  const label = escapeMarkup(title);
  return `<svg class="chart" role="img" aria-label="${label}" width="100%" height="${height}" font-size="12" fill="${INK}"><title>${label}</title>${body}</svg>`;
}

/** One row of a chart, with its whole label and values as its tooltip. */
const row = (tip: string, body: string): string =>
  `<g><title>${escapeMarkup(tip)}</title>${body}</g>`;

/** A legend line: coloured squares, each before its name. */
const legend = (y: number, items: readonly (readonly [string, string])[]): string =>
  `<text x="0" y="${y}">${items
    .map(
      ([color, name], i) =>
        `<tspan fill="${color}"${i ? ' dx="14"' : ""}>■</tspan><tspan dx="4">${escapeMarkup(name)}</tspan>`,
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

/** Horizontal bars, one or more series (e.g. EMV and cost) per label, on one shared scale. */
export function barChart(
  title: string,
  series: readonly string[],
  rows: readonly BarRow[],
): string {
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  let y = 0;
  let body = "";
  if (series.length > 1) {
    body += legend(
      12,
      series.map((name, i) => [SERIES[i % 2] as string, name]),
    );
    y = 24;
  }
  for (const { label, values, texts } of rows) {
    let bars = text("0", y + 12, clip(label, 44), ' font-weight="600"');
    y += 17;
    values.forEach((value, i) => {
      const share = max > 0 ? Math.max(0, value) / max : 0;
      const width = share > 0 ? Math.max(share, 0.005) : 0;
      // The value inside a long bar, after a short one.
      const inside = width > 0.62;
      bars += rect(0, y, width, BAR, SERIES[i % 2] as string);
      bars += text(
        pct(width),
        y + 11,
        texts[i] ?? "",
        inside ? ' dx="-4" text-anchor="end" fill="#fff"' : ' dx="4"',
      );
      y += BAR + 3;
    });
    body += row(`${label}: ${texts.join(" · ")}`, bars);
    y += 9;
  }
  return svg(title, Math.max(y - 6, 1), body);
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

/**
 * Progress of each KPI against its target (a dashed mark at 100%), with a marker (▲) at the
 * time elapsed: a bar behind its marker is behind schedule. The scale runs to the largest
 * progress, at least 100% and at most 200% (longer bars are cut, their text says how far).
 */
export function progressChart(
  title: string,
  rows: readonly ProgressRow[],
  names: { readonly target: string; readonly elapsed: string },
): string {
  const top = Math.min(2, Math.max(1, ...rows.map((r) => r.progress ?? 0)));
  const target = pct(1 / top);
  let body = `<text x="0" y="12"><tspan>┆</tspan><tspan dx="4">${escapeMarkup(names.target)}</tspan><tspan dx="14">▲</tspan><tspan dx="4">${escapeMarkup(names.elapsed)}</tspan></text>`;
  let y = 24;
  for (const { label, progress, elapsed, text: shown, tone } of rows) {
    let line = text("0", y + 12, clip(label, 26), ' font-weight="600"');
    line += text("100%", y + 12, clip(shown, 24), ' text-anchor="end"');
    y += 17;
    line += rect(0, y, 1, 12, TRACK);
    if (progress !== null && progress > 0) line += rect(0, y, progress / top, 12, TONES[tone]);
    line += `<line x1="${target}" x2="${target}" y1="${y - 3}" y2="${y + 15}" stroke="#202124" stroke-dasharray="3 2"/>`;
    if (elapsed !== null) {
      const x = pct(elapsed / top);
      line += `<line x1="${x}" x2="${x}" y1="${y - 2}" y2="${y + 14}" stroke="#202124" stroke-width="2"/>`;
      line += text(x, y + 24, "▲", ' font-size="10" text-anchor="middle" fill="#202124"');
    }
    body += row(`${label}: ${shown}`, line);
    y += 32;
  }
  return svg(title, y - 8, body);
}

export interface FunnelRow {
  readonly label: string;
  readonly value: number;
  /** The value as shown. */
  readonly text: string;
  /** This stage's rate over the one before, as shown; null for the first or over a zero. */
  readonly rate: string | null;
}

/**
 * The funnel: one centred bar per stage, widths proportional to the first stage's value (at
 * least a sliver, so a small last stage stays visible), with each step's rate between them.
 */
export function funnelChart(title: string, rows: readonly FunnelRow[]): string {
  const first = Math.max(0, rows[0]?.value ?? 0);
  let y = 0;
  let body = "";
  rows.forEach(({ label, value, text: shown, rate }, i) => {
    let stage = "";
    if (i > 0) {
      stage += text("50%", y + 12, `↓ ${rate ?? "–"}`, ' text-anchor="middle" fill="#5f6368"');
      y += 18;
    }
    stage += text("0", y + 12, clip(label, 28), ' font-weight="600"');
    stage += text("100%", y + 12, shown, ' text-anchor="end"');
    y += 17;
    const width = first > 0 ? Math.max(0.01, Math.min(1, Math.max(0, value) / first)) : 0.01;
    stage += rect((1 - width) / 2, y, width, 18, FUNNEL[Math.min(i, 3)] as string);
    body += row(`${label}: ${shown}${rate ? ` (${rate})` : ""}`, stage);
    y += 24;
  });
  return svg(title, Math.max(y - 4, 1), body);
}
