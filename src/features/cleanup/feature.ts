/** Clean up numbers: fixes, in one action, the tracker cells no figure can count. */
import type { Feature } from "../../apps-script/feature";

export const cleanup = {
  id: "cleanup",
  menu: [
    {
      run: "cleanUpNumbersFromMenu",
      labels: {
        en: "Clean up numbers",
        "zh-CN": "修正文本数字",
        da: "Ryd op i tal",
        it: "Sistema i numeri",
        ky: "Сандарды оңдоо",
      },
    },
  ],
  serves: [],
  pages: [],
  messages: [],
} as const satisfies Feature;
