/**
 * The report dialog: pick a campaign (or all) and a date range, then create a report sheet or
 * view the report. A small page rendered on the server with its texts and the tracker's
 * campaigns in it; its script only sends the choice through google.script.run.
 */
import { escapeHtml } from "./html";

export interface ReportDialogView {
  readonly lang: string;
  readonly texts: Readonly<Record<string, string>>;
  readonly campaigns: readonly string[];
  /** Which button the menu item asked for: it is the highlighted one. */
  readonly primary: "create" | "view";
}

/** JSON inside a <script>: no "</script>" can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function renderReportDialog(view: ReportDialogView): string {
  const t = (key: string) => escapeHtml(view.texts[key] ?? key);
  const options = [`<option value="">${t("page.allCampaigns")}</option>`]
    .concat(view.campaigns.map((c) => `<option>${escapeHtml(c)}</option>`))
    .join("");
  const button = (action: "create" | "view", key: string) =>
    `<button type="submit" value="${action}"${view.primary === action ? ' class="primary"' : ""}>${t(key)}</button>`;
  const empty =
    view.campaigns.length === 0 ? `<p class="note">${t("reportDialog.noCampaigns")}</p>` : "";
  return `<!DOCTYPE html><html lang="${escapeHtml(view.lang)}"><head><meta charset="utf-8"><style>
body{font:13px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0 16px 16px}
label{display:block;font-weight:500;margin:12px 0 4px}
select,input{font:inherit;width:100%;box-sizing:border-box;padding:6px 8px;border:1px solid #dadce0;border-radius:4px}
.dates{display:flex;gap:12px}.dates>div{flex:1}
.note{color:#5f6368;margin:4px 0}
.actions{margin-top:16px;display:flex;gap:8px;flex-wrap:wrap}
button{font:inherit;font-weight:500;padding:8px 16px;border-radius:4px;border:1px solid #dadce0;background:#fff;color:#1a73e8;cursor:pointer}
button.primary{background:#1a73e8;color:#fff;border-color:#1a73e8}
button:focus-visible,select:focus-visible,input:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
button:disabled{opacity:.6;cursor:default}
#status{margin-top:12px;min-height:1.5em}#status.error{color:#c5221f}
</style></head><body>
<p>${t("reportDialog.intro")}</p>${empty}
<form id="form">
<label for="campaign">${t("reportDialog.campaign")}</label><select id="campaign">${options}</select>
<div class="dates"><div><label for="from">${t("reportDialog.from")}</label><input type="date" id="from"></div>
<div><label for="to">${t("reportDialog.to")}</label><input type="date" id="to"></div></div>
<p class="note">${t("reportDialog.datesHint")}</p>
<div class="actions">${button("create", "reportDialog.create")}${button("view", "reportDialog.view")}</div>
<p id="status" role="status" aria-live="polite"></p>
</form>
<script>
(function () {
  var texts = ${scriptJson({ working: view.texts["reportDialog.working"], done: view.texts["reportDialog.done"] })};
  var form = document.getElementById("form");
  var status = document.getElementById("status");
  function show(text, error) { status.textContent = text; status.className = error ? "error" : ""; }
  function busy(on) { form.querySelectorAll("button").forEach(function (b) { b.disabled = on; }); }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var action = event.submitter && event.submitter.value === "view" ? "viewReport" : "createReportSheet";
    var value = function (id) { var v = document.getElementById(id).value; return v === "" ? null : v; };
    var request = { campaign: value("campaign"), from: value("from"), to: value("to") };
    busy(true);
    show(texts.working, false);
    google.script.run
      .withSuccessHandler(function (outcome) {
        busy(false);
        if (!outcome.ok) return show(outcome.message, true);
        if (outcome.sheet) { show(texts.done.replace("{sheet}", outcome.sheet), false); setTimeout(function () { google.script.host.close(); }, 1500); }
      })
      .withFailureHandler(function (error) { busy(false); show(error && error.message ? error.message : String(error), true); })
      [action](request);
  });
})();
</script></body></html>`;
}
