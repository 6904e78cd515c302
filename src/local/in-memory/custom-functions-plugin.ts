/**
 * Our custom functions as a HyperFormula plugin, so formulas such as `=EMV(H3:H, D3:D)` in the
 * in-memory workbook evaluate through the same core code Sheets runs, and array results
 * spill into the cells below as they do in Sheets.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { FunctionEnvironment } from "../../core/environment";
import { CUSTOM_FUNCTIONS, findCustomFunction } from "../../core/function-specs";
import { runCustomFunction } from "../../core/ranges";
import { sheetsErrorText } from "./errors";

type Ast = Parameters<FunctionPlugin["evaluateAst"]>[0];
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];
interface ProcedureAst {
  procedureName: string;
  args: Ast[];
}

/** A value as Sheets hands it to a custom function: blanks as "", errors as their text. */
function toSheetsValue(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return "";
  if (value instanceof CellError) return sheetsErrorText(value.type);
  if (typeof value === "object" && "val" in value) return (value as { val: number }).val;
  return value;
}

/**
 * A range's values as Sheets hands them over, read once per recalculation: the tracker's
 * totals and the KPI Framework pass the same columns to many calls. A recalculation computes
 * a range's cells before any formula that reads it, so its values hold until the next one.
 */
function toSheetsArgument(value: unknown, ranges: Map<string, unknown[][]> | undefined): unknown {
  if (value === undefined) return undefined;
  if (!(value instanceof SimpleRangeValue)) return toSheetsValue(value);
  const range = value.range;
  const key =
    range &&
    `${range.sheet}!${range.start.row},${range.start.col}:${range.end.row},${range.end.col}`;
  const known = key === undefined ? undefined : ranges?.get(key);
  if (known) return known;
  const grid = value.rawData().map((row) => row.map(toSheetsValue));
  if (key !== undefined) ranges?.set(key, grid);
  return grid;
}

/**
 * The spreadsheet each HyperFormula instance belongs to, as our functions see it. The plugin
 * is registered once per process and only sees the instance's dependency graph, so that is
 * the key (HyperFormula keeps one graph per instance unless its config is rebuilt).
 */
const environments = new WeakMap<object, FunctionEnvironment>();

/** The ranges read in hf's current recalculation, by the same key. */
const readRanges = new WeakMap<object, Map<string, unknown[][]>>();

interface Evaluator {
  run(...args: unknown[]): unknown;
  partialRun(...args: unknown[]): unknown;
  runAndForget(...args: unknown[]): unknown;
}

/** Forgets the ranges read whenever hf starts computing anew. */
function forgetRangesOnEachRun(hf: HyperFormula): void {
  const evaluator = (hf as unknown as { evaluator: Evaluator }).evaluator;
  const ranges = new Map<string, unknown[][]>();
  readRanges.set(hf.dependencyGraph, ranges);
  for (const method of ["run", "partialRun", "runAndForget"] as const) {
    const run = evaluator[method].bind(evaluator);
    evaluator[method] = (...args) => {
      ranges.clear();
      return run(...args);
    };
  }
}

/** Makes our functions in hf read text and show messages as env's spreadsheet does. */
export function setFunctionEnvironment(hf: HyperFormula, env: FunctionEnvironment): void {
  if (!readRanges.has(hf.dependencyGraph)) forgetRangesOnEachRun(hf);
  environments.set(hf.dependencyGraph, env);
}

class CustomFunctionsPlugin extends FunctionPlugin {
  run(ast: ProcedureAst, state: State) {
    const spec = findCustomFunction(ast.procedureName);
    if (!spec) return new CellError(ErrorType.NAME, `Unknown function ${ast.procedureName}`);
    return this.runFunction(ast.args, state, this.metadata(spec.name), (...args: unknown[]) => {
      let result: ReturnType<typeof runCustomFunction>;
      try {
        const env = environments.get(this.dependencyGraph);
        const ranges = readRanges.get(this.dependencyGraph);
        result = runCustomFunction(
          spec,
          args.map((arg) => toSheetsArgument(arg, ranges)),
          env,
        );
      } catch (error) {
        return new CellError(ErrorType.ERROR, (error as Error).message);
      }
      if (!Array.isArray(result)) return result;
      // HyperFormula sizes the spill before evaluating; Sheets trims trailing blank rows, so
      // pad the trimmed result with empty cells up to the predicted size.
      const size = this.size(ast, state);
      const rows = result.map((row) => [...row]);
      while (rows.length < size.height) rows.push(Array(size.width).fill(EmptyValue));
      return SimpleRangeValue.onlyValues(rows as never);
    });
  }

  /** The result has the shape of the first range argument (thresholds are a list, not a shape). */
  size(ast: ProcedureAst, state: State): ArraySize {
    const spec = findCustomFunction(ast.procedureName);
    // A table function gives one row of figures, whatever its columns' length.
    if (spec?.kind === "table") return new ArraySize(spec.width, 1);
    for (const [i, arg] of ast.args.entries()) {
      if (spec?.params[i]?.kind === "thresholds") continue;
      // A plain range is a "reference" to HyperFormula, which isScalar() reports as scalar.
      const { width, height } = this.arraySizeForAst(arg, state);
      // Columns that are parts of one sum (ENGAGEMENTS(K3:N)) give one column.
      if (width > 1 || height > 1) return new ArraySize(spec?.columnsAreParts ? 1 : width, height);
    }
    return ArraySize.scalar();
  }
}

(CustomFunctionsPlugin as unknown as { implementedFunctions: object }).implementedFunctions =
  Object.fromEntries(
    CUSTOM_FUNCTIONS.map((spec) => [
      spec.name,
      {
        method: "run",
        sizeOfResultArrayMethod: "size",
        vectorizationForbidden: true,
        parameters: spec.params.map(() => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: true,
        })),
      },
    ]),
  );

let registered = false;

/** Registers the plugin once per process; every HyperFormula instance then knows our names. */
export function registerCustomFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec.name]));
  HyperFormula.registerFunctionPlugin(CustomFunctionsPlugin as never, { enGB: names, enUS: names });
  registered = true;
}
