/** The import dialog calls its server through this: typed by its contract. */
import { scriptRun } from "../../../apps-script/script-run";
import type { ImportFunctions } from "../contract";

export const call = scriptRun<ImportFunctions>();
