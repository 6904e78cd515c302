/** The KPI framework wizard: a sidebar from a campaign goal to KPIs written into the sheet. */
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
  ],
  serves: [
    { name: "wizardStart", params: [] },
    { name: "writeFramework", params: ["draft"] },
    { name: "selectFrameworkRows", params: ["campaign"] },
  ],
  pages: [{ file: "Sidebar", folder: "pages/sidebar" }],
  messages: [
    "wizard.",
    "goal.",
    "funnel.",
    "kpi.",
    "metric.",
    "tactic.",
    "source.",
    "tierFit.",
    "tier.",
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
  ],
} as const satisfies Feature;
