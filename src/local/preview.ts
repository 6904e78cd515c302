/**
 * npm run preview: the whole add-on in a browser, on a local port. The in-memory spreadsheet
 * (the templates and sample posts, or empty) as Sheets shows it, Extensions → Influencer KPIs,
 * the add-on's sidebar and dialogs calling dist/Code.js, as described in the README.
 *
 *   npm run preview                      a free port; PORT=8080 npm run preview for a fixed one
 *   npm run preview -- --lang=da         a Danish user (en, zh-CN, da, it, ky); or ?lang=da
 *   http://127.0.0.1:PORT/?delay=800     the add-on's calls take 800 ms longer, to see them busy
 */
import { parseLanguage } from "../core/i18n/languages";
import { startPreview } from "./preview-server";

const lang = parseLanguage(process.argv.find((arg) => arg.startsWith("--lang="))?.slice(7));
const preview = await startPreview({
  port: Number(process.env.PORT ?? 0),
  ...(lang ? { lang } : {}),
});
// Made now, so the first page load does not wait for the workbook.
preview.workbook();
console.log(`Influencer KPIs preview: ${preview.url}  (Ctrl+C to stop)`);
