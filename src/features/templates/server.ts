/** Insert templates from the menu, in the add-on's language; the outcome as a toast or alert. */
import { loadCatalog } from "../../apps-script/catalogs";
import { userLanguage } from "../../apps-script/language";
import { spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import { runMenuAction } from "../../apps-script/ui";
import { insertTemplates } from "../../sheets/insert-templates";
import { describeInsert } from "./describe";

export function insertTemplatesFromMenu(): void {
  const language = userLanguage();
  runMenuAction(language, "action.insertTemplates", () => {
    const result = insertTemplates(spreadsheetAppWorkbook(), {
      userLanguage: language,
      catalog: loadCatalog,
    });
    const catalog = loadCatalog(result.language);
    return { message: describeInsert(result, catalog), catalog };
  });
}
