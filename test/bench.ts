/**
 * npm run bench: what a user's sheet pays for the add-on, measured on the bundle clasp pushes.
 * Prints figures, asserts nothing: targets are listed beside each figure.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { CUSTOM_FUNCTIONS } from "../src/core/function-specs";
import { BUNDLE_PATH, loadBundle } from "../src/local/bundle";

const ROWS = 100_000;
const source = readFileSync(BUNDLE_PATH, "utf8");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function line(label: string, value: string, target = ""): void {
  console.log(`${label.padEnd(44)} ${value.padStart(12)}  ${target}`);
}

/** A plausible column for each argument kind, with some blanks and pasted text. */
function column(kind: string, seed: number): unknown[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    if (i % 97 === 0) return [""];
    const n = 1 + ((i * 7919 + seed * 104_729) % 50_000);
    if (kind === "cpm") return [i % 2 ? "Instagram" : 6.5];
    if (kind === "thresholds") return [""];
    if (i % 101 === 0) return [`${(n / 1000).toFixed(1)}K`];
    return [kind === "cost" ? n / 10 : n];
  });
}

/** Arguments where the formula has an answer (e.g. all mentions at least the brand's). */
function argumentsFor(name: string, params: readonly { kind: string }[]): unknown[] {
  const args: unknown[] = params.map((p, i) => column(p.kind, i + 1));
  if (name === "TIER") return [args[0]];
  if (name === "SOV") args[1] = (args[0] as unknown[][]).map(([v]) => [v === "" ? "" : 60_000]);
  if (name === "KPIPROGRESS") args[1] = 80_000;
  return args;
}

console.log(`Influencer KPIs bench (Node ${process.version})\n`);
line("dist/Code.js size", `${(Buffer.byteLength(source) / 1024).toFixed(1)} KB`, "target ≤ 60 KB");

const loads: number[] = [];
for (let i = 0; i < 41; i++) {
  const context = vm.createContext({});
  loads.push(time(() => vm.runInContext(source, context)));
}
line("cold load, first", `${loads[0]?.toFixed(2)} ms`);
line("cold load, median of 41 fresh contexts", `${median(loads).toFixed(2)} ms`, "target ≤ 5 ms");

console.log(
  `\nOne call over a ${ROWS.toLocaleString("en")}-row range (median of 5), target ≤ 150 ms:`,
);
const bundle = loadBundle();
const rangeTimes = new Map<string, number>();
for (const spec of CUSTOM_FUNCTIONS) {
  const args = argumentsFor(spec.name, spec.params);
  bundle.call(spec.name, ...args);
  const ms = median(Array.from({ length: 5 }, () => time(() => bundle.call(spec.name, ...args))));
  rangeTimes.set(spec.name, ms);
  line(`  ${spec.name}`, `${ms.toFixed(1)} ms`, ms <= 150 ? "" : "OVER TARGET");
}

// Per-cell custom functions load the whole script for each cell; timing 100,000 fresh loads
// would take minutes, so time 500 and scale up.
const SAMPLE = 500;
const perCell = time(() => {
  for (let i = 0; i < SAMPLE; i++) {
    const fresh = loadBundle({}, source);
    fresh.call("CPE", 100 + i, 4);
  }
});
const perCellTotal = (perCell / SAMPLE) * ROWS;
const rangeCpe = rangeTimes.get("CPE") ?? Number.NaN;
console.log("");
line("CPE per cell, fresh load each (per call)", `${(perCell / SAMPLE).toFixed(3)} ms`);
line(`  ...scaled to ${ROWS.toLocaleString("en")} cells`, `${(perCellTotal / 1000).toFixed(1)} s`);
line("  ...vs one range call", `${rangeCpe.toFixed(1)} ms`);
line("range call advantage", `${Math.round(perCellTotal / rangeCpe)}×`, "target ≥ 100×");
