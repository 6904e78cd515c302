/**
 * The words of the Function reference dialog in one language. English comes from the
 * functions' specs (the same text Sheets shows in autocomplete); translations give each
 * function's summary ("CPE") and each argument's description ("CPE.cost") by key.
 */
import type { AnyFunctionSpec } from "../../../core/function-specs";

export interface ReferenceText {
  /** Paragraph above the list of functions; may hold <code> elements. */
  readonly intro: string;
  /** Label before each example formula. */
  readonly example: string;
  /** Between an argument's name and its description: ": ", or "：" in Chinese. */
  readonly labelJoin: string;
  readonly functions: Readonly<Record<string, string>>;
}

const ENGLISH_INTRO =
  "Every function takes a single cell or a whole column: <code>=CPE(S3:S, Y3:Y)</code> fills the column in one call. Rates come back as fractions: format the cells as percent. Blank rows stay blank; a bad cell shows a short ⚠ note and the rest still compute.";

/** English, straight from the specs. */
export function englishReference(specs: readonly AnyFunctionSpec[]): ReferenceText {
  const functions: Record<string, string> = {};
  for (const spec of specs) {
    functions[spec.name] = spec.summary;
    for (const p of spec.params) functions[`${spec.name}.${p.name}`] = p.description;
  }
  return { intro: ENGLISH_INTRO, example: "Example:", labelJoin: ": ", functions };
}
