/** The wizard's pages call its server through this: typed by its contract. */
import { scriptRun } from "../../../apps-script/script-run";
import type { WizardFunctions } from "../contract";

export const call = scriptRun<WizardFunctions>();
