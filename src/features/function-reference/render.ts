/** The "Function reference" dialog: every custom function with its arguments and an example. */
import { type AnyFunctionSpec, isOptional } from "../../core/function-specs";
import { escapeHtml } from "../../core/markup";
import type { ReferenceText } from "./texts/en";

const STYLE = `
body { font: 13px/1.5 Roboto, "Noto Sans", "Noto Sans CJK SC", Arial, sans-serif; color: #202124; margin: 0 4px; }
h2 { font-size: 14px; font-weight: 500; margin: 16px 0 2px; }
code { font-family: "Roboto Mono", monospace; background: #f1f3f4; padding: 1px 4px; border-radius: 3px; }
p { margin: 2px 0; }
ul { margin: 2px 0 0; padding-left: 18px; color: #5f6368; }
.intro { color: #5f6368; margin-top: 8px; }
`;

function signature(spec: AnyFunctionSpec): string {
  const params = spec.params.map((p) => (isOptional(p) ? `[${p.name}]` : p.name));
  return `${spec.name}(${params.join(", ")})`;
}

function section(spec: AnyFunctionSpec, text: ReferenceText): string {
  const say = (key: string, english: string) => escapeHtml(text.functions[key] ?? english);
  const paramsOf = (spec.kind === "table" && spec.paramsOf) || spec.name;
  const params = spec.params
    .map(
      (p) =>
        `<li><b>${escapeHtml(p.name)}</b>${escapeHtml(text.labelJoin)}${say(`${paramsOf}.${p.name}`, p.description)}</li>`,
    )
    .join("");
  return `<section id="${escapeHtml(spec.name)}">
<h2><code>${escapeHtml(signature(spec))}</code></h2>
<p>${say(spec.name, spec.summary)}</p>
<ul>${params}</ul>
<p>${escapeHtml(text.example)} <code>${escapeHtml(spec.example)}</code></p>
</section>`;
}

/**
 * The dialog's page in one language. Formulas are written as Sheets' own API takes them, with
 * commas, each in a <code> element: the dialog types them as the spreadsheet's locale does
 * when it shows the page (typedCodes). The intro is the catalog's own HTML (it holds a <code>
 * element); every other text is escaped.
 */
export function renderFunctionReference(
  specs: readonly AnyFunctionSpec[],
  text: ReferenceText,
  lang: string,
): string {
  return `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<p class="intro">${text.intro}</p>
${specs.map((spec) => section(spec, text)).join("\n")}
</body></html>`;
}
