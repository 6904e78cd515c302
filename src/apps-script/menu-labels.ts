/**
 * The add-on menu in every language. onOpen runs in AuthMode.NONE, where it may not read
 * files, so these few labels travel in Code.js; a test checks them against the catalogs.
 */
import type { Lang } from "../core/i18n/languages";

export const MENU_LABELS: Readonly<
  Record<
    Lang,
    {
      readonly insertTemplates: string;
      readonly buildFramework: string;
      readonly generateReport: string;
      readonly viewReport: string;
      readonly functionReference: string;
    }
  >
> = {
  en: {
    insertTemplates: "Insert templates",
    buildFramework: "Build KPI framework",
    generateReport: "Generate report",
    viewReport: "View report",
    functionReference: "Function reference",
  },
  "zh-CN": {
    insertTemplates: "插入模板",
    buildFramework: "构建 KPI 框架",
    generateReport: "生成报告",
    viewReport: "查看报告",
    functionReference: "函数参考",
  },
  da: {
    insertTemplates: "Indsæt skabeloner",
    buildFramework: "Byg KPI-ramme",
    generateReport: "Lav rapport",
    viewReport: "Vis rapport",
    functionReference: "Funktionsoversigt",
  },
  it: {
    insertTemplates: "Inserisci modelli",
    buildFramework: "Crea framework KPI",
    generateReport: "Genera report",
    viewReport: "Visualizza report",
    functionReference: "Guida alle funzioni",
  },
  ky: {
    insertTemplates: "Үлгүлөрдү кыстаруу",
    buildFramework: "KPI алкагын түзүү",
    generateReport: "Отчет түзүү",
    viewReport: "Отчетту көрүү",
    functionReference: "Функциялар боюнча маалымдама",
  },
};
