/**
 * A page's one way to the server: a typed promise over google.script.run, derived from the
 * feature's contract (its *Functions interface). A function the contract lacks, or a wrong
 * payload, fails the typecheck: the runner's type has exactly the contract's names.
 */

/** A contract: an interface of functions. */
// biome-ignore lint/suspicious/noExplicitAny: any function of a contract, whatever its arguments
type Contract<F> = { readonly [K in keyof F]: (...args: any[]) => unknown };

/** google.script.run as far as the pages use it. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare const google: { readonly script: { readonly run: ScriptRun } };

/** Apps Script hands failures over as an Error, and now and then as plain text. */
function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== "" ? message : String(error);
}

/**
 * The contract's functions as promises: a server function's result, or its thrown error's
 * message as a rejected Error.
 */
export function scriptRun<F extends Contract<F>>() {
  return <K extends keyof F & string>(
    name: K,
    ...args: Parameters<F[K]>
  ): Promise<ReturnType<F[K]>> =>
    new Promise((resolve, reject) => {
      const run = google.script.run
        .withSuccessHandler((value) => resolve(value as ReturnType<F[K]>))
        .withFailureHandler((error) => reject(new Error(errorText(error))));
      // Called on the runner itself: google.script.run's functions are its methods.
      const method = (run as unknown as Record<string, (...a: unknown[]) => void>)[name];
      method?.apply(run, args);
    });
}
