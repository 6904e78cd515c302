/**
 * The bundle's entry: everything Apps Script reaches through the top-level stubs that
 * build.mjs writes. Loading this module defines functions and data only; it calls no service.
 */
import { MENU_ACTIONS, SIDEBAR_FUNCTIONS } from "./addon";

export {
  insertTemplatesFromMenu,
  onInstall,
  onOpen,
  showFunctionReference,
  showKpiWizard,
} from "./addon";
export { CUSTOM_FUNCTIONS } from "./core/function-specs";
export { callCustomFunction } from "./functions";

/** Top-level functions besides the custom functions, with their parameter names. */
export const ENTRY_POINTS: readonly { name: string; params: readonly string[] }[] = [
  { name: "onOpen", params: ["e"] },
  { name: "onInstall", params: ["e"] },
  ...Object.keys(MENU_ACTIONS).map((name) => ({ name, params: [] })),
  { name: "wizardStart", params: [] },
  { name: "writeFramework", params: ["draft"] },
  { name: "selectFrameworkRows", params: ["campaign"] },
];

export const { wizardStart, writeFramework, selectFrameworkRows } = SIDEBAR_FUNCTIONS;
