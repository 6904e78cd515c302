/**
 * The import dialog's entry, bundled by build.mjs with style.css beside it into
 * dist/ImportDialog.html, Papa Parse and fflate included: nothing is fetched from elsewhere.
 */
import { render } from "preact";
import { App } from "./app";

const root = document.getElementById("app");
if (root) render(<App />, root);
