/**
 * The import dialog: load its texts and the tracker's names, read a file or a pasted table in
 * the browser, show how it maps and reads, check the changes against the tracker, then import.
 * Any change to the choices asks for a new check before the import.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { ImportOutcome, ImportStart, ImportSummary } from "../../contract";
import type { FileProblem } from "../../files/problem";
import { type Choices, type Prepared, payloadOf, prepare, readWith } from "../../prepare";
import { call } from "../call";
import { Choose, type Loaded } from "./choose";
import { Mapping } from "./mapping";
import { Preview } from "./preview";
import { type Texts, texts } from "./texts";

export function App() {
  const [start, setStart] = useState<ImportStart | null>(null);
  const [failure, setFailure] = useState("");
  useEffect(() => {
    call("importStart").then(setStart, (error: Error) => setFailure(error.message));
  }, []);
  if (start) return <Dialog start={start} />;
  return (
    <main aria-busy={failure ? undefined : "true"}>
      {failure ? (
        <p class="banner error" role="alert">
          {failure}
        </p>
      ) : (
        <div class="spinner" />
      )}
    </main>
  );
}

interface Table {
  readonly name: string;
  readonly ms: number;
  readonly prepared: Prepared;
}

/** A server call's outcome as the dialog shows it, and how long it took. */
interface Checked {
  readonly summary: ImportSummary;
  readonly ms: number;
}

function Dialog({ start }: { start: ImportStart }) {
  const t = useMemo(() => texts(start.messages, start.locale, start.currency), [start]);
  const [table, setTable] = useState<Table | null>(null);
  const [choices, setChoices] = useState<Choices | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [done, setDone] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [failure, setFailure] = useState<readonly string[]>([]);

  useEffect(() => {
    document.documentElement.lang = start.language;
  }, [start]);

  const loaded = (result: Loaded) => {
    setChecked(null);
    setDone(null);
    setFailure([]);
    if ("problem" in result) {
      setProblem(result.problem);
      setTable(null);
      setChoices(null);
      return;
    }
    const prepared = prepare(result.table, start);
    setProblem(null);
    setTable({ name: result.name, ms: result.ms, prepared });
    setChoices(prepared.choices);
  };
  const change = (next: Choices) => {
    setChoices(next);
    setChecked(null);
    setFailure([]);
  };
  // Reading every cell again only when the mapping or the conventions change, not the names.
  const reading = useMemo(
    () => (table && choices ? readWith(table.prepared, choices, start) : null),
    [
      table,
      choices?.kind,
      choices?.mapping,
      choices?.decimal,
      choices?.dateOrder,
      choices?.year,
      start,
    ],
  );
  const payload = useMemo(
    () => (table && choices && reading ? payloadOf(table.prepared, choices, reading) : null),
    [table, choices, reading],
  );

  const send = (name: "previewImport" | "runImport") => {
    if (!payload) return;
    const since = performance.now();
    setBusy(name === "runImport" ? "import" : "check");
    setFailure([]);
    call(name, payload)
      .then((outcome: ImportOutcome) => {
        setBusy(null);
        if (!outcome.ok) return setFailure(outcome.problems);
        const result = { summary: outcome.summary, ms: performance.now() - since };
        if (name === "runImport") setDone(result);
        else setChecked(result);
      })
      .catch((error: Error) => {
        setBusy(null);
        setFailure([error.message]);
      });
  };

  const again = () => {
    setTable(null);
    setChoices(null);
    setChecked(null);
    setDone(null);
  };

  return (
    <main>
      <p class="intro">{t("import.intro")}</p>
      {done ? (
        <Done t={t} done={done} again={again} />
      ) : (
        <>
          <Choose t={t} loaded={loaded} disabled={busy !== null} />
          {problem && (
            <p class="banner error" role="alert">
              {t.say(problem)}
            </p>
          )}
          {table && choices && reading && (
            <Mapping
              t={t}
              start={start}
              name={table.name}
              ms={table.ms}
              prepared={table.prepared}
              choices={choices}
              change={change}
              reading={reading}
            />
          )}
          {payload && !checked && (
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={busy !== null}
                onClick={() => send("previewImport")}
              >
                {t("import.check")}
              </button>
              {busy === "check" && <span role="status">{t("import.checking")}</span>}
            </div>
          )}
          {checked && reading && (
            <Preview t={t} summary={checked.summary} ms={checked.ms} read={reading.read}>
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  disabled={
                    busy !== null || checked.summary.withoutCampaign > 0 || nothing(checked.summary)
                  }
                  onClick={() => send("runImport")}
                >
                  {t("import.confirm")}
                </button>
                {busy === "import" && <span role="status">{t("import.importing")}</span>}
              </div>
            </Preview>
          )}
          {failure.length > 0 && (
            <div class="banner error" role="alert">
              {failure.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
        </>
      )}
    </main>
  );
}

const nothing = (summary: ImportSummary) => summary.added + summary.updated === 0;

function Done({ t, done, again }: { t: Texts; done: Checked; again: () => void }) {
  const { summary } = done;
  return (
    <section aria-live="polite">
      <p class="banner ok" role="status">
        {nothing(summary)
          ? t("import.nothing")
          : t("import.done", {
              seconds: t.seconds(done.ms),
              added: t.number(summary.added),
              updated: t.number(summary.updated),
              sheet: summary.sheet,
            })}
      </p>
      <div class="actions">
        <button type="button" onClick={again}>
          {t("import.another")}
        </button>
      </div>
    </section>
  );
}
