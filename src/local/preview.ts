/**
 * npm run preview: the KPI wizard's sidebar beside a live view of the KPI Framework sheet, on
 * a local port, calling the same server functions of dist/Code.js on an in-memory workbook
 * with the sample tracker, so a person can click through the wizard.
 *
 *   npm run preview                      a free port; PORT=8080 npm run preview for a fixed one
 *   npm run preview -- --lang=da         start in Danish (en, zh-CN, da, it, ky); or ?lang=da
 *   http://127.0.0.1:PORT/?delay=800     server calls take 800 ms longer, to see the busy state
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
console.log(`KPI wizard preview: ${preview.url}  (Ctrl+C to stop)`);
