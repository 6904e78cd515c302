/**
 * Lifts a scalar formula over what Sheets passes a custom function: a single value or a 2D
 * array per argument. Single values broadcast against ranges; ranges must match in size. A
 * range call returns a 2D array of the ranges' shape in one go, so a whole column costs one
 * call; trailing blank rows of open ranges (B2:B) are not computed and come back blank.
 */

import { isBlank } from "./cells";
import { DEFAULT_TIER_THRESHOLDS, findPlatform, PLATFORM_NAMES } from "./defaults";
import type { FunctionEnvironment, MoneyColumns, MoneyFormats } from "./environment";
import { formatter } from "./framework/format";
import type { AnyFunctionSpec, ParamSpec, RowFunctionSpec } from "./function-specs";
import { type CoreCatalog, english, message } from "./i18n/catalog";
import { languageOfLocale } from "./i18n/languages";
import { type NumberConventions, numberConventions, typedFormula } from "./i18n/number-format";
import { InputError } from "./metrics";
import { quoteShort, readNumber } from "./numbers";

export type Output = number | string;

/** Starts the short text a bad cell gets in a range result, so reports can tell it apart. */
export const CELL_ERROR_PREFIX = "⚠ ";

type Grid = readonly (readonly unknown[])[];

/** What a call may ask of its spreadsheet (below: each asked at most once). */
export interface CallContext {
  spreadsheetLocale(): string | undefined;
  numberConventions(): NumberConventions | undefined;
  currency(): string | undefined;
  catalog(): CoreCatalog;
  /** The tracker's money cells' number formats, by column number, for its first rows. */
  moneyFormats(columns: MoneyColumns, rows: number): MoneyFormats | undefined;
  /** Settings' exchange rates table; undefined where it cannot be read. */
  rates(): readonly (readonly unknown[])[] | undefined;
}

/**
 * What one call learns of its spreadsheet, each at most once and only when needed: the
 * locale, when a text cell must be read or a message shown; the catalog, when a message is
 * shown. A column of plain numbers asks for neither.
 */
class CallSettings implements CallContext {
  private locale: string | undefined;
  private localeRead = false;
  private conventions: NumberConventions | undefined;
  private conventionsRead = false;
  private messages: CoreCatalog | undefined;
  private currencyCode: string | undefined;
  private currencyRead = false;

  constructor(private readonly env: FunctionEnvironment | undefined) {}

  /** The spreadsheet's locale; undefined when it cannot be asked. */
  spreadsheetLocale(): string | undefined {
    if (!this.localeRead) {
      this.locale = this.env?.locale();
      this.localeRead = true;
    }
    return this.locale;
  }

  /** How the locale writes numbers; undefined when it is unknown. */
  numberConventions(): NumberConventions | undefined {
    if (!this.conventionsRead) {
      this.conventions = numberConventions(this.spreadsheetLocale());
      this.conventionsRead = true;
    }
    return this.conventions;
  }

  /** The currency the sheets count in; undefined where it cannot be asked. */
  currency(): string | undefined {
    if (!this.currencyRead) {
      this.currencyCode = this.env?.currency?.();
      this.currencyRead = true;
    }
    return this.currencyCode;
  }

  moneyFormats(columns: MoneyColumns, rows: number): MoneyFormats | undefined {
    return this.env?.moneyFormats?.(columns, rows);
  }

  rates(): readonly (readonly unknown[])[] | undefined {
    return this.env?.rates?.();
  }

  /** The messages of the locale's language; English without an environment. */
  catalog(): CoreCatalog {
    this.messages ??= this.env
      ? this.env.catalog(languageOfLocale(this.spreadsheetLocale()))
      : english;
    return this.messages;
  }
}

/**
 * Runs a custom function as Sheets calls it. Problems that concern the whole call (a missing
 * argument, mismatched ranges, a bad single value) throw an Error naming the function, the
 * argument and the problem; a bad cell inside a range only marks that result cell. A number
 * typed as text is such a problem (sums skip it, so every figure leaves it out); its reading
 * in the locale env gives is named. Messages are in the locale's language (English and an
 * unknown locale without env).
 */
export function runCustomFunction(
  spec: AnyFunctionSpec,
  args: readonly unknown[],
  env?: FunctionEnvironment,
): Output | Output[][] {
  const settings = new CallSettings(env);
  try {
    return spec.kind === "table" ? spec.run(args, settings) : lift(spec, args, settings);
  } catch (error) {
    if (error instanceof InputError) {
      const catalog = settings.catalog();
      throw new Error(`${spec.name}${catalog["join.label"]}${error.render(catalog)}`);
    }
    throw error;
  }
}

