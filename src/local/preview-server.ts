/**
 * The KPI wizard's preview server (npm run preview, and the browser tests): the sidebar
 * (dist/Sidebar.html, as clasp pushes it) beside a live view of the KPI Framework sheet. The
 * sidebar's google.script.run is a stand-in that POSTs to this server, which calls the same
 * top-level functions of dist/Code.js on an in-memory workbook holding the templates and the
 * sample tracker.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { spreadsheetAppWorkbook } from "../apps-script/spreadsheet-app-workbook";
import { isDate } from "../core/cells";
import {
  HOME_LOCALES,
  LANGUAGE_CODES,
  LANGUAGES,
  type Lang,
  parseLanguage,
} from "../core/i18n/languages";
import { escapeHtml } from "../core/markup";
import { FEATURES } from "../features/features";
import { ownSheet } from "../sheets/insert-templates";
import { appendTrackerRows } from "../sheets/tracker-rows";
import { type LoadedBundle, loadBundle } from "./bundle";
import { type AppsScriptStandIn, createAppsScript, installAppsScript } from "./in-memory/index";
import { projectPath } from "./paths";
import { marksOf, sampleTracker } from "./sample-tracker";

/** One spreadsheet in one language: the Apps Script stand-in and Code.js loaded on it. */
interface PreviewWorkbook {
  readonly standIn: AppsScriptStandIn;
  readonly bundle: LoadedBundle;
  /** The KPI Framework sheet's name in this workbook. */
  readonly frameworkSheet: string;
}

export interface Preview {
  /** The preview page, e.g. http://127.0.0.1:41234/ (add ?lang=da for another language). */
  readonly url: string;
  /** A dialog a menu item opens, with the stand-in google.script.run, for a language. */
  /** The dialog a menu item opens (its function, e.g. showReportMaker). */
  dialogUrl(open: string, lang?: Lang): string;
  /** The sidebar alone, with the stand-in google.script.run, for a language. */
  sidebarUrl(lang?: Lang, delayMs?: number): string;
  /** The workbook of a language, made (templates and sample tracker) on first use. */
  workbook(lang?: Lang): PreviewWorkbook;
  /** Forgets a language's workbook: the next call starts from the sample data again. */
  reset(lang?: Lang): void;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The language of the page when the URL names none. */
  readonly lang?: Lang;
}

/** The functions pages may call: those the features' manifests say they serve, nothing else. */
const SERVER_FUNCTIONS: ReadonlySet<string> = new Set(
  FEATURES.flatMap((feature) => feature.serves.map((entry) => entry.name)),
);

/** What the menu items run, which may open a dialog. */
const MENU_FUNCTIONS: ReadonlySet<string> = new Set(
  FEATURES.flatMap((feature) => feature.menu.map((item) => item.run)),
);

/** Templates inserted from the menu as a user would, then the sample tracker appended. */
function newWorkbook(lang: Lang): PreviewWorkbook {
  const locale = HOME_LOCALES[lang];
  const standIn = createAppsScript({ locale, userLocale: locale });
  const bundle = loadBundle(standIn.globals);
  bundle.call("insertTemplatesFromMenu");
  for (const alert of standIn.ui.alerts) throw new Error(`Insert templates: ${alert.prompt}`);
  const uninstall = installAppsScript(standIn);
  try {
    const port = spreadsheetAppWorkbook();
    appendTrackerRows(port, ownSheet(port, "tracker"), sampleTracker(marksOf(locale)));
    return { standIn, bundle, frameworkSheet: ownSheet(port, "framework").name };
  } finally {
    uninstall();
  }
}

