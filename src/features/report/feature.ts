/** Stakeholder reports: a report sheet with native charts, or the report as a page. */
import type { Feature } from "../../apps-script/feature";

export const report = {
  id: "report",
  menu: [
    {
      run: "showReportMaker",
      labels: {
        en: "Generate report",
        "zh-CN": "生成报告",
        da: "Lav rapport",
        it: "Genera report",
        ky: "Отчет түзүү",
      },
    },
    {
      run: "showReportViewer",
      labels: {
        en: "View report",
        "zh-CN": "查看报告",
        da: "Vis rapport",
        it: "Visualizza report",
        ky: "Отчетту көрүү",
      },
    },
  ],
  serves: [
    { name: "reportStart", params: [] },
    { name: "createReportSheet", params: ["request"] },
    { name: "openReportPage", params: ["request"] },
    { name: "reportForPage", params: ["request"] },
  ],
  pages: [
    { file: "ReportDialog", folder: "pages/dialog" },
    { file: "ReportView", folder: "pages/view" },
  ],
  messages: ["reportDialog.", "page.allCampaigns"],
} as const satisfies Feature;
