/**
 * The bundle's entry: everything Apps Script reaches through the top-level stubs that
 * build.mjs writes. Loading this module defines functions and data only; it calls no service.
 */
import { MENU_ACTIONS, PAGE_FUNCTIONS } from "./apps-script/addon";

export {
  insertTemplatesFromMenu,
  onInstall,
  onOpen,
  showFunctionReference,
  showKpiWizard,
  showReportMaker,
  showReportViewer,
} from "./apps-script/addon";
export { callCustomFunction } from "./apps-script/custom-functions";
export { CUSTOM_FUNCTIONS } from "./core/function-specs";

/** Top-level functions besides the custom functions, with their parameter names. */
export const ENTRY_POINTS: readonly { name: string; params: readonly string[] }[] = [
  { name: "onOpen", params: ["e"] },
  { name: "onInstall", params: ["e"] },
  ...Object.keys(MENU_ACTIONS).map((name) => ({ name, params: [] })),
  { name: "wizardStart", params: [] },
  { name: "writeFramework", params: ["draft"] },
  { name: "selectFrameworkRows", params: ["campaign"] },
  { name: "reportStart", params: [] },
  { name: "createReportSheet", params: ["request"] },
  { name: "viewReport", params: ["request"] },
  { name: "reportView", params: ["request"] },
];

export const {
  wizardStart,
  writeFramework,
  selectFrameworkRows,
  reportStart,
  createReportSheet,
  viewReport,
  reportView,
} = PAGE_FUNCTIONS;
