/** The Function reference page of a language, as an Apps Script file name (no "-" allowed). */
import type { Lang } from "../../core/i18n/languages";

export const referenceFile = (lang: Lang): string => `FunctionReference_${lang.replace("-", "_")}`;
