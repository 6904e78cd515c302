/** Clean up numbers from the menu: the outcome in a toast, or an alert listing what was left. */
import { loadCatalog } from "../../apps-script/catalogs";
import { addOnLanguage } from "../../apps-script/language";
import { serverEnv } from "../../apps-script/server-env";
import { spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import { runMenuAction } from "../../apps-script/ui";
import { cleanUpNumbers } from "./clean-up";
import { describeCleanUp } from "./describe";

export function cleanUpNumbersFromMenu(): void {
  const language = addOnLanguage();
  runMenuAction(language, "action.cleanUp", () => {
    const env = serverEnv();
    const catalog = loadCatalog(language);
    const result = cleanUpNumbers(spreadsheetAppWorkbook(), env.allCatalogs(), catalog);
    // A list of cells to check stays on screen; a line of counts is a toast.
    return { message: describeCleanUp(result, catalog), catalog, alert: result.left.length > 0 };
  });
}
