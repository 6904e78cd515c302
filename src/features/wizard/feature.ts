/**
 * The KPI framework wizard: a sidebar from a campaign goal to KPIs written into the sheet, and
 * a help page on what the framework's columns mean.
 */
import type { Feature } from "../../apps-script/feature";

export const wizard = {
  id: "wizard",
  menu: [
    {
      run: "showKpiWizard",
      labels: {
        en: "Build KPI framework",
        "zh-CN": "构建 KPI 框架",
        da: "Byg KPI-ramme",
        it: "Crea framework KPI",
        ky: "KPI алкагын түзүү",
      },
    },
    {
      run: "showFrameworkHelp",
      labels: {
        en: "KPI framework help",
        "zh-CN": "KPI 框架使用说明",
        da: "Hjælp til KPI-rammen",
        it: "Guida al framework KPI",
        ky: "KPI алкагы боюнча жардам",
      },
    },
  ],
  serves: [
    { name: "wizardStart", params: [] },
    { name: "writeFramework", params: ["draft"] },
    { name: "selectFrameworkRows", params: ["campaign"] },
    { name: "undoFrameworkWrite", params: ["ticket"] },
    { name: "openFrameworkHelp", params: [] },
  ],
  pages: [
    { file: "Sidebar", folder: "pages/sidebar" },
    { file: "FrameworkHelp", folder: "pages/help" },
  ],
  messages: [
    "wizard.",
    "goal.",
    "funnel.",
    "kpi.",
    "metric.",
    "tactic.",
    "source.",
    "tierFit.",
    "smart.",
    "statement.",
    "check.",
    "draft.",
    "measure.",
    "col.",
    "problem.",
    "join.",
    "sidebar.",
    "settings.engagementBase",
    "status.",
    "guide.status.",
  ],
} as const satisfies Feature;
