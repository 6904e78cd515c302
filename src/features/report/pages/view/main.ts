/**
 * The report page (View report), bundled by build.mjs into dist/ReportView.html so that the
 * renderer and its charts stay out of Code.js. The server appends the dialog's request as
 * REPORT_REQUEST; the page asks for the report model and renders it in place.
 */

import type { ReportRequestPayload } from "../../contract";
import { call } from "../call";
import { renderReportHtml } from "./render";

declare const REPORT_REQUEST: ReportRequestPayload;

function show(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

document.addEventListener("DOMContentLoaded", () => {
  call("reportForPage", REPORT_REQUEST)
    .then((view) => {
      if (!view.ok) return show(view.message);
      const html = renderReportHtml(view.model, view);
      document.open();
      document.write(html);
      document.close();
    })
    .catch((error: Error) => show(error.message));
});
