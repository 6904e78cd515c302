/**
 * The preview: the in-memory spreadsheet as a person sees Sheets, with the add-on in it. Sheet
 * tabs and a grid that recalculates as cells are typed in, Extensions → Influencer KPIs with the
 * add-on's own menu, its sidebar and dialogs (the pages clasp pushes, against Code.js), its
 * toasts and alerts; the user's language, the spreadsheet's locale, and Reset.
 */
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { PreviewState, SheetView } from "../views";
import { api } from "./api";
import { type Cell, columnLetters, Grid } from "./grid";
import { ExtensionsMenu } from "./menu";

const ADD_ON = "Influencer KPIs";

/** What the add-on has shown that the page has shown too, to show only what is new. */
interface Seen {
  sidebar: number;
  dialog: number;
  toasts: number;
  alerts: number;
}

function App() {
  const [state, setState] = useState<PreviewState | null>(null);
  const [view, setView] = useState<SheetView | null>(null);
  const [tab, setTab] = useState("");
  /** The tab shown, for what the add-on's calls refresh (they outlive a render). */
  const shownTab = useRef("");
  const [selected, setSelected] = useState<Cell>({ row: 1, column: 1 });
  const [editing, setEditing] = useState<string | null>(null);
  const [sidebar, setSidebar] = useState<{ n: number; title: string } | null>(null);
  const [dialog, setDialog] = useState<PreviewState["dialog"]>(null);
  const [toasts, setToasts] = useState<PreviewState["toasts"]>([]);
  const [alert, setAlert] = useState<PreviewState["alerts"][number] | null>(null);
  const [confirm, setConfirm] = useState<{ text: string; description: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const seen = useRef<Seen | null>(null);
  const serverActive = useRef("");
  const grid = useRef<HTMLDivElement>(null);
  const formulaBar = useRef<HTMLInputElement>(null);

  /** Reads what the add-on did: new pages, toasts and alerts, the sheet it activated. */
  const refresh = async (show?: string) => {
    const next = await api.state();
    const before = seen.current;
    seen.current = {
      sidebar: next.sidebar?.n ?? 0,
      dialog: next.dialog?.n ?? 0,
      toasts: next.toasts.length,
      alerts: next.alerts.length,
    };
    if (before) {
      if (next.sidebar && next.sidebar.n > before.sidebar) setSidebar(next.sidebar);
      if (next.dialog && next.dialog.n > before.dialog) setDialog(next.dialog);
      const fresh = next.toasts.slice(before.toasts);
      if (fresh.length > 0) setToasts((shown) => [...shown, ...fresh]);
      const alerted = next.alerts[next.alerts.length - 1];
      if (next.alerts.length > before.alerts && alerted) setAlert(alerted);
    }
    // The add-on moved to a sheet (Show the rows, a new report): show it.
    const moved = next.active !== serverActive.current;
    serverActive.current = next.active;
    const current = shownTab.current;
    const name = show ?? (moved || !next.sheets.includes(current) ? next.active : current);
    shownTab.current = name;
    setState(next);
    setTab(name);
    setView(await api.sheet(name));
    if (moved && next.selection) {
      setSelected({ row: next.selection.row, column: next.selection.column });
    }
  };

  useEffect(() => {
    refresh();
    const listen = (event: MessageEvent) => {
      const message = (event.data as { influencerKpisPreview?: { close?: true } })
        ?.influencerKpisPreview;
      if (!message) return;
      if (message.close) {
        const frames = [...document.querySelectorAll("iframe")];
        const from = frames.find((frame) => frame.contentWindow === event.source);
        if (from?.dataset.kind === "dialog") setDialog(null);
        if (from?.dataset.kind === "sidebar") setSidebar(null);
      }
      refresh();
    };
    addEventListener("message", listen);
    return () => removeEventListener("message", listen);
  }, []);

  useEffect(() => {
    if (toasts.length === 0) return;
    const timer = setTimeout(() => setToasts((shown) => shown.slice(1)), 6000);
    return () => clearTimeout(timer);
  }, [toasts]);

  if (!state || !view) return <p class="loading">Loading the spreadsheet…</p>;

  const cell = view.cells[selected.row - 1]?.[selected.column - 1];
  const protectedBy = view.protections.find(
    (p) =>
      selected.row >= p.row &&
      selected.row < p.row + p.numRows &&
      selected.column >= p.column &&
      selected.column < p.column + p.numColumns,
  );

  const runMenu = async (run: string) => {
    setBusy(true);
    try {
      const outcome = await api.menu(run);
      if (!outcome.ok) setAlert({ title: ADD_ON, prompt: outcome.message ?? "" });
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  /** Editing starts at once, so the keys typed right after the first land in the formula bar. */
  const startEditing = (typed?: string) => {
    const text = typed ?? cell?.input ?? "";
    setEditing(text);
    const bar = formulaBar.current;
    if (!bar) return;
    bar.readOnly = false;
    bar.value = text;
    bar.focus();
  };

  const commit = async (text: string, confirmed = false) => {
    if (protectedBy && !confirmed) {
      setConfirm({ text, description: protectedBy.description });
      return;
    }
    setConfirm(null);
    setEditing(null);
    const outcome = await api.edit(view.name, selected.row, selected.column, text);
    if (!outcome.ok) setAlert({ title: "Sheets", prompt: outcome.message ?? "" });
    setSelected({ row: selected.row + 1, column: selected.column });
    await refresh(view.name);
    grid.current?.querySelector<HTMLElement>(".grid")?.focus();
  };

  const cancelEditing = () => {
    setEditing(null);
    grid.current?.querySelector<HTMLElement>(".grid")?.focus();
  };

  const openTab = async (name: string) => {
    await api.activate(name);
    setSelected({ row: 1, column: 1 });
    await refresh(name);
  };

  return (
    <div class="app" aria-busy={busy ? "true" : undefined}>
      <header class="top">
        <span class="doc-title">Influencer KPIs · preview</span>
        <ExtensionsMenu title={ADD_ON} items={state.menu} run={runMenu} />
        <span class="spacer" />
        <label>
          Language{" "}
          <select
            value={state.lang}
            onChange={(event) => location.assign(`/?lang=${event.currentTarget.value}`)}
          >
            {Object.entries(state.languages).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Spreadsheet locale{" "}
          <select
            value={state.locale}
            onChange={async (event) => {
              await api.locale(event.currentTarget.value);
              await refresh(view.name);
            }}
          >
            {state.locales.map((locale) => (
              <option key={locale} value={locale}>
                {locale}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reset to{" "}
          <select id="start" value={state.start}>
            <option value="sample">the sample posts</option>
            <option value="empty">an empty spreadsheet</option>
          </select>
        </label>
        <button
          type="button"
          class="button"
          id="reset"
          onClick={async () => {
            const start = (document.getElementById("start") as HTMLSelectElement).value;
            await api.reset(start);
            location.reload();
          }}
        >
          Reset
        </button>
      </header>
      <div class="formula-bar">
        <span class="cell-name">{`${columnLetters(selected.column)}${selected.row}`}</span>
        <span class="fx" aria-hidden="true">
          fx
        </span>
        <input
          ref={formulaBar}
          aria-label="Formula bar"
          value={editing ?? cell?.input ?? ""}
          readOnly={editing === null}
          onFocus={(event) => {
            // Clicked into: edit what the cell holds (typing into the grid started already).
            if (event.currentTarget.readOnly) startEditing();
          }}
          onInput={(event) => setEditing(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit(editing ?? "");
            } else if (event.key === "Escape") cancelEditing();
          }}
        />
      </div>
      <main class="workspace">
        <div class="sheet" ref={grid}>
          <Grid
            view={view}
            selected={selected}
            highlight={tab === state.active ? state.selection : null}
            select={(next) => {
              setEditing(null);
              setSelected(next);
            }}
            edit={startEditing}
          />
        </div>
        {sidebar ? (
          <aside class="sidebar" aria-label={sidebar.title}>
            <header>
              <span>{sidebar.title}</span>
              <button type="button" aria-label="Close the sidebar" onClick={() => setSidebar(null)}>
                ×
              </button>
            </header>
            <iframe
              key={sidebar.n}
              data-kind="sidebar"
              title={sidebar.title}
              src={api.page("sidebar", sidebar.n)}
            />
          </aside>
        ) : null}
      </main>
      <nav class="tabs" aria-label="Sheets">
        {state.sheets.map((name) => (
          <button
            key={name}
            type="button"
            class={name === tab ? "tab current" : "tab"}
            aria-current={name === tab ? "page" : undefined}
            onClick={() => openTab(name)}
          >
            {name}
          </button>
        ))}
      </nav>
      {dialog ? (
        <div class="overlay">
          <div
            class="dialog"
            role="dialog"
            aria-label={dialog.title}
            style={{ width: dialog.width || 600, height: (dialog.height || 400) + 40 }}
          >
            <header>
              <span>{dialog.title}</span>
              <button type="button" aria-label="Close the dialog" onClick={() => setDialog(null)}>
                ×
              </button>
            </header>
            <iframe
              key={dialog.n}
              data-kind="dialog"
              title={dialog.title}
              src={api.page("dialog", dialog.n)}
            />
          </div>
        </div>
      ) : null}
      {alert || confirm ? (
        <div class="overlay">
          <div class="alert" role="alertdialog" aria-label={alert?.title ?? "Sheets"}>
            <h2>{alert?.title ?? "Sheets"}</h2>
            <p>{alert?.prompt ?? confirm?.description}</p>
            <div class="alert-buttons">
              {confirm ? (
                <button type="button" class="button" onClick={() => setConfirm(null)}>
                  Cancel
                </button>
              ) : null}
              <button
                type="button"
                class="button action"
                // biome-ignore lint/a11y/noAutofocus: an alert takes the keyboard, as Sheets' does
                autoFocus
                onClick={() => (confirm ? commit(confirm.text, true) : setAlert(null))}
              >
                OK
              </button>
            </div>
          </div>
        </div>
      ) : null}
      <div class="toasts" role="status" aria-live="polite">
        {toasts.map((toast, i) => (
          <div key={i} class="toast">
            <b>{toast.title}</b> {toast.message}
          </div>
        ))}
      </div>
    </div>
  );
}

const root = document.getElementById("preview");
if (root) render(<App />, root);
