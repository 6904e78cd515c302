/**
 * Loads dist/Code.js, the file clasp pushes, the way Apps Script does: one fresh V8 context
 * holding only ECMAScript built-ins (no timers, URL, TextEncoder, atob, crypto or fetch) plus
 * the Apps Script globals a caller hands in. Calls go through the generated top-level stubs.
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { projectPath } from "./paths";

export const BUNDLE_PATH = projectPath("dist", "Code.js");

/** Globals a Node vm context has that Apps Script's V8 does not. */
const NOT_IN_APPS_SCRIPT = ["WebAssembly", "SharedArrayBuffer", "Atomics"];

export interface LoadedBundle {
  readonly context: vm.Context;
  /** Calls a top-level function of Code.js, as a trigger, menu or cell would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Names of the top-level functions Code.js declares. */
  readonly functionNames: readonly string[];
  /** A Date made inside the bundle's realm, as Sheets hands over date cells. */
  date(iso: string): Date;
}

export function loadBundle(
  globals: Record<string, unknown> = {},
  source = readFileSync(BUNDLE_PATH, "utf8"),
): LoadedBundle {
  const context = vm.createContext({ ...globals });
  vm.runInContext(NOT_IN_APPS_SCRIPT.map((name) => `delete globalThis.${name};`).join(""), context);
  vm.runInContext(source, context, { filename: "Code.js" });
  const functionNames = [...source.matchAll(/^function (\w+)\(/gm)].map((m) => m[1] as string);
  return {
    context,
    functionNames,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${name}`);
      return fn(...args);
    },
    date: (iso) => vm.runInContext(`new Date(${JSON.stringify(iso)})`, context) as Date,
  };
}
