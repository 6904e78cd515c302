/**
 * GOOGLEFINANCE in the in-memory workbook, for currency pairs only: `=GOOGLEFINANCE(
 * "CURRENCY:EURUSD")` answers from a fixed table of rates the test or the demo gives, never a
 * live one (nothing here reaches Google). Google's reference (Docs Editors Help, GOOGLEFINANCE,
 * support.google.com/docs/answer/3093281) gives GOOGLEFINANCE(ticker, [attribute],
 * [start_date], [end_date|num_days], [interval]), the current "price" by default, delayed up to
 * 20 minutes. It does not say what a ticker without data gives; Sheets shows #N/A, and so does
 * the stand-in for a pair its table lacks, any other ticker, and any attribute or dates
 * (historical data it cannot know).
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
} from "hyperformula";

type Ast = Parameters<FunctionPlugin["evaluateAst"]>[0];
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];

/** Each workbook's rates by pair ("EURUSD"), keyed as the custom functions' environments are. */
const tables = new WeakMap<object, ReadonlyMap<string, number>>();

/** The rates GOOGLEFINANCE answers in hf's workbook: pair ("EURUSD") to rate. */
export function setExchangeRates(hf: HyperFormula, rates: Readonly<Record<string, number>>): void {
  tables.set(
    hf.dependencyGraph,
    new Map(Object.entries(rates).map(([pair, rate]) => [pair.toUpperCase(), rate])),
  );
}

class FinancePlugin extends FunctionPlugin {
  googlefinance(ast: { args: Ast[] }, state: State) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("GOOGLEFINANCE"),
      (ticker: string, ...rest: unknown[]) => {
        const pair = /^CURRENCY:([A-Z]{6})$/i.exec(ticker.trim())?.[1]?.toUpperCase();
        const rate = pair ? tables.get(this.dependencyGraph)?.get(pair) : undefined;
        if (rate === undefined || rest.some((arg) => arg !== undefined)) {
          return new CellError(ErrorType.NA, `GOOGLEFINANCE has no rate for ${ticker} here`);
        }
        return rate;
      },
    );
  }
}

(FinancePlugin as unknown as { implementedFunctions: object }).implementedFunctions = {
  GOOGLEFINANCE: {
    method: "googlefinance",
    parameters: [
      { argumentType: FunctionArgumentType.STRING },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
    ],
  },
};

let registered = false;

/** Registers GOOGLEFINANCE once per process. */
export function registerFinance(): void {
  if (registered) return;
  const names = { GOOGLEFINANCE: "GOOGLEFINANCE" };
  HyperFormula.registerFunctionPlugin(FinancePlugin as never, { enGB: names, enUS: names });
  registered = true;
}
