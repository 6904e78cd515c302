/** Insert templates: makes, upgrades, repairs and relabels the add-on's three sheets. */
import type { Feature } from "../../apps-script/feature";

export const templates = {
  id: "templates",
  menu: [
    {
      run: "insertTemplatesFromMenu",
      labels: {
        en: "Insert templates",
        "zh-CN": "插入模板",
        da: "Indsæt skabeloner",
        it: "Inserisci modelli",
        ky: "Үлгүлөрдү кыстаруу",
      },
    },
  ],
  serves: [],
  pages: [],
  messages: [],
} as const satisfies Feature;
