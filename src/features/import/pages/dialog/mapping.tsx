/**
 * The file as the import reads it: what it was recognised as, where each column goes (a
 * tracker column or left out, each changeable), how the file writes numbers and dates (with
 * what says so), the campaign and influencer of new posts, and every cell that cannot be read.
 */
import type { ImportStart } from "../../contract";
import { basisMessage, type Choice } from "../../conventions";
import { BATCH_KINDS, type BatchKind, type FieldKey, KIND_FIELDS } from "../../fields";
import { type Choices, type Prepared, type Reading, withKind } from "../../prepare";
import type { Texts } from "./texts";

interface Props {
  readonly t: Texts;
  readonly start: ImportStart;
  readonly name: string;
  readonly ms: number;
  readonly prepared: Prepared;
  readonly choices: Choices;
  readonly change: (choices: Choices) => void;
  readonly reading: Reading;
}

/** Lists are cut here; the rest are counted. */
const SHOWN = 100;

export function Mapping({ t, start, name, ms, prepared, choices, change, reading }: Props) {
  const { table, recognition } = prepared;
  const { detected, missing } = reading;
  const nothingKnown = recognition.source === null && recognition.mapping.every((f) => f === null);
  const first = table.rows[0]?.cells ?? [];
  const setField = (column: number, field: FieldKey | null) =>
    change({
      ...choices,
      // A field goes to one column: another column that had it is left out.
      mapping: choices.mapping.map((f, i) => (i === column ? field : f === field ? null : f)),
    });
  const problems = reading.read.problems;
  return (
    <>
      <section>
        <p role="status">
          {t("import.read", { name, rows: t.number(table.rows.length), seconds: t.seconds(ms) })}{" "}
          {recognition.source
            ? t("import.recognised", { source: t(`import.source.${recognition.source}`) })
            : nothingKnown
              ? ""
              : t("import.notRecognised")}
        </p>
        {nothingKnown && (
          <p class="banner warning" role="alert">
            {t("import.nothingKnown", { row: table.headerLine })}
          </p>
        )}
      </section>
      <section>
        <h2>{t("import.columns")}</h2>
        {recognition.source === null && (
          <div class="field">
            <label for="kind">{t("import.kind")}</label>
            <select
              id="kind"
              value={choices.kind}
              onChange={(event) =>
                change(
                  withKind(
                    { ...prepared, choices },
                    (event.currentTarget as HTMLSelectElement).value as BatchKind,
                    start,
                  ),
                )
              }
            >
              {BATCH_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`import.kind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="scroll">
          <table class="mapping">
            <thead>
              <tr>
                <th scope="col">{t("import.column.file")}</th>
                <th scope="col">{t("import.column.example")}</th>
                <th scope="col">{t("import.column.to")}</th>
              </tr>
            </thead>
            <tbody>
              {table.header.map((header, i) => {
                const entry = recognition.entries[i];
                const field = choices.mapping[i] ?? null;
                const id = `map-${i}`;
                return (
                  <tr key={id}>
                    <th scope="row">
                      <label for={id}>{header || `#${i + 1}`}</label>
                    </th>
                    <td class="example">{String(first[i] ?? "")}</td>
                    <td>
                      <select
                        id={id}
                        value={field ?? ""}
                        onChange={(event) => {
                          const value = (event.currentTarget as HTMLSelectElement).value;
                          setField(i, value === "" ? null : (value as FieldKey));
                        }}
                      >
                        <option value="">{t("import.leaveOut")}</option>
                        {KIND_FIELDS[choices.kind].map((f) => (
                          <option key={f} value={f}>
                            {t.field(f)}
                          </option>
                        ))}
                      </select>
                      {field === null && entry?.why && (
                        <p class="hint">{t(`import.why.${entry.why}`)}</p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {missing
          .filter((m) => m.key.startsWith("import.needs."))
          .map((m) => (
            <p key={m.key} class="banner warning">
              {t.say(m)}
            </p>
          ))}
      </section>
      {(detected.decimal.matters || detected.dateOrder.matters || detected.yearless) && (
        <section>
          <h2>{t("import.conventions")}</h2>
          {detected.decimal.matters && (
            <ChoiceField
              t={t}
              id="decimal"
              label={t("import.decimal")}
              choice={detected.decimal}
              value={choices.decimal}
              options={[
                [".", t("import.decimal.point")],
                [",", t("import.decimal.comma")],
              ]}
              set={(value) => change({ ...choices, decimal: value as "." | "," })}
            />
          )}
          {detected.dateOrder.matters && (
            <ChoiceField
              t={t}
              id="dates"
              label={t("import.dateOrder")}
              choice={detected.dateOrder}
              value={choices.dateOrder}
              options={[
                ["mdy", t("import.dateOrder.mdy")],
                ["dmy", t("import.dateOrder.dmy")],
              ]}
              set={(value) => change({ ...choices, dateOrder: value as "mdy" | "dmy" })}
            />
          )}
          {detected.yearless && (
            <div class="field">
              <label for="year">{t("import.year", { example: detected.yearless.text })}</label>
              <select
                id="year"
                value={String(choices.year)}
                onChange={(event) => {
                  const value = (event.currentTarget as HTMLSelectElement).value;
                  change({ ...choices, year: value === "recent" ? "recent" : Number(value) });
                }}
              >
                <option value="recent">{t("import.year.recent")}</option>
                {[0, 1, 2].map((back) => {
                  const year = Number(start.today.slice(0, 4)) - back;
                  return (
                    <option key={year} value={String(year)}>
                      {year}
                    </option>
                  );
                })}
              </select>
            </div>
          )}
        </section>
      )}
      {choices.kind === "posts" && (
        <section>
          <h2>{t("import.newPosts")}</h2>
          <NameField
            id="campaign"
            label={t("import.campaign")}
            hint={t("import.campaignHint")}
            value={choices.campaign}
            names={start.campaigns}
            set={(campaign) => change({ ...choices, campaign })}
          />
          <NameField
            id="influencer"
            label={t("import.influencer")}
            hint={t("import.influencerHint")}
            value={choices.influencer}
            names={start.influencers}
            set={(influencer) => change({ ...choices, influencer })}
          />
        </section>
      )}
      {problems.length > 0 && (
        <section>
          <h2>{t("import.problems", { count: t.number(problems.length) })}</h2>
          <div class="scroll">
            <table class="problems">
              <thead>
                <tr>
                  <th scope="col">{t("import.problems.row")}</th>
                  <th scope="col">{t("import.problems.column")}</th>
                  <th scope="col">{t("import.problems.value")}</th>
                  <th scope="col">{t("import.problems.why")}</th>
                </tr>
              </thead>
              <tbody>
                {problems.slice(0, SHOWN).map((p) => (
                  <tr key={`${p.line}-${p.column}`}>
                    <td>{p.line}</td>
                    <td>{p.column}</td>
                    <td class="value">{p.value}</td>
                    <td>
                      {t.say(p.problem)}
                      {p.asText ? `${t("join.list")}${t("import.asText")}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problems.length > SHOWN && (
            <p class="hint">{t("import.more", { count: t.number(problems.length - SHOWN) })}</p>
          )}
        </section>
      )}
    </>
  );
}

function ChoiceField<T extends string>(props: {
  t: Texts;
  id: string;
  label: string;
  choice: Choice<T>;
  value: T | null;
  options: readonly (readonly [T, string])[];
  set: (value: T) => void;
}) {
  const { t, id, label, choice, value, options, set } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        aria-describedby={`${id}-basis`}
        aria-invalid={value === null ? "true" : undefined}
        onChange={(event) => set((event.currentTarget as HTMLSelectElement).value as T)}
      >
        {value === null && <option value="">{t("import.choose")}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <p class="hint" id={`${id}-basis`}>
        {t.say(basisMessage(choice.basis))}
      </p>
    </div>
  );
}

function NameField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  names: readonly string[];
  set: (value: string) => void;
}) {
  const { id, label, hint, value, names, set } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-names`}
        value={value}
        maxLength={100}
        aria-describedby={`${id}-hint`}
        onInput={(event) => set((event.currentTarget as HTMLInputElement).value)}
      />
      <datalist id={`${id}-names`}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
