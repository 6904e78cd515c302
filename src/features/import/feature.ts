/** Import data: platform and sales exports into the Campaign Tracker, from a dialog. */
import type { Feature } from "../../apps-script/feature";

export const importData = {
  id: "import",
  menu: [],
  serves: [
    { name: "importStart", params: [] },
    { name: "previewImport", params: ["payload"] },
    { name: "runImport", params: ["payload"] },
  ],
  pages: [],
  messages: ["import.", "problem.", "col.", "join."],
} as const satisfies Feature;
