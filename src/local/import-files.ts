/**
 * `npm run demo -- --import FILE...`: exports imported into the demo workbook through the same
 * code as the dialog (reading, recognising and mapping the file, reading its cells, then the
 * server functions the dialog calls, from dist/Code.js) and what came of it, in words. Where the
 * file alone cannot settle a choice (a decimal mark, the order of dates) the command line makes
 * it: --decimal , or ., --dates dmy or mdy, --year 2025; --campaign and --influencer name new
 * posts the file names none for.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import type { Catalog } from "../core/i18n/catalog";
import { format } from "../core/i18n/catalog";
import type { ImportOutcome, ImportStart } from "../features/import/contract";
import { basisMessage, type Decimal } from "../features/import/conventions";
import { isTrackerField } from "../features/import/fields";
import { readFileBytes } from "../features/import/files/read-file";
import { payloadOf, prepare, readWith } from "../features/import/prepare";
import type { DateOrder } from "../features/import/sources";
import type { LoadedBundle } from "./bundle";

export interface ImportOptions {
  readonly campaign?: string;
  readonly influencer?: string;
  readonly decimal?: Decimal;
  readonly dates?: DateOrder;
  readonly year?: number;
}

/** Lines of a list shown at most; the rest are counted. */
const SHOWN = 8;

/** JSON in and out, as google.script.run hands values to and from the server. */
const viaJson = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

/** Imports one file into the workbook the bundle runs on; what happened, line by line. */
export function importFile(
  bundle: LoadedBundle,
  path: string,
  options: ImportOptions,
  catalog: Catalog,
): string[] {
  const t = (key: keyof Catalog, params?: Record<string, string | number>) =>
    format(catalog, key, params);
  const say = (message: { key: string; params?: Record<string, string | number> }) =>
    t(message.key as keyof Catalog, message.params);
  const since = performance.now();
  const read = readFileBytes(new Uint8Array(readFileSync(path)));
  const name = basename(path);
  if ("problem" in read) return [`${name}: ${say(read.problem)}`];
  const start = viaJson<ImportStart>(bundle.call("importStart"));
  const prepared = prepare(read.table, start);
  const choices = {
    ...prepared.choices,
    campaign: options.campaign ?? "",
    influencer: options.influencer ?? "",
    decimal: options.decimal ?? prepared.choices.decimal,
    dateOrder: options.dates ?? prepared.choices.dateOrder,
    year: options.year ?? prepared.choices.year,
  };
  const reading = readWith(prepared, choices, start);
  const seconds = ((performance.now() - since) / 1000).toFixed(2);
  const { source } = prepared.recognition;
  const lines = [
    `${t("import.read", { name, rows: read.table.rows.length, seconds })} ${
      source
        ? t("import.recognised", { source: t(`import.source.${source}` as keyof Catalog) })
        : t("import.notRecognised")
    }`,
  ];
  const payload = payloadOf(prepared, choices, reading);
  if (!payload) {
    // A choice the file cannot settle is made on the command line.
    const { decimal, dateOrder } = reading.detected;
    const ask: Readonly<Record<string, string>> = {
      "import.decimal": `${say(basisMessage(decimal.basis))} (--decimal , or .)`,
      "import.dateOrder": `${say(basisMessage(dateOrder.basis))} (--dates dmy or mdy)`,
    };
    return [
      ...lines,
      ...reading.missing.map((m) => `  ${say(m)}${ask[m.key] ? `: ${ask[m.key]}` : ""}`),
    ];
  }
  const outcome = viaJson<ImportOutcome>(bundle.call("runImport", payload));
  if (!outcome.ok) return [...lines, ...outcome.problems.map((p) => `  ${p}`)];
  const { summary } = outcome;
  const label = (key: string) =>
    t((isTrackerField(key as never) ? `col.${key}` : `import.field.${key}`) as keyof Catalog);
  lines.push(
    `  ${t("import.counts", { added: summary.added, updated: summary.updated, unchanged: summary.unchanged })}`,
  );
  for (const change of summary.changes.slice(0, SHOWN)) {
    const cells = change.cells
      .map(
        (c) =>
          `${label(c.key)} ${change.row === null ? "" : `${String(c.from) || "—"} → `}${c.to === "" ? "—" : c.to}`,
      )
      .join(", ");
    lines.push(
      `    ${change.row === null ? t("import.newRow") : t("import.row", { row: change.row })}: ${cells}`,
    );
  }
  const problems = reading.read.problems;
  lines.push(`  ${t("import.problems", { count: problems.length })}`);
  for (const p of problems.slice(0, SHOWN)) {
    lines.push(
      `    ${t("import.row", { row: p.line })}, ${p.column} (${p.value}): ${say(p.problem)}${p.asText ? `, ${t("import.asText")}` : ""}`,
    );
  }
  const skipped = [...reading.read.skipped, ...summary.skipped];
  if (skipped.length > 0) {
    lines.push(
      `  ${t("import.skipped", { count: reading.read.skipped.length + summary.skippedCount })}`,
    );
    for (const row of skipped.slice(0, SHOWN))
      lines.push(`    ${t("import.row", { row: row.line })}: ${say(row.reason)}`);
  }
  for (const cell of summary.kept) {
    lines.push(
      `  ${t("import.kept", { count: summary.kept.length })}: ${t("import.row", { row: cell.row })}, ${label(cell.key)} ${cell.formula}`,
    );
  }
  const sales = summary.sales;
  if (sales) {
    const { added, updated, removed } = sales.ledger;
    lines.push(
      `  ${t("import.sales.ledger", { sheet: summary.ledgerSheet, added, updated, removed })}`,
    );
  }
  for (const a of sales?.attributed ?? []) {
    const figures = (["orders", "clicks", "conversions", "revenue"] as const)
      .flatMap((key) => (a[key] === null ? [] : [`${label(key)} ${a[key]}`]))
      .join(", ");
    const others = [
      a.typed.length > 0 ? t("import.sales.typed", { rows: a.typed.join(", ") }) : "",
      a.zeroed.length > 0 ? t("import.sales.zeroed", { rows: a.zeroed.join(", ") }) : "",
    ].filter(Boolean);
    lines.push(
      `  ${a.influencer} · ${a.campaign} (${a.keys.join(", ")}): ${t("import.row", { row: a.row })}, ${figures}${others.map((o) => `; ${o}`).join("")}`,
    );
  }
  for (const c of sales?.conflicts ?? []) {
    lines.push(
      `  ${t("import.sales.conflict", {
        who: [c.influencer, c.campaign].filter(Boolean).join(" · "),
        column: label(c.key),
        rows: c.rows.join(", "),
        typed: c.typed,
        total: c.total,
      })}`,
    );
  }
  for (const c of sales?.currencyConflicts ?? []) {
    lines.push(
      `  ${t("import.sales.currencyConflict", {
        who: [c.influencer, c.campaign].filter(Boolean).join(" · "),
        rows: c.rows.join(", "),
        currency: c.currency,
        settings: c.settings,
      })}`,
    );
  }
  const unmatched = summary.sales?.unmatched ?? [];
  if (unmatched.length > 0)
    lines.push(`  ${t("import.sales.unmatched", { count: unmatched.length })}`);
  for (const u of unmatched) {
    const several =
      u.owners.length > 0 ? `, ${t("import.sales.several", { owners: u.owners.join(", ") })}` : "";
    lines.push(
      `    ${u.key || t("import.sales.noKey")}: ${t("import.sales.records", { count: u.records })}, ${label("revenue")} ${u.revenue}${several}`,
    );
  }
  return lines;
}

