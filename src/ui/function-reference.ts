/** The "Function reference" dialog: every custom function with its arguments and an example. */
import { type AnyFunctionSpec, isOptional } from "../core/function-specs";
import { escapeHtml } from "./html";

const STYLE = `
body { font: 13px/1.5 Roboto, Arial, sans-serif; color: #202124; margin: 0 4px; }
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

function section(spec: AnyFunctionSpec): string {
  const params = spec.params
    .map((p) => `<li><b>${escapeHtml(p.name)}</b>: ${escapeHtml(p.description)}</li>`)
    .join("");
  return `<section id="${escapeHtml(spec.name)}">
<h2><code>${escapeHtml(signature(spec))}</code></h2>
<p>${escapeHtml(spec.summary)}</p>
<ul>${params}</ul>
<p>Example: <code>${escapeHtml(spec.example)}</code></p>
</section>`;
}

export function renderFunctionReference(specs: readonly AnyFunctionSpec[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<p class="intro">Every function takes a single cell or a whole column: <code>=CPE(S3:S, X3:X)</code>
fills the column in one call. Rates come back as fractions: format the cells as percent.
Blank rows stay blank; a bad cell shows a short ⚠ note and the rest still compute.</p>
${specs.map(section).join("\n")}
</body></html>`;
}
