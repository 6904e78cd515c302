/** The preview page's calls to its server: the spreadsheet's state, a sheet, and actions. */
import type { PreviewState, SheetView } from "../views";

const params = new URLSearchParams(location.search);
const query = `lang=${encodeURIComponent(params.get("lang") ?? "")}`;
/** ?delay=800: the add-on's calls take that much longer, to see its pages busy. */
const delay = params.get("delay") ? `&delay=${encodeURIComponent(params.get("delay") ?? "")}` : "";

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as T;
}

const post = (path: string, body: unknown) =>
  fetch(`${path}?${query}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

export const api = {
  state: async () => json<PreviewState>(await fetch(`/api/state?${query}`)),
  sheet: async (name: string) =>
    json<SheetView>(await fetch(`/api/sheet?${query}&name=${encodeURIComponent(name)}`)),
  /** Runs a menu item as a click in Extensions → Influencer KPIs would. */
  menu: async (run: string) =>
    json<{ ok: boolean; message?: string }>(await post("/api/menu", { run })),
  /** Types into a cell as a person would: "=" starts a formula, text numbers are read. */
  edit: async (sheet: string, row: number, column: number, text: string) =>
    json<{ ok: boolean; message?: string }>(await post("/api/edit", { sheet, row, column, text })),
  activate: async (sheet: string) => json<{ ok: boolean }>(await post("/api/activate", { sheet })),
  locale: async (locale: string) => json<{ ok: boolean }>(await post("/api/locale", { locale })),
  reset: async (start: string) => post("/api/reset", { start }),
  /** The page the add-on opened last in the sidebar or a dialog, with the stand-in for Apps Script. */
  page: (kind: "sidebar" | "dialog", n: number) => `/ui/${kind}?${query}&n=${n}${delay}`,
};
