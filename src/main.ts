/**
 * The bundle's entry, Code.js: the custom functions, the menu, and the way to each feature's
 * functions, all derived from the list of features. build.mjs writes a top-level stub for each
 * custom function, trigger and feature function. Loading it defines functions and data only; it
 * calls no service.
 */
import type { Entry } from "./apps-script/feature";
import { buildMenu } from "./apps-script/ui";
import { FEATURES } from "./features/features";

export { callCustomFunction } from "./apps-script/custom-functions";
export { serverFile, serverGlobal } from "./apps-script/feature";
export { serve } from "./apps-script/feature-server";
export { CUSTOM_FUNCTIONS } from "./core/function-specs";
export { FEATURES };

/** Builds the add-on menu (Sheets runs it when a document opens). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(FEATURES);
}

/** The documented pattern: installing the add-on builds its menu at once. */
export function onInstall(_event?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(FEATURES);
}

/** Top-level functions Code.js runs itself; each feature's come from its manifest. */
export const TRIGGERS: readonly Entry[] = [
  { name: "onOpen", params: ["e"] },
  { name: "onInstall", params: ["e"] },
];
