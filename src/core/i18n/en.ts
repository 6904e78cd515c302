/**
 * English, the catalog every other language translates key by key. Placeholders in braces
 * ({name}) are filled in by format(); every translation must keep the same ones.
 */
import { enCleanup } from "./cleanup/en";
import { enCore } from "./en-core";
import { enFramework } from "./framework/en";
import { enGuide } from "./guide/en";
import { enImport } from "./import/en";
import { enReport } from "./report/en";
import { enReportDialog } from "./report-dialog/en";
import { enReportPage } from "./report-page/en";
import { enWizard } from "./wizard/en";

/**
 * Every English text: the type of every catalog, and the source of i18n_en.html. Code.js
 * itself carries only enCore (catalog.ts). Object.assign rather than spread syntax, which V8
 * builds several times slower for a few hundred keys; its type is spelled out because
 * Object.assign's own typing stops at three sources.
 */
export const en: typeof enCore &
  typeof enWizard &
  typeof enFramework &
  typeof enReport &
  typeof enReportPage &
  typeof enReportDialog &
  typeof enCleanup &
  typeof enGuide &
  typeof enImport = Object.assign(
  {},
  enCore,
  enWizard,
  enFramework,
  enReport,
  enReportPage,
  enReportDialog,
  enCleanup,
  enGuide,
  enImport,
);
