/** Opens the Function reference in the add-on's language (a page build.mjs wrote per language). */
import { loadCatalog } from "../../apps-script/catalogs";
import { addOnLanguage } from "../../apps-script/language";
import { showDialog } from "../../apps-script/ui";
import { referenceFile } from "./files-names";

export function showFunctionReference(): void {
  const language = addOnLanguage();
  showDialog(referenceFile(language), loadCatalog(language)["dialog.functionReference"], {
    width: 640,
    height: 560,
  });
}
