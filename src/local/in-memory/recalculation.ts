/**
 * When the in-memory workbook recalculates: when something reads a value, not after each
 * write. Sheets, too, computes formulas after the writes that change their inputs and shows
 * each result once computed; a run of writes then costs one recalculation instead of one
 * each, which matters where a volatile formula (TODAY() in the KPI Framework's Status)
 * recomputes on every recalculation.
 */
import type { HyperFormula } from "hyperformula";

/** HyperFormula's methods that read computed values (they refuse while evaluation waits). */
const READS = [
  "getCellValue",
  "getCellHyperlink",
  "getCellSerialized",
  "getSheetValues",
  "getSheetSerialized",
  "getAllSheetsValues",
  "getAllSheetsSerialized",
  "getRangeValues",
  "getRangeSerialized",
  "getFillRangeData",
  "getCellValueType",
  "getCellValueDetailedType",
  "getCellValueFormat",
  "getNamedExpressionValue",
  "calculateFormula",
  "paste",
] as const;

/** Its methods that change cells, sheets or names: each waits for the next read. */
const WRITES = [
  "setCellContents",
  "setSheetContent",
  "clearSheet",
  "addRows",
  "removeRows",
  "addColumns",
  "removeColumns",
  "moveCells",
  "moveRows",
  "moveColumns",
  "addSheet",
  "removeSheet",
  "renameSheet",
  "addNamedExpression",
  "changeNamedExpression",
  "removeNamedExpression",
] as const;

/**
 * Makes hf hold its recalculation until a value is read. `settle`, run after each
 * recalculation, may change cells (it says so), and then hf recalculates again.
 */
export function recalculateOnRead(hf: HyperFormula, settle: () => boolean = () => false): void {
  const methods = hf as unknown as Record<string, (...args: unknown[]) => unknown>;
  const wrap = (name: string, before: () => void) => {
    const method = methods[name]?.bind(hf);
    if (!method) throw new Error(`HyperFormula has no ${name}.`);
    methods[name] = (...args: unknown[]) => {
      before();
      return method(...args);
    };
  };
  const hold = () => {
    if (!hf.isEvaluationSuspended()) hf.suspendEvaluation();
  };
  const recalculate = () => {
    if (!hf.isEvaluationSuspended()) return;
    hf.resumeEvaluation();
    if (settle() && hf.isEvaluationSuspended()) hf.resumeEvaluation();
  };
  for (const name of WRITES) wrap(name, hold);
  for (const name of READS) wrap(name, recalculate);
  // A batch of writes is what every write is now: no recalculation at its end.
  methods.batch = (operations: unknown) => {
    hold();
    (operations as () => void)();
    return [];
  };
}
