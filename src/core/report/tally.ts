/**
 * Which posts a figure counts (DOMAIN.md, "One number everywhere"), over posts read by
 * reading.ts:
 * - A sum adds every number of its column: blank and left-out cells add nothing. Spend and
 *   revenue are plain sums of the countable cells, as the tracker's totals row SUMs them.
 * - A ratio divides a sum by a sum over the same posts: a post counts in it only when neither
 *   its numerator nor its denominator is left out or pending (R4, R5, R6). Blank counts as 0.
 * - R3. A cost-based ratio (CPM, CPE, CPC, cost per conversion or lead, ROAS, ROI, cost per
 *   1,000 reached) also leaves out every post whose cost or revenue is left out: its cost,
 *   revenue, engagements, impressions, clicks and conversions all stay out of them.
 *
 * With cells left out, a KPI is judged at its best and worst reading: metricRange gives the
 * lowest and highest value the metric could take with each left-out cell either still left
 * out or counted at any amount it could stand for.
 */
import { METRICS } from "../framework/metrics";
import type { EngagementBase, Measure, MetricId, SumColumn } from "../framework/model";
import {
  isLeftOut,
  type LeftOut,
  NUMBER_COLUMNS,
  type NumberColumn,
  type PostNumbers,
  type Reading,
} from "./reading";

/** What a figure adds up: a number column, or what the rules make of a post's cells. */
export type TallyColumn = NumberColumn | "engagements" | "exposure" | "audience" | "emv";

/** A post of a tally: its numbers, and its EMV cell as the tracker computed it. */
export interface TalliedPost {
  readonly numbers: PostNumbers;
  readonly emv: Reading;
}

/** A ratio: sum(n) ÷ sum(d) over the posts that count in it. */
export interface Ratio {
  readonly n: TallyColumn;
  readonly d: TallyColumn;
}

const COLUMNS: readonly TallyColumn[] = [
  ...NUMBER_COLUMNS,
  "engagements",
  "exposure",
  "audience",
  "emv",
];

/** A post's reading of a column. */
function readingOf({ numbers, emv }: TalliedPost, column: TallyColumn): Reading {
  switch (column) {
    case "engagements":
      return numbers.engagements;
    case "exposure":
      return numbers.exposure;
    case "audience":
      return numbers.audience;
    case "emv":
      return emv;
    default:
      return numbers.cells[column];
  }
}

/** The tally column a measure's column reads: impressions are exposure (R6). */
const columnOf = (column: SumColumn): TallyColumn =>
  column === "impressions" ? "exposure" : column;

/** A ratio is cost-based when it divides cost or by cost (R3). */
const isCostBased = ({ n, d }: Ratio): boolean => n === "cost" || d === "cost";

/** Why a post stays out of a ratio for sure (pending), or may (a left-out input), or counts. */
type Standing = "counts" | "pending" | "leftOut";

export function standing(post: TalliedPost, ratio: Ratio): Standing {
  const { pending, cells } = post.numbers;
  if (pending.length > 0) {
    const waiting = pending as readonly string[];
    if (waiting.includes(ratio.n) || waiting.includes(ratio.d)) return "pending";
  }
  if (isLeftOut(readingOf(post, ratio.n)) || isLeftOut(readingOf(post, ratio.d))) return "leftOut";
  if (isCostBased(ratio) && (isLeftOut(cells.cost) || isLeftOut(cells.revenue))) return "leftOut";
  return "counts";
}

const valueIn = (reading: Reading): number => (typeof reading === "number" ? reading : 0);

/** The ratio a metric's measure divides, or undefined for sums, counts and metrics by hand. */
function ratioOf(measure: Measure, base: EngagementBase): Ratio | undefined {
  switch (measure.kind) {
    case "ratio":
      return { n: columnOf(measure.numerator), d: columnOf(measure.denominator) };
    case "engagementRate":
      return { n: "engagements", d: base };
    default:
      return undefined;
  }
}

/**
 * Posts made ready for tallies, in one buffer whatever their number: post i's columns are
 * values[i × COLUMNS.length …], each 0 where blank or left out; bit r of masks[i] says the post
 * counts in the rules' ratio r.
 */
export interface Prepared {
  readonly values: Float64Array;
  readonly masks: Int32Array;
}

/**
 * The ratios a set of tallies divides (every metric's, for the Settings engagement-rate
 * base, and any extra), and posts prepared for them once, however many groupings add them.
 */
export class TallyRules {
  readonly ratios: readonly Ratio[];
  private readonly index = new Map<string, number>();
  /** Per ratio: the columns whose being left out, or pending, keeps a post out of it. */
  private readonly outBits: readonly number[];
  private readonly pendingBits: readonly number[];