function lift(
  spec: RowFunctionSpec,
  given: readonly unknown[],
  settings: CallSettings,
): Output | Output[][] {
  const { params } = spec;
  const args = spec.columnsAreParts ? splitColumns(spec, given) : given;
  // raw[i]: the argument's number for this row, undefined when blank.
  const raw: (number | readonly number[] | undefined)[] = new Array(params.length);
  const lifted: number[] = [];
  const grids: (Grid | undefined)[] = new Array(params.length);
  let shape: { rows: number; cols: number; owner: ParamSpec["name"] } | undefined;

  params.forEach((param, i) => {
    const arg = args[i];
    if (param.kind === "thresholds") {
      raw[i] = readThresholds(param, arg, settings);
      return;
    }
    if (arg === undefined) {
      if (param.default === undefined && !param.optional) {
        // As the user types it: CPE(cost; engagements) where a comma marks decimals.
        const signature = typedFormula(
          `${spec.name}(${params.map((p) => p.name).join(", ")})`,
          settings.spreadsheetLocale(),
        );
        throw new InputError(
          param.name,
          message("problem.missing"),
          message("hint.signature", { signature }),
        );
      }
      raw[i] = param.default;
      return;
    }
    lifted.push(i);
    const grid = asGrid(arg);
    if (grid === undefined) {
      raw[i] = readCell(param, arg, settings);
      return;
    }
    const size = { rows: grid.length, cols: grid[0]?.length ?? 0, owner: param.name };
    if (size.rows === 1 && size.cols === 1) {
      raw[i] = readCell(param, grid[0]?.[0], settings);
      return;
    }
    if (shape && (shape.rows !== size.rows || shape.cols !== size.cols)) {
      throw new InputError(
        param.name,
        message("problem.sizes", {
          rows: size.rows,
          columns: size.cols,
          otherRows: shape.rows,
          otherColumns: shape.cols,
        }),
        message("hint.sameSize"),
        { other: shape.owner },
      );
    }
    shape ??= size;
    grids[i] = grid;
  });

  const row = rowEvaluator(spec, raw, lifted, settings);
  if (!shape) return row();

  const used = usedRows(grids, shape.rows, shape.cols);
  const out: Output[][] = new Array(Math.max(used, 1));
  for (let r = 0; r < out.length; r++) {
    const line: Output[] = [];
    for (let c = 0; c < shape.cols; c++) {
      try {
        for (let k = 0; k < lifted.length; k++) {
          const i = lifted[k] as number;
          const grid = grids[i];
          if (grid) raw[i] = readCell(params[i] as ParamSpec, grid[r]?.[c], settings);
        }
        line[c] = r < used ? row() : "";
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        line[c] = `${CELL_ERROR_PREFIX}${error.describe(settings.catalog())}`;
      }
    }
    out[r] = line;
  }
  return out;
}

/**
 * Gives each column of a multi-column range argument its own argument, in order. The stubs
 * pass every parameter, so trailing omitted ones (undefined) are dropped before counting.
 */
function splitColumns(spec: RowFunctionSpec, args: readonly unknown[]): readonly unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  const parts: unknown[] = [];
  for (let i = 0; i < end; i++) {
    const grid = asGrid(args[i]);
    const cols = grid?.[0]?.length ?? 0;
    if (!grid || cols < 2) parts.push(args[i]);
    else for (let c = 0; c < cols; c++) parts.push(grid.map((line) => [line[c]]));
  }
  if (parts.length > spec.params.length) {
    throw new InputError(
      "arguments",
      message("problem.tooManyParts", {
        count: parts.length,
        fn: spec.name,
        max: spec.params.length,
      }),
      message("hint.parts"),
      { parts: spec.params.map((p) => p.name) },
    );
  }
  return parts;
}

/** Returns a function that computes one result from the current contents of raw. */
function rowEvaluator(
  spec: RowFunctionSpec,
  raw: readonly (number | readonly number[] | undefined)[],
  lifted: readonly number[],
  settings: CallSettings,
): () => Output {
  const label = spec.label;
  const zeroIfAny = spec.blanks === "zero-if-any";
  const call: unknown[] = raw.slice();
  const compute = spec.compute as (...args: unknown[]) => Output;
  return () => {
    let blanks = 0;
    for (let k = 0; k < lifted.length; k++) {
      const i = lifted[k] as number;
      const value = raw[i];
      if (value !== undefined) {
        call[i] = value;
        continue;
      }
      blanks++;
      const fallback = zeroIfAny ? 0 : spec.params[i]?.default;
      if (fallback === undefined) return "";
      call[i] = fallback;
    }
    if (zeroIfAny && blanks === lifted.length) return "";
    const result = compute.apply(undefined, call);
    // Finite inputs can still overflow (EMV of 1e308 impressions): say so, never return Infinity.
    if (typeof result === "number" && result - result !== 0) {
      throw new InputError("result", message("problem.tooLarge"));
    }
    // A name is shown in the spreadsheet's language ("Mikro" in a Danish sheet).
    if (label && typeof result === "string") return settings.catalog()[label(result)];
    return result;
  };
}

