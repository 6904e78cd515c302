/**
 * The sidebar's entry, bundled by build.mjs with style.css beside it into dist/Sidebar.html.
 * Nothing the server bundle (src/main.ts) imports may import this folder.
 */
import { render } from "preact";
import { App } from "./app";

const root = document.getElementById("app");
if (root) render(<App />, root);