  constructor(
    readonly base: EngagementBase,
    extra: readonly Ratio[] = [],
  ) {
    const ratios: Ratio[] = [];
    for (const ratio of [
      ...Object.values(METRICS).flatMap(({ measure }) => ratioOf(measure, base) ?? []),
      ...extra,
    ]) {
      const key = `${ratio.n}/${ratio.d}`;
      if (this.index.has(key)) continue;
      this.index.set(key, ratios.length);
      ratios.push(ratio);
    }
    if (ratios.length > 31) throw new Error("Too many ratios for one tally");
    this.ratios = ratios;
    const bit = (column: TallyColumn) => 1 << columnAt(column);
    this.pendingBits = ratios.map((ratio) => bit(ratio.n) | bit(ratio.d));
    this.outBits = ratios.map(
      (ratio) =>
        bit(ratio.n) | bit(ratio.d) | (isCostBased(ratio) ? bit("cost") | bit("revenue") : 0),
    );
  }

  /** The position of a ratio among the rules'. */
  at(ratio: Ratio): number {
    const at = this.index.get(`${ratio.n}/${ratio.d}`);
    if (at === undefined) throw new Error(`No ratio ${ratio.n}/${ratio.d} in these rules`);
    return at;
  }

  /** Each post's numbers, and standing(post, ratio) === "counts" for each ratio, in one pass. */
  prepare(posts: readonly TalliedPost[]): Prepared {
    const width = COLUMNS.length;
    const values = new Float64Array(posts.length * width);
    const masks = new Int32Array(posts.length);
    for (let p = 0; p < posts.length; p++) {
      const post = posts[p] as TalliedPost;
      let out = 0;
      for (let i = 0; i < width; i++) {
        const reading = readingOf(post, COLUMNS[i] as TallyColumn);
        if (typeof reading === "number") values[p * width + i] = reading;
        else if (reading !== "") out |= 1 << i;
      }
      let pending = 0;
      for (const outcome of post.numbers.pending) pending |= 1 << columnAt(outcome);
      let mask = 0;
      for (let i = 0; i < this.ratios.length; i++) {
        const counts =
          (out & (this.outBits[i] as number)) === 0 &&
          (pending & (this.pendingBits[i] as number)) === 0;
        if (counts) mask |= 1 << i;
      }
      masks[p] = mask;
    }
    return { values, masks };
  }

  tally(): Tally {
    return new Tally(this);
  }
}

const COLUMN_AT = new Map(COLUMNS.map((column, i) => [column, i]));
const columnAt = (column: TallyColumn) => COLUMN_AT.get(column) as number;

/** Sums and ratios over prepared posts added one by one. */
export class Tally {
  posts = 0;
  private readonly sums = new Float64Array(COLUMNS.length);
  private readonly n: Float64Array;
  private readonly d: Float64Array;
  private readonly ends: readonly (readonly [number, number])[];
  private readonly names = new Set<string>();

  constructor(private readonly rules: TallyRules) {
    this.n = new Float64Array(rules.ratios.length);
    this.d = new Float64Array(rules.ratios.length);
    this.ends = rules.ratios.map(({ n, d }) => [columnAt(n), columnAt(d)] as const);
  }

  /** Adds prepared post `at`. */
  add({ values, masks }: Prepared, at: number, influencer = ""): this {
    this.posts++;
    if (influencer !== "") this.names.add(influencer);
    const { sums, n, d, ends } = this;
    const width = sums.length;
    const base = at * width;
    for (let i = 0; i < width; i++) sums[i] = (sums[i] as number) + (values[base + i] as number);
    const mask = masks[at] as number;
    for (let i = 0; i < ends.length; i++) {
      if ((mask & (1 << i)) === 0) continue;
      const [ni, di] = ends[i] as readonly [number, number];
      n[i] = (n[i] as number) + (values[base + ni] as number);
      d[i] = (d[i] as number) + (values[base + di] as number);
    }
    return this;
  }

  /** The plain sum of a column's numbers. */
  sum(column: TallyColumn): number {
    return this.sums[columnAt(column)] as number;
  }

  /** A ratio's sums over the posts that count in it. */
  parts(ratio: Ratio): { readonly n: number; readonly d: number } {
    const at = this.rules.at(ratio);
    return { n: this.n[at] as number, d: this.d[at] as number };
  }

  /** sum(n) ÷ sum(d), or null over a zero. */
  ratio(ratio: Ratio): number | null {
    const { n, d } = this.parts(ratio);
    return d === 0 ? null : n / d;
  }

  /** Every metric the tracker can compute, by the rules above; left out over a zero. */
  values(): Partial<Record<MetricId, number>> {
    const values: Partial<Record<MetricId, number>> = {};
    for (const { id, measure } of Object.values(METRICS)) {
      const value = this.value(measure);
      if (value !== null) values[id] = value;
    }
    return values;
  }

  /** One measure's value, or null where it divides by zero or is entered by hand. */
  value(measure: Measure): number | null {
    switch (measure.kind) {
      case "sum":
        return this.sum(columnOf(measure.column));
      case "ratio":
      case "engagementRate": {
        const value = this.ratio(ratioOf(measure, this.rules.base) as Ratio);
        if (value === null || measure.kind === "engagementRate") return value;
        return (measure.less ? value - 1 : value) * (measure.scale ?? 1);
      }
      case "posts":
        return this.posts;
      case "influencers":
        return this.names.size;
      case "manual":
        return null;
    }
  }
}

