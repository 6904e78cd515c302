/**
 * Choosing what to import: a file (read in the browser, never uploaded as it is) or a table
 * pasted from a web page or another spreadsheet.
 */
import { useState } from "preact/hooks";
import { message } from "../../../../core/i18n/catalog";
import type { FileProblem } from "../../files/problem";
import { LIMITS } from "../../files/problem";
import { type ReadFile, readFileBytes, readPasted } from "../../files/read-file";
import type { RawTable } from "../../files/table";
import type { Texts } from "./texts";

export type Loaded =
  | { readonly table: RawTable; readonly name: string; readonly ms: number }
  | { readonly problem: FileProblem };

interface Props {
  readonly t: Texts;
  readonly loaded: (result: Loaded) => void;
  readonly disabled: boolean;
}

const MB = 1024 * 1024;

export function Choose({ t, loaded, disabled }: Props) {
  const [reading, setReading] = useState(false);
  const [pasted, setPasted] = useState("");
  const finish = (read: ReadFile, name: string, since: number) => {
    setReading(false);
    const ms = performance.now() - since;
    loaded("table" in read ? { table: read.table, name, ms } : read);
  };
  const pick = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > LIMITS.bytes) {
      return loaded({ problem: message("import.file.tooLarge", { limit: LIMITS.bytes / MB }) });
    }
    const since = performance.now();
    setReading(true);
    file
      .arrayBuffer()
      .then((buffer) => finish(readFileBytes(new Uint8Array(buffer)), file.name, since))
      .catch(() => finish({ problem: message("import.file.binary") }, file.name, since));
  };
  const readPaste = () => {
    const since = performance.now();
    finish(readPasted(pasted), t("import.pasted"), since);
  };
  return (
    <section class="choose">
      <div class="field">
        <label for="file">{t("import.chooseFile")}</label>
        <input
          id="file"
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values"
          disabled={disabled}
          onChange={pick}
        />
        <p class="hint">
          {t("import.fileHint", { limit: LIMITS.bytes / MB, rows: t.number(LIMITS.rows) })}
        </p>
      </div>
      <details>
        <summary>{t("import.paste")}</summary>
        <label for="pasted" class="hint">
          {t("import.pasteHint")}
        </label>
        <textarea
          id="pasted"
          rows={4}
          value={pasted}
          onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="button" disabled={disabled || pasted.trim() === ""} onClick={readPaste}>
          {t("import.readPasted")}
        </button>
      </details>
      {reading && <p role="status">{t("import.reading")}</p>}
    </section>
  );
}