/** Plays google.script.run in the sidebar: each call is a POST to /run, answered as JSON. */
const STAND_IN = `<script>(() => {
  const query = new URLSearchParams(location.search);
  const endpoint = "/run?lang=" + encodeURIComponent(query.get("lang") || "");
  const delay = Number(query.get("delay")) || 0;
  const runner = (done, failed) => new Proxy({}, {
    get(_, name) {
      if (name === "withSuccessHandler") return (handler) => runner(handler, failed);
      if (name === "withFailureHandler") return (handler) => runner(done, handler);
      if (name === "withUserObject") return () => runner(done, failed);
      return (...args) => setTimeout(async () => {
        try {
          const response = await fetch(endpoint, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name, args }),
          });
          const result = await response.json();
          if (result.ok) done?.(result.value);
          else failed?.(new Error(result.message));
        } catch (error) {
          failed?.(error);
        }
        parent.postMessage({ influencerKpisPreview: name }, "*");
        // The report page replaces the dialog it was opened from: show that page here.
        if (name === "openReportPage") {
          location.assign("/dialog?lang=" + encodeURIComponent(query.get("lang") || ""));
        }
      }, delay);
    },
  });
  window.google = { script: { run: runner(), host: { close() {} } } };
})();</script>`;

function page(lang: Lang, delay: string): string {
  const choices = LANGUAGE_CODES.map(
    (code) =>
      `<a href="/?lang=${code}"${code === lang ? ' aria-current="page"' : ""}>${escapeHtml(LANGUAGES[code])}</a>`,
  ).join(" ");
  const query = `lang=${encodeURIComponent(lang)}${delay ? `&delay=${encodeURIComponent(delay)}` : ""}`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Influencer KPIs: wizard preview</title>
<style>
body { margin: 0; font: 13px Roboto, Arial, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; }
header { padding: 8px 12px; border-bottom: 1px solid #dadce0; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
header a[aria-current] { font-weight: bold; color: inherit; }
main { flex: 1; display: flex; min-height: 0; }
iframe { width: 300px; border: 0; border-right: 1px solid #dadce0; flex: none; }
#sheet { flex: 1; overflow: auto; padding: 8px; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #e0e0e0; padding: 2px 6px; text-align: left; vertical-align: top; min-width: 72px; max-width: 240px; overflow-wrap: break-word; }
th[scope=row] { min-width: 0; }
th { background: #f1f3f4; position: sticky; top: 0; }
td.formula { color: #1a73e8; }
tr.selected td { background: #e8f0fe; }
</style></head><body>
<header><b>Influencer KPIs: wizard preview</b><span>${choices}</span>
<button type="button" id="reset">Reset workbook</button></header>
<main><iframe title="Sidebar" src="/sidebar?${query}"></iframe><section id="sheet" aria-live="polite"></section></main>
<script>
const sheet = document.getElementById("sheet");
const refresh = async () => { sheet.innerHTML = await (await fetch("/sheet?${query}")).text(); };
addEventListener("message", (event) => { if (event.data && event.data.influencerKpisPreview) refresh(); });
document.getElementById("reset").onclick = async () => {
  await fetch("/reset?${query}", { method: "POST" });
  location.reload();
};
refresh();
</script></body></html>`;
}

/** A cell as the sheet shows it, roughly: dates as ISO, numbers rounded, text as text. */
function cellText(value: unknown): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(Number.parseFloat(value.toPrecision(6)));
  return String(value ?? "");
}

/** The KPI Framework sheet as an HTML table: values, with each formula as its tooltip. */
function sheetView(workbook: PreviewWorkbook): string {
  const sheet = workbook.standIn.spreadsheet.sheetNamed(workbook.frameworkSheet);
  if (!sheet) return "<p>No KPI Framework sheet.</p>";
  const range = sheet.getDataRange();
  const values = range.readValues();
  const formulas = range.getFormulas();
  const selected = selectedRows(workbook);
  const rows = values
    .map((line, r) => {
      const cells = line.map((value, c) => {
        const formula = formulas[r]?.[c] ?? "";
        const tag = r === 0 ? "th" : "td";
        const attributes = formula ? ` class="formula" title="${escapeHtml(formula)}"` : "";
        return `<${tag}${attributes}>${escapeHtml(cellText(value))}</${tag}>`;
      });
      if (r > 0 && line.every((value) => value === "")) return "";
      const mark = selected.has(r + 1) ? ' class="selected"' : "";
      return `<tr${mark}><th scope="row">${r + 1}</th>${cells.join("")}</tr>`;
    })
    .join("");
  return `<h2>${escapeHtml(workbook.frameworkSheet)}</h2><table>${rows}</table>`;
}

/** Rows of the framework sheet the add-on last selected (selectFrameworkRows). */
function selectedRows(workbook: PreviewWorkbook): Set<number> {
  const { spreadsheet } = workbook.standIn;
  const rows = new Set<number>();
  const selection = spreadsheet.selection;
  if (selection && spreadsheet.getActiveSheet().getName() === workbook.frameworkSheet) {
    for (let r = selection.row; r < selection.row + selection.numRows; r++) rows.add(r);
  }
  return rows;
}

/**
 * The most a call may send: Import data sends a whole file's records (the dialog takes files of
 * up to 20 MB; 50,000 rows of an Instagram export are about 6 MB as JSON).
 */
const MAX_REQUEST = 64 * 1024 * 1024;

async function body(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) {
    text += chunk;
    if (text.length > MAX_REQUEST) throw new Error("Request too large");
  }
  return text;
}

/** Calls a server function as google.script.run does: JSON in, JSON out, errors as messages. */
function run(workbook: PreviewWorkbook, request: unknown): unknown {
  const { name, args } = (request ?? {}) as { name?: unknown; args?: unknown };
  if (typeof name !== "string" || !SERVER_FUNCTIONS.has(name)) {
    return { ok: false, message: `Script function not found: ${String(name)}` };
  }
  try {
    const value = workbook.bundle.call(name, ...(Array.isArray(args) ? args : []));
    // Results come from the bundle's realm; they cross as JSON, as from Apps Script.
    return { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { ok: false, message: String((error as { message?: unknown })?.message ?? error) };
  }
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const fallback = options.lang ?? "en";
  const workbooks = new Map<Lang, PreviewWorkbook>();
  const workbook = (lang: Lang = fallback) => {
    let found = workbooks.get(lang);
    if (!found) {
      found = newWorkbook(lang);
      workbooks.set(lang, found);
    }
    return found;
  };
  const sidebar = () => {
    const html = readFileSync(projectPath("dist", "Sidebar.html"), "utf8");
    return html.replace("<head>", `<head>${STAND_IN}`);
  };

  /**
   * The dialog Sheets would show now: after a menu item (?open=showReportMaker) opens one, or
   * after a server function (View report) replaced it.
   */
  const dialog = (book: PreviewWorkbook, open: string | null) => {
    if (open && MENU_FUNCTIONS.has(open)) book.bundle.call(open);
    const html = book.standIn.ui.dialogs.at(-1)?.output.getContent() ?? "<p>No dialog</p>";
    return html.replace("<head>", `<head>${STAND_IN}`);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const lang = parseLanguage(url.searchParams.get("lang")) ?? fallback;
    const send = (status: number, type: string, content: string) => {
      response.writeHead(status, {
        "content-type": `${type}; charset=utf-8`,
        "cache-control": "no-store",
      });
      response.end(content);
    };
    switch (`${request.method} ${url.pathname}`) {
      case "GET /":
        return send(200, "text/html", page(lang, url.searchParams.get("delay") ?? ""));
      case "GET /sidebar":
        return send(200, "text/html", sidebar());
      case "GET /dialog":
        return send(200, "text/html", dialog(workbook(lang), url.searchParams.get("open")));
      case "GET /sheet":
        return send(200, "text/html", sheetView(workbook(lang)));
      case "POST /run": {
        const result = run(workbook(lang), JSON.parse(await body(request)));
        return send(200, "application/json", JSON.stringify(result));
      }
      case "POST /reset":
        workbooks.delete(lang);
        return send(204, "text/plain", "");
      default:
        return send(404, "text/plain", "Not found");
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    dialogUrl: (open, lang = fallback) =>
      `${origin}/dialog?lang=${encodeURIComponent(lang)}&open=${encodeURIComponent(open)}`,
    sidebarUrl: (lang = fallback, delayMs = 0) =>
      `${origin}/sidebar?lang=${encodeURIComponent(lang)}${delayMs ? `&delay=${delayMs}` : ""}`,
    workbook,
    reset: (lang = fallback) => {
      workbooks.delete(lang);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
