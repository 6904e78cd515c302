/** The wizard's functions as Apps Script calls them: the menu items' pages and their calls. */
import { loadCatalog } from "../../apps-script/catalogs";
import { addOnLanguage } from "../../apps-script/language";
import { serverEnv } from "../../apps-script/server-env";
import { spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import { showDialog, showSidebar } from "../../apps-script/ui";
import { catalogPart } from "../../core/i18n/catalog";
import { sheetName } from "../../core/labels";
import type { HelpTexts, WizardFunctions } from "./contract";
import { wizard } from "./feature";
import { saveFramework, showCampaignRows, startWizard, undoFramework } from "./wizard";

const [sidebar, help] = wizard.pages;

/** Opens the KPI framework wizard. */
export function showKpiWizard(): void {
  showSidebar(sidebar.file, loadCatalog(addOnLanguage())["sidebar.title"]);
}

/** Opens the help page on the KPI framework, in the add-on's language. */
export function showFrameworkHelp(): void {
  const language = addOnLanguage();
  const catalog = loadCatalog(language);
  const texts: HelpTexts = {
    language,
    messages: catalogPart(catalog, ["guide.", "status.", "smart.", "join.label"]),
    names: {
      framework: sheetName(catalog, "framework"),
      tracker: sheetName(catalog, "tracker"),
      settings: sheetName(catalog, "settings"),
    },
  };
  showDialog(help.file, catalog["guide.title"], { width: 560, height: 600 }, { HELP: texts });
}

// What arrives from a page is unknown: every payload is validated before use.
export const wizardStart = () => startWizard(spreadsheetAppWorkbook(), serverEnv());
export const writeFramework = (draft: unknown) =>
  saveFramework(spreadsheetAppWorkbook(), draft, serverEnv());
export const selectFrameworkRows = (campaign: unknown) =>
  showCampaignRows(spreadsheetAppWorkbook(), campaign, serverEnv());
export const undoFrameworkWrite = (ticket: unknown) =>
  undoFramework(spreadsheetAppWorkbook(), ticket, serverEnv());
/** The sidebar's Help: the same page as the menu's. */
export const openFrameworkHelp = (): void => showFrameworkHelp();

({
  wizardStart,
  writeFramework,
  selectFrameworkRows,
  undoFrameworkWrite,
  openFrameworkHelp,
}) satisfies WizardFunctions;