/** A 2D array argument as a grid; undefined for a single value. */
function asGrid(arg: unknown): Grid | undefined {
  if (!Array.isArray(arg)) return undefined;
  if (arg.length === 0) return [[""]];
  // Sheets always passes 2D arrays; a flat list is read as one column.
  return Array.isArray(arg[0]) ? (arg as Grid) : arg.map((value) => [value]);
}

/** Rows up to the last one in which any range has a non-blank cell. */
function usedRows(grids: readonly (Grid | undefined)[], rows: number, cols: number): number {
  for (let r = rows - 1; r >= 0; r--) {
    for (const grid of grids) {
      const line = grid?.[r];
      if (!line) continue;
      for (let c = 0; c < cols; c++) {
        const value = line[c];
        if (!isBlank(value)) return r + 1;
      }
    }
  }
  return 0;
}

/** Reads one cell for one argument: a number, undefined when blank, or an InputError. */
function readCell(param: ParamSpec, value: unknown, settings: CallSettings): number | undefined {
  let number: number;
  // Fast path for finite numbers, the common case, with no global lookup per cell.
  if (typeof value === "number" && value - value === 0) {
    number = value;
  } else {
    // Blank text needs no locale; open ranges hand over many "" cells.
    if (value === "") return undefined;
    let conventions: NumberConventions | undefined;
    // A computed cell that is itself flagged (an ENGAGEMENTS cell over a bad like) says so once.
    if (typeof value === "string" && value.startsWith(CELL_ERROR_PREFIX)) {
      throw new InputError(param.name, message("problem.flagged"));
    }
    if (typeof value === "string") {
      // A platform column ("Instagram" on every row) skips number parsing altogether.
      const platform = param.kind === "cpm" && findPlatform(value);
      if (platform) return platform.cpm;
      conventions = settings.numberConventions();
    }
    const read = readNumber(
      value,
      conventions,
      typeof value === "string" ? settings.currency() : undefined,
    );
    if (read.kind === "blank") return undefined;
    // A number typed as text is left out, as Sheets' SUM and SUMIFS leave it out: every figure
    // of the sheet counts the same cells. The message says what it reads as, and how to fix it.
    if (read.kind === "number" && typeof value === "string") {
      const shown = formatter(settings.spreadsheetLocale() ?? "en_US", "USD").number(read.value, 6);
      throw new InputError(
        param.name,
        message("problem.textNumber", { text: quoteShort(value), value: shown }),
        message("hint.cleanUp"),
      );
    }
    if (read.kind === "bad") {
      if (typeof value !== "string") throw new InputError(param.name, read.problem);
      // Text without a digit in a CPM column was meant as a platform's name.
      if (param.kind === "cpm" && !/\d/.test(value)) throw unknownPlatform(param, value);
      throw new InputError(param.name, read.problem, message("hint.typeNumber"));
    }
    number = read.value;
  }
  if (number < 0 && param.kind !== "amount") {
    const hint =
      param.kind === "count"
        ? "hint.negativeCount"
        : param.kind === "cost"
          ? "hint.negativeCost"
          : "hint.negativeCpm";
    throw new InputError(param.name, message("problem.negative", { value: number }), message(hint));
  }
  return number;
}

function unknownPlatform(param: ParamSpec, name: string): InputError {
  return new InputError(
    param.name,
    message("problem.unknownPlatform", { text: quoteShort(name) }),
    message("hint.platforms", { platforms: PLATFORM_NAMES.join(", ") }),
  );
}

const THRESHOLDS_HINT = message("hint.thresholds", { example: DEFAULT_TIER_THRESHOLDS.join(", ") });

/** TIER's thresholds: every non-blank cell of the argument, or undefined for the defaults. */
function readThresholds(
  param: ParamSpec,
  arg: unknown,
  settings: CallSettings,
): readonly number[] | undefined {
  const cells = asGrid(arg)?.flat() ?? [arg];
  const values: number[] = [];
  for (const cell of cells) {
    const conventions =
      typeof cell === "string" && cell !== "" ? settings.numberConventions() : undefined;
    const read = readNumber(cell, conventions);
    if (read.kind === "bad") throw new InputError(param.name, read.problem, THRESHOLDS_HINT);
    if (read.kind === "number") values.push(read.value);
  }
  if (values.length === 0) return undefined;
  const increasing = values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0));
  if (values.length !== 4 || !increasing || (values[0] ?? 0) < 0) {
    throw new InputError(
      param.name,
      message("problem.thresholds", { values: values.join(", ") }),
      THRESHOLDS_HINT,
    );
  }
  return values;
}
