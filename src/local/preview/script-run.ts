/**
 * What the preview puts into each page the add-on shows (dist/*.html, as Apps Script serves
 * them) in place of Apps Script's own: google.script.run, each call a POST to /run answered as
 * JSON, and google.script.host.close(). The preview around the page hears of every call and
 * close (postMessage), to show what the call changed; a page opened alone (a test's) follows
 * a call that opened a dialog in its place, as View report does.
 */
const SCRIPT_RUN = `<script>(() => {
  const query = new URLSearchParams(location.search);
  const lang = encodeURIComponent(query.get("lang") || "");
  const delay = Number(query.get("delay")) || 0;
  const alone = parent === window;
  const tell = (message) => { if (!alone) parent.postMessage({ influencerKpisPreview: message }, "*"); };
  const runner = (done, failed) => new Proxy({}, {
    get(_, name) {
      if (name === "withSuccessHandler") return (handler) => runner(handler, failed);
      if (name === "withFailureHandler") return (handler) => runner(done, handler);
      if (name === "withUserObject") return () => runner(done, failed);
      return (...args) => setTimeout(async () => {
        let opened = null;
        try {
          const response = await fetch("/run?lang=" + lang, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name, args }),
          });
          const result = await response.json();
          opened = result.opened;
          if (result.ok) done?.(result.value);
          else failed?.(new Error(result.message));
        } catch (error) {
          failed?.(error);
        }
        tell({ ran: name });
        if (alone && opened === "dialog") location.assign("/ui/dialog?lang=" + lang);
      }, delay);
    },
  });
  window.google = { script: { run: runner(), host: { close() { tell({ close: true }); } } } };
})();</script>`;

/** A page with the stand-in first in its head. */
export const withScriptRun = (html: string): string =>
  html.replace("<head>", `<head>${SCRIPT_RUN}`);