/** A command line the demo cannot follow: what is wrong with it, in its message. */
export class ArgumentError extends Error {}

/**
 * The files after --import on a command line, and the choices the other flags make. A file that
 * cannot be opened or a flag's value that means nothing is refused, never ignored.
 */
export function importArguments(argv: readonly string[]): {
  files: string[];
  options: ImportOptions;
} {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    if (at < 0) return undefined;
    const given = argv[at + 1];
    if (given === undefined || given.startsWith("--")) {
      throw new ArgumentError(`${flag} needs a value.`);
    }
    return given;
  };
  const at = argv.indexOf("--import");
  const files: string[] = [];
  for (let i = at < 0 ? argv.length : at + 1; i < argv.length && !argv[i]?.startsWith("--"); i++) {
    files.push(argv[i] as string);
  }
  if (at >= 0 && files.length === 0) throw new ArgumentError("--import needs one file or more.");
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw new ArgumentError(`${file}: no such file.`);
    }
  }
  const decimal = value("--decimal");
  if (decimal !== undefined && decimal !== "," && decimal !== ".") {
    throw new ArgumentError(`--decimal is "," or "." (the file's decimal mark), not "${decimal}".`);
  }
  const dates = value("--dates");
  if (dates !== undefined && dates !== "dmy" && dates !== "mdy") {
    throw new ArgumentError(`--dates is dmy (day first) or mdy (month first), not "${dates}".`);
  }
  const year = value("--year");
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    throw new ArgumentError(`--year is a year such as 2025, not "${year}".`);
  }
  const campaign = value("--campaign");
  const influencer = value("--influencer");
  return {
    files,
    options: {
      ...(campaign ? { campaign } : {}),
      ...(influencer ? { influencer } : {}),
      ...(decimal === "," || decimal === "." ? { decimal } : {}),
      ...(dates === "dmy" || dates === "mdy" ? { dates } : {}),
      ...(year ? { year: Number(year) } : {}),
    },
  };
}
