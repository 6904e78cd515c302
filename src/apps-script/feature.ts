/**
 * A feature's manifest: the one place that says what a feature adds to the add-on. Everything
 * else is derived from the list of manifests (src/features/features.ts): the menu onOpen
 * builds, the top-level functions and their stubs in Code.js, the server file each feature's
 * functions are served from, the pages and files build.mjs writes, the preview's allow-list,
 * the typechecks and knip's entries. build.mjs refuses a manifest whose functions, menu items
 * or pages are not wired (checkFeatures).
 */
import type { Lang } from "../core/i18n/languages";

/** A top-level function of Code.js and the names of its parameters (Sheets shows them). */
export interface Entry {
  readonly name: string;
  readonly params: readonly string[];
}

interface MenuItem {
  /** The top-level function the item calls (one of the feature's own). */
  readonly run: string;
  /**
   * The item's label in every language. onOpen runs in AuthMode.NONE, where no file may be
   * read, so these travel in Code.js; a test checks them against the catalogs' menu.* texts.
   */
  readonly labels: Readonly<Record<Lang, string>>;
}

/** A page of the feature: src/features/<id>/<folder> holds main.ts(x), index.html, style.css. */
interface Page {
  /** The Apps Script file name it is written to, without .html (dist/<file>.html). */
  readonly file: string;
  readonly folder: string;
}

export interface Feature {
  /** Its folder under src/features. */
  readonly id: string;
  /** Menu items, in the order the menu shows them. */
  readonly menu: readonly MenuItem[];
  /** What its pages call through google.script.run, served from its server file. */
  readonly serves: readonly Entry[];
  readonly pages: readonly Page[];
  /** Catalog keys (by prefix) its pages show: the server sends them with the page's start. */
  readonly messages: readonly string[];
  /** Files its files.ts writes beside Code.js at build time (the Function reference pages). */
  readonly files?: boolean;
}

/** The Apps Script file a feature's server functions are read from, on first use. */
export const serverFile = (id: string): string => `server_${id.replace(/-/g, "_")}`;

/** The global a feature's server file defines. */
export const serverGlobal = (id: string): string => `InfluencerKpisServer_${id.replace(/-/g, "_")}`;
