/**
 * The preview's own page (shell/), bundled once when the preview starts, with esbuild as
 * build.mjs bundles the add-on's pages: one self-contained HTML file.
 */
import * as esbuild from "esbuild";
import { projectPath } from "../paths";

export async function shellPage(): Promise<string> {
  const folder = projectPath("src", "local", "preview", "shell");
  const result = await esbuild.build({
    entryPoints: [`${folder}/main.tsx`, `${folder}/style.css`],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    jsxImportSource: "preact",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    outdir: "shell",
    write: false,
  });
  const text = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? "";
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Influencer KPIs: preview</title><style>${text(".css")}</style></head><body><div id="preview"></div><script>${text(".js")}</script></body></html>`;
}
