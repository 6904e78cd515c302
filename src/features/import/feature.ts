/** Import data: platform and sales exports into the Campaign Tracker, from a dialog. */
import type { Feature } from "../../apps-script/feature";

export const importData = {
  id: "import",
  menu: [
    {
      run: "showImportDialog",
      labels: {
        en: "Import data…",
        "zh-CN": "导入数据…",
        da: "Importér data…",
        it: "Importa dati…",
        ky: "Маалымат импорттоо…",
      },
    },
  ],
  serves: [
    { name: "importStart", params: [] },
    { name: "previewImport", params: ["payload"] },
    { name: "runImport", params: ["payload"] },
  ],
  pages: [{ file: "ImportDialog", folder: "pages/dialog" }],
  messages: ["import.", "problem.", "col.", "join."],
} as const satisfies Feature;
