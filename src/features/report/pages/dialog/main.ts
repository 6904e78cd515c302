/**
 * The report dialog (Generate report, View report), bundled by build.mjs into
 * dist/ReportDialog.html: pick a campaign (or all) and a range of post dates, then create a
 * report sheet or view the report. Its texts and the tracker's campaigns come from the
 * server; every call goes through the typed wrapper. The server appends REPORT_PRIMARY, the
 * button the menu item asked for.
 */

import { fill } from "../../../../core/i18n/fill";
import type { ReportRequestPayload, ReportStart } from "../../contract";
import { call } from "../call";

declare const REPORT_PRIMARY: "create" | "view";
declare const google: { readonly script: { readonly host: { close(): void } } };

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function showStart(start: ReportStart): void {
  const t = (key: string) => start.messages[key] ?? key;
  document.documentElement.lang = start.language;
  for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
    element.textContent = t(element.dataset.text ?? "");
  }
  const select = byId<HTMLSelectElement>("campaign");
  for (const name of ["", ...start.campaigns]) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = name === "" ? t("page.allCampaigns") : name;
    select.append(option);
  }
  byId("empty").hidden = start.campaigns.length > 0;
  byId(REPORT_PRIMARY === "view" ? "view" : "create").classList.add("primary");
  byId<HTMLFormElement>("form").hidden = false;
  byId("form").addEventListener("submit", (event) => submit(event as SubmitEvent, t));
}

function show(text: string, error: boolean): void {
  const status = byId("status");
  status.textContent = text;
  status.className = error ? "error" : "";
}

function submit(event: SubmitEvent, t: (key: string) => string): void {
  event.preventDefault();
  const value = (id: string) => byId<HTMLInputElement>(id).value || null;
  const request: ReportRequestPayload = {
    campaign: value("campaign"),
    from: value("from"),
    to: value("to"),
  };
  const buttons = document.querySelectorAll<HTMLButtonElement>("button");
  const busy = (on: boolean) => {
    for (const button of buttons) button.disabled = on;
  };
  busy(true);
  show(t("reportDialog.working"), false);
  const view = (event.submitter as HTMLButtonElement | null)?.value === "view";
  const done = view ? call("openReportPage", request) : call("createReportSheet", request);
  done
    .then((outcome) => {
      busy(false);
      if (!outcome.ok) return show(outcome.message, true);
      if ("sheet" in outcome) {
        show(fill(t("reportDialog.done"), { sheet: outcome.sheet }), false);
        setTimeout(() => google.script.host.close(), 1500);
      }
    })
    .catch((error: Error) => {
      busy(false);
      show(error.message, true);
    });
}

call("reportStart")
  .then(showStart)
  .catch((error: Error) => show(error.message, true));
