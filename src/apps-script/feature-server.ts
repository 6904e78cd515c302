/**
 * Serves each feature's functions from its own file. Code.js, which every custom-function call
 * loads, carries only the custom functions, the menu and this: a feature's server code
 * (dist/server_<id>.html, written by build.mjs) is read and evaluated the first time one of
 * its functions runs in an execution. Apps Script evaluates code on the server (the HtmlTemplate
 * reference: "Calling eval(<code>) will return a new HtmlOutput object"); the file is the
 * add-on's own, pushed with Code.js.
 */
import { serverFile, serverGlobal } from "./feature";

type Server = Readonly<Record<string, (...args: unknown[]) => unknown>>;

const loaded = new Map<string, Server>();

// Called through a name, eval is indirect: it runs its code at the top level, not in here.
// biome-ignore lint/security/noGlobalEval: only ever given the add-on's own server files
const topLevelEval: (code: string) => unknown = eval;

function serverOf(id: string): Server {
  let server = loaded.get(id);
  if (!server) {
    const source = HtmlService.createHtmlOutputFromFile(serverFile(id)).getContent();
    // Indirect eval runs the file at the top level, as Code.js runs; the file is strict code, so
    // its one variable stays inside the evaluation, whose value is that variable.
    server = topLevelEval(`${source}\n${serverGlobal(id)};`) as Server | undefined;
    if (!server) throw new Error(`${serverFile(id)} defines no ${serverGlobal(id)}`);
    loaded.set(id, server);
  }
  return server;
}

/** Calls a feature's function with the arguments its top-level stub received. */
export function serve(id: string, name: string, args: readonly unknown[]): unknown {
  const fn = serverOf(id)[name];
  if (typeof fn !== "function") throw new Error(`${name} is not a function of ${id}`);
  return fn(...args);
}
