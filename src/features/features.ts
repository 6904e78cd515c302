/**
 * The add-on's features, in the order of their menu items: the one place a feature is switched
 * on. Adding a feature is its folder under src/features (feature.ts, server.ts, pages) and one
 * line here; the menu, Code.js's functions, the pages, the preview and the checks follow.
 */
import type { Feature } from "../apps-script/feature";
import { cleanup } from "./cleanup/feature";
import { functionReference } from "./function-reference/feature";
import { importData } from "./import/feature";
import { report } from "./report/feature";
import { templates } from "./templates/feature";
import { wizard } from "./wizard/feature";

export const FEATURES: readonly Feature[] = [
  templates,
  importData,
  wizard,
  report,
  cleanup,
  functionReference,
];
