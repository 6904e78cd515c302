/**
 * The help page on the KPI framework (the menu's KPI framework help, and the sidebar's Help),
 * bundled by build.mjs into dist/FrameworkHelp.html. The server appends HELP: the language,
 * its texts and the sheets' names. Every text goes in as text, never as markup.
 */
import { fill } from "../../../../core/i18n/fill";
import type { HelpTexts } from "../../contract";

declare const HELP: HelpTexts;
declare const google: { readonly script: { readonly host: { close(): void } } };

const t = (key: string) => fill(HELP.messages[key] ?? key, HELP.names);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  made.append(...children);
  return made;
}

/** "Met: Progress has reached 100%.": a term in bold, then what it means. */
const term = (label: string, text: string) =>
  element("li", undefined, element("b", label), document.createTextNode(t("join.label") + text));

const section = (title: string, ...content: Node[]) =>
  element("section", undefined, element("h2", title), ...content);

const STATUSES = ["onTrack", "atRisk", "met", "missed", "checkInputs"];
const CRITERIA = ["specific", "measurable", "achievable", "relevant", "timeBound"];

function render(root: HTMLElement): void {
  document.documentElement.lang = HELP.language;
  const close = element("button", t("guide.close"));
  close.type = "button";
  close.addEventListener("click", () => google.script.host.close());
  root.append(
    element("h1", t("guide.title")),
    element("p", t("guide.intro")),
    section(t("guide.baseline.title"), element("p", t("guide.baseline"))),
    section(t("guide.target.title"), element("p", t("guide.target"))),
    section(
      t("guide.status.title"),
      element("p", t("guide.status.intro")),
      element(
        "ul",
        undefined,
        ...STATUSES.map((s) => term(t(`status.${s}`), t(`guide.status.${s}`))),
      ),
    ),
    section(
      t("guide.smart.title"),
      element("p", t("guide.smart.intro")),
      element(
        "ul",
        undefined,
        ...CRITERIA.map((c) => term(t(`smart.${c}`), t(`guide.smart.${c}`))),
      ),
    ),
    section(
      t("guide.actual.title"),
      element("p", t("guide.actual")),
      element("p", t("guide.manual")),
    ),
    element("div", undefined, close),
  );
}

const root = document.getElementById("help");
if (root) render(root);
