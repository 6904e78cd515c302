/**
 * npm run preview, and the browser tests: the whole add-on in a browser, without Google. The
 * page (preview/shell/) shows the in-memory spreadsheet as Sheets would, with the add-on's menu,
 * sidebar and dialogs; those pages are the ones clasp pushes (dist/*.html), and their
 * google.script.run calls the same top-level functions of dist/Code.js on the in-memory
 * spreadsheet, one per language of the user.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HOME_LOCALES, LANGUAGES, type Lang, parseLanguage } from "../core/i18n/languages";
import { projectPath } from "./paths";
import { withScriptRun } from "./preview/script-run";
import { sheetView } from "./preview/sheet-view";
import { shellPage } from "./preview/shell-page";
import type { PreviewState } from "./preview/views";
import {
  callCodeJs,
  MENU_FUNCTIONS,
  newWorkbook,
  type PreviewWorkbook,
  SERVER_FUNCTIONS,
  type Start,
  shown,
} from "./preview/workbooks";

export interface Preview {
  /** The preview page, e.g. http://127.0.0.1:41234/ (add ?lang=da for another language). */
  readonly url: string;
  /** The preview page for a user of this language. */
  pageUrl(lang?: Lang): string;
  /** The dialog a menu item opens (its function, e.g. showReportMaker), alone. */
  dialogUrl(open: string, lang?: Lang): string;
  /** The sidebar alone, with the stand-in google.script.run, for a language. */
  sidebarUrl(lang?: Lang, delayMs?: number): string;
  /** The spreadsheet of a language, made on first use (the templates and sample posts). */
  workbook(lang?: Lang): PreviewWorkbook;
  /** Starts a language's spreadsheet again: with the sample posts, or empty. */
  reset(lang?: Lang, start?: Start): void;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The language of the page when the URL names none. */
  readonly lang?: Lang;
}

/** Spreadsheet locales to switch to: the five languages' and a few that write numbers otherwise. */
const LOCALES = [
  ...new Set([...Object.values(HOME_LOCALES), "en_GB", "de_DE", "fr_FR", "es_ES", "de_CH"]),
];

/** The largest call the preview takes: an import of 50,000 rows sends about 6 MB. */
const MAX_REQUEST = 64 * 1024 * 1024;

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of request) {
    text += chunk;
    if (text.length > MAX_REQUEST) throw new Error("Request too large");
  }
  const parsed: unknown = text === "" ? {} : JSON.parse(text);
  return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
}

/** What the page shows of a spreadsheet besides its cells. */
function state(workbook: PreviewWorkbook): PreviewState {
  const { spreadsheet, ui } = workbook.standIn;
  const sidebar = ui.sidebars.at(-1);
  const dialog = ui.dialogs.at(-1);
  const active = spreadsheet.getActiveSheet().getName();
  return {
    lang: workbook.lang,
    languages: LANGUAGES,
    locale: spreadsheet.locale,
    locales: LOCALES.includes(spreadsheet.locale) ? LOCALES : [...LOCALES, spreadsheet.locale],
    start: workbook.start,
    menu: workbook.menu.map((item) => ({ label: item.label, run: item.functionName })),
    sheets: spreadsheet.allSheets().map((sheet) => sheet.name),
    active,
    selection: spreadsheet.selection ?? null,
    sidebar: sidebar
      ? { n: ui.sidebars.length, title: sidebar.title, width: 300, height: 0 }
      : null,
    dialog: dialog
      ? {
          n: ui.dialogs.length,
          title: dialog.title,
          width: dialog.output.width,
          height: dialog.output.height,
        }
      : null,
    toasts: spreadsheet.toasts,
    alerts: ui.alerts,
  };
}

