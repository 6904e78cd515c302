/** The wizard's functions as Apps Script calls them: the menu item's sidebar and its calls. */
import { loadCatalog } from "../../apps-script/catalogs";
import { addOnLanguage } from "../../apps-script/language";
import { serverEnv } from "../../apps-script/server-env";
import { spreadsheetAppWorkbook } from "../../apps-script/spreadsheet-app-workbook";
import { showSidebar } from "../../apps-script/ui";
import type { WizardFunctions } from "./contract";
import { wizard } from "./feature";
import { saveFramework, showCampaignRows, startWizard } from "./wizard";

/** Opens the KPI framework wizard. */
export function showKpiWizard(): void {
  const [page] = wizard.pages;
  showSidebar(page.file, loadCatalog(addOnLanguage())["sidebar.title"]);
}

// What arrives from a page is unknown: every payload is validated before use.
export const wizardStart = () => startWizard(spreadsheetAppWorkbook(), serverEnv());
export const writeFramework = (draft: unknown) =>
  saveFramework(spreadsheetAppWorkbook(), draft, serverEnv());
export const selectFrameworkRows = (campaign: unknown) =>
  showCampaignRows(spreadsheetAppWorkbook(), campaign, serverEnv());

({ wizardStart, writeFramework, selectFrameworkRows }) satisfies WizardFunctions;
