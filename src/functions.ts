/**
 * The custom functions as Sheets calls them. The build writes one top-level stub per spec
 * (`function CPE(cost, engagements) {...}`) that calls this with its arguments in order.
 */
import { findCustomFunction } from "./core/function-specs";
import { type Output, runCustomFunction } from "./core/ranges";

export function callCustomFunction(name: string, args: readonly unknown[]): Output | Output[][] {
  const spec = findCustomFunction(name);
  if (!spec) throw new Error(`${name} is not a function of this add-on`);
  return runCustomFunction(spec, args);
}
