/** The Function reference: every custom function with its arguments and an example. */
import type { Feature } from "../../apps-script/feature";

export const functionReference = {
  id: "function-reference",
  menu: [
    {
      run: "showFunctionReference",
      labels: {
        en: "Function reference",
        "zh-CN": "函数参考",
        da: "Funktionsoversigt",
        it: "Guida alle funzioni",
        ky: "Функциялар боюнча маалымдама",
      },
    },
  ],
  serves: [],
  pages: [],
  messages: [],
  files: true,
} as const satisfies Feature;
