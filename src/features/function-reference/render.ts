/** The "Function reference" dialog: every custom function with its arguments and an example. */
import { type AnyFunctionSpec, isOptional } from "../../core/function-specs";
import { typedFormula } from "../../core/i18n/number-format";
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

function section(spec: AnyFunctionSpec, text: ReferenceText, locale: string): string {
  const say = (key: string, english: string) => escapeHtml(text.functions[key] ?? english);
  const params = spec.params
    .map(
      (p) =>
        `<li><b>${escapeHtml(p.name)}</b>: ${say(`${spec.name}.${p.name}`, p.description)}</li>`,
    )
    .join("");
  return `<section id="${escapeHtml(spec.name)}">
<h2><code>${escapeHtml(typedFormula(signature(spec), locale))}</code></h2>
<p>${say(spec.name, spec.summary)}</p>
<ul>${params}</ul>
<p>${escapeHtml(text.example)} <code>${escapeHtml(typedFormula(spec.example, locale))}</code></p>
</section>`;
}

/**
 * The dialog's page in one language, with formulas typed with the argument separator of the
 * language's usual locale. The intro is the catalog's own HTML (it holds a <code> element);
 * every other text is escaped.
 */
export function renderFunctionReference(
  specs: readonly AnyFunctionSpec[],
  text: ReferenceText,
  lang: string,
  locale: string,
): string {
  const intro = text.intro.replace(
    /<code>(.*?)<\/code>/g,
    (_all, code: string) => `<code>${typedFormula(code, locale)}</code>`,
  );
  return `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<p class="intro">${intro}</p>
${specs.map((spec) => section(spec, text, locale)).join("\n")}
</body></html>`;
}