/** What a metric's value rests on where cells were left out. */
export interface MetricRange {
  /** The lowest and highest value with each left-out cell left out or counted at any reading. */
  readonly low: number | null;
  readonly high: number | null;
  /** Posts with a left-out cell the metric reads, and the columns of those cells. */
  readonly posts: number;
  readonly columns: readonly NumberColumn[];
}

/** Stands in for "any amount" in the search below: larger than any real figure. */
const BIG = 1e15;
const finite = (value: number) => (value === Number.POSITIVE_INFINITY ? BIG : value);

/** The columns behind a left-out reading. */
const columnsBehind = (
  column: TallyColumn,
  reading: LeftOut,
  post: TalliedPost,
): NumberColumn[] => {
  if (reading.why === "parts") return [...reading.columns];
  if (column === "exposure")
    return post.numbers.cells.impressions === "" ? ["views"] : ["impressions"];
  if (column === "audience") return post.numbers.cells.reach === "" ? ["views"] : ["reach"];
  return column === "emv" || column === "engagements" ? [] : [column];
};

/**
 * The span of a metric's value over its posts' left-out cells, or undefined when none of its
 * inputs was left out. Sums: each left-out cell adds nothing or its reading. Ratios: a post
 * with a left-out input stays out or comes in with its inputs at any reading; the extremes
 * of sum ÷ sum over those choices are found by Dinkelbach's method (each step picks, post by
 * post, what moves the ratio most; the ratio improves until no pick changes).
 */
export function metricRange(
  posts: readonly TalliedPost[],
  metric: MetricId,
  base: EngagementBase,
): MetricRange | undefined {
  const { measure } = METRICS[metric];
  const columns = new Set<NumberColumn>();
  let touched = 0;
  if (measure.kind === "sum") {
    const column = columnOf(measure.column);
    let total = 0;
    let low = 0;
    let high = 0;
    for (const post of posts) {
      const reading = readingOf(post, column);
      if (typeof reading === "number") total += reading;
      else if (isLeftOut(reading)) {
        touched++;
        for (const c of columnsBehind(column, reading, post)) columns.add(c);
        low += Math.min(0, reading.low);
        high += Math.max(0, finite(reading.high));
      }
    }
    if (touched === 0) return undefined;
    return { low: total + low, high: total + high, posts: touched, columns: [...columns] };
  }
  const ratio = ratioOf(measure, base);
  if (!ratio) return undefined;
  let n0 = 0;
  let d0 = 0;
  /** Each uncertain post's choices besides staying out: the corners of its inputs' spans. */
  const choices: (readonly [number, number])[][] = [];
  for (const post of posts) {
    const place = standing(post, ratio);
    const n = readingOf(post, ratio.n);
    const d = readingOf(post, ratio.d);
    if (place === "counts") {
      n0 += valueIn(n);
      d0 += valueIn(d);
      continue;
    }
    if (place === "pending") continue;
    touched++;
    const inputs: [TallyColumn, Reading][] = [
      [ratio.n, n],
      [ratio.d, d],
    ];
    if (isCostBased(ratio)) {
      inputs.push(["cost", post.numbers.cells.cost], ["revenue", post.numbers.cells.revenue]);
    }
    for (const [column, reading] of inputs) {
      if (isLeftOut(reading)) for (const c of columnsBehind(column, reading, post)) columns.add(c);
    }
    const span = (r: Reading): [number, number] =>
      isLeftOut(r) ? [r.low, finite(r.high)] : [valueIn(r), valueIn(r)];
    const [nLow, nHigh] = span(n);
    const [dLow, dHigh] = span(d);
    choices.push([
      [nLow, dLow],
      [nLow, dHigh],
      [nHigh, dLow],
      [nHigh, dHigh],
    ]);
  }
  if (touched === 0) return undefined;
  const extreme = (sign: 1 | -1): number | null => {
    // Without a post that counts there is no value to start from (nor one to judge).
    if (d0 <= 0) return null;
    let n = n0;
    let d = d0;
    let rho = n / d;
    for (let step = 0; step < 100; step++) {
      n = n0;
      d = d0;
      for (const corners of choices) {
        let pick: readonly [number, number] = [0, 0];
        let score = 0;
        for (const corner of corners) {
          const value = sign * (corner[0] - rho * corner[1]);
          if (value > score) {
            score = value;
            pick = corner;
          }
        }
        n += pick[0];
        d += pick[1];
      }
      if (d <= 0) break;
      const next = n / d;
      if (!(sign * (next - rho) > 1e-12 * Math.max(1, Math.abs(rho)))) break;
      rho = next;
    }
    return rho;
  };
  const scale = measure.kind === "ratio" ? (measure.scale ?? 1) : 1;
  const less = measure.kind === "ratio" && measure.less ? 1 : 0;
  const shown = (value: number | null) => (value === null ? null : (value - less) * scale);
  return {
    low: shown(extreme(-1)),
    high: shown(extreme(1)),
    posts: touched,
    columns: [...columns],
  };
}
