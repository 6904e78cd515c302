/**
 * Opens the Function reference in the add-on's language (a page build.mjs wrote per language),
 * its formulas typed as this spreadsheet's locale types them: semicolons where a comma marks
 * decimals.
 */
import { loadCatalog } from "../../apps-script/catalogs";
import { addOnLanguage } from "../../apps-script/language";
import { showDialog } from "../../apps-script/ui";
import { typedCodes } from "../../core/i18n/number-format";
import { referenceFile } from "./files-names";

export function showFunctionReference(): void {
  const language = addOnLanguage();
  const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  showDialog(
    referenceFile(language),
    loadCatalog(language)["dialog.functionReference"],
    { width: 640, height: 560 },
    {},
    (page) => typedCodes(page, locale),
  );
}
