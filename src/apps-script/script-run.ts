/**
 * The sidebar's one way to the server: a typed promise over google.script.run, derived from
 * the contract (ui/contract.ts). A function the contract lacks, or a wrong payload, fails the
 * typecheck: the runner's type has exactly the contract's names.
 */
import type { ServerFunctions } from "../features/contract";

type Name = keyof ServerFunctions;

/** The server functions as google.script.run offers them: results go to the handlers. */
type Functions = { readonly [K in Name]: (...args: Parameters<ServerFunctions[K]>) => void };

/** google.script.run as far as the sidebar uses it. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun & Functions;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun & Functions;
}

declare const google: { readonly script: { readonly run: ScriptRun } };

/** A server function's result, or its thrown error's message as a rejected Error. */
export function call<K extends Name>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const run: Functions = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[K]>))
      .withFailureHandler((error) => reject(new Error(errorText(error))));
    // Called on the runner itself: google.script.run's functions are its methods.
    run[name].apply(run, args);
  });
}

/** Apps Script hands failures over as an Error, and now and then as plain text. */
function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== "" ? message : String(error);
}