/** A cell typed into as a person would: the text as typed, read as Sheets reads it. */
function edit(workbook: PreviewWorkbook, request: Record<string, unknown>) {
  const { sheet: name, row, column, text } = request;
  const sheet = typeof name === "string" ? workbook.standIn.spreadsheet.sheetNamed(name) : null;
  const inside = (n: unknown, max: number) =>
    Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;
  if (
    !sheet ||
    typeof text !== "string" ||
    !inside(row, sheet.maxRows) ||
    !inside(column, sheet.maxColumns)
  ) {
    return { ok: false, message: "Not a cell of this spreadsheet." };
  }
  try {
    sheet.getRange(row as number, column as number).setValue(text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: String((error as Error).message ?? error) };
  }
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const fallback = options.lang ?? "en";
  const workbooks = new Map<Lang, PreviewWorkbook>();
  const workbook = (lang: Lang = fallback) => {
    let found = workbooks.get(lang);
    if (!found) {
      found = newWorkbook(lang, "sample");
      workbooks.set(lang, found);
    }
    return found;
  };
  const reset = (lang: Lang = fallback, start: Start = "sample") => {
    workbooks.set(lang, newWorkbook(lang, start));
  };
  const shell = await shellPage();

  /** The page a menu item or a call opened last (or the n-th), ready to run in a browser. */
  const opened = (book: PreviewWorkbook, kind: "sidebar" | "dialog", n: number) => {
    const { ui } = book.standIn;
    const pages = kind === "sidebar" ? ui.sidebars : ui.dialogs.map((d) => d.output);
    const page = pages[(Number.isInteger(n) && n > 0 ? n : pages.length) - 1];
    return withScriptRun(
      page?.getContent() ?? "<!DOCTYPE html><html><head></head><body></body></html>",
    );
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
    const json = (value: unknown) => send(200, "application/json", JSON.stringify(value));
    const n = Number(url.searchParams.get("n"));
    switch (`${request.method} ${url.pathname}`) {
      case "GET /":
        return send(200, "text/html", shell);
      case "GET /api/state":
        return json(state(workbook(lang)));
      case "GET /api/sheet": {
        const book = workbook(lang);
        const sheet = book.standIn.spreadsheet.sheetNamed(url.searchParams.get("name") ?? "");
        if (!sheet) return send(404, "text/plain", "No such sheet");
        const { locale, timeZone } = book.standIn.spreadsheet;
        return json(sheetView(sheet, { locale, timeZone }));
      }
      case "POST /api/menu": {
        const { run } = await body(request);
        if (typeof run !== "string" || !MENU_FUNCTIONS.has(run)) {
          return json({ ok: false, message: `Script function not found: ${String(run)}` });
        }
        const outcome = callCodeJs(workbook(lang), run, []);
        return json(outcome.ok ? { ok: true } : outcome);
      }
      case "POST /api/edit":
        return json(edit(workbook(lang), await body(request)));
      case "POST /api/activate": {
        const { sheet: name } = await body(request);
        const { spreadsheet } = workbook(lang).standIn;
        const sheet = typeof name === "string" ? spreadsheet.sheetNamed(name) : undefined;
        if (sheet) spreadsheet.markActive(sheet);
        return json({ ok: Boolean(sheet) });
      }
      case "POST /api/locale": {
        const { locale } = await body(request);
        if (typeof locale !== "string" || !LOCALES.includes(locale)) return json({ ok: false });
        workbook(lang).standIn.spreadsheet.setSpreadsheetLocale(locale);
        return json({ ok: true });
      }
      case "POST /api/reset": {
        const { start } = await body(request);
        reset(lang, start === "empty" ? "empty" : "sample");
        return send(204, "text/plain", "");
      }
      case "GET /ui/sidebar":
        return send(200, "text/html", opened(workbook(lang), "sidebar", n));
      case "GET /ui/dialog":
        return send(200, "text/html", opened(workbook(lang), "dialog", n));
      // The sidebar alone, as clasp pushes it, and a menu item's dialog alone: for tests.
      case "GET /sidebar":
        return send(
          200,
          "text/html",
          withScriptRun(readFileSync(projectPath("dist", "Sidebar.html"), "utf8")),
        );
      case "GET /dialog": {
        const book = workbook(lang);
        const open = url.searchParams.get("open");
        if (open && MENU_FUNCTIONS.has(open)) callCodeJs(book, open, []);
        return send(200, "text/html", opened(book, "dialog", 0));
      }
      case "POST /run": {
        const book = workbook(lang);
        const { name, args } = await body(request);
        if (typeof name !== "string" || !SERVER_FUNCTIONS.has(name)) {
          return json({ ok: false, message: `Script function not found: ${String(name)}` });
        }
        const before = shown(book);
        const outcome = callCodeJs(book, name, Array.isArray(args) ? args : []);
        const after = shown(book);
        const opened =
          after.dialogs > before.dialogs
            ? "dialog"
            : after.sidebars > before.sidebars
              ? "sidebar"
              : null;
        return json({ ...outcome, opened });
      }
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
  const query = (lang: Lang) => `lang=${encodeURIComponent(lang)}`;
  return {
    url: `${origin}/`,
    pageUrl: (lang = fallback) => `${origin}/?${query(lang)}`,
    dialogUrl: (open, lang = fallback) =>
      `${origin}/dialog?${query(lang)}&open=${encodeURIComponent(open)}`,
    sidebarUrl: (lang = fallback, delayMs = 0) =>
      `${origin}/sidebar?${query(lang)}${delayMs ? `&delay=${delayMs}` : ""}`,
    workbook,
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
