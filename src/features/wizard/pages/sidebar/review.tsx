/** The SMART review before writing, and what the sidebar shows once the framework is written. */
import type { Framework, SmartCheck } from "../../../../core/framework/model";
import { renderText } from "../../../../core/framework/text";
import type { WriteOutcome } from "../../contract";
import type { Texts } from "./i18n";

/** A problem still open, with the step it belongs to (review itself when none does). */
export interface OpenProblem {
  readonly field: string;
  readonly text: string;
}

type Verdict = SmartCheck["verdict"];

const MARKS: Readonly<Record<Verdict | "tip", string>> = {
  pass: "✓",
  warn: "!",
  fail: "✕",
  tip: "i",
};

function VerdictMark({ t, verdict }: { t: Texts; verdict: Verdict | "tip" }) {
  return (
    <span class={`verdict ${verdict}`}>
      <span aria-hidden="true">{MARKS[verdict]}</span>{" "}
      {verdict === "tip" ? null : t(`wizard.verdict.${verdict}`)}
    </span>
  );
}

interface ReviewProps {
  readonly t: Texts;
  readonly messages: Readonly<Record<string, string>>;
  readonly framework: Framework | null;
  readonly problems: readonly OpenProblem[];
  readonly label: (field: string) => string;
  readonly fix: (field: string) => void;
  readonly edit: (index: number) => void;
}

export function Review({ t, messages, framework, problems, label, fix, edit }: ReviewProps) {
  return (
    <>
      {problems.length > 0 ? (
        <section class="problems" aria-labelledby="problems-title">
          <p id="problems-title">{t("wizard.review.problems")}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.field}>
                <b>{label(problem.field)}</b>
                <div>{problem.text}</div>
                <button type="button" class="link" onClick={() => fix(problem.field)}>
                  {t("wizard.review.fix")}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {framework ? (
        <>
          <p>{t("wizard.review.intro")}</p>
          {framework.kpis.map((kpi, index) => (
            <section class="kpi-review" key={kpi.kpi} aria-labelledby={`review-${index}`}>
              <h2 id={`review-${index}`}>{t(`kpi.${kpi.kpi}`)}</h2>
              <p class="statement">{renderText(messages, kpi.statement)}</p>
              <ul class="checks">
                {kpi.smart.map((check) => (
                  <li key={check.criterion}>
                    <div class="check-line">
                      <VerdictMark t={t} verdict={check.verdict} />
                      <b>{t(`smart.${check.criterion}`)}</b>
                    </div>
                    <div>{renderText(messages, check.reason)}</div>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                class="link"
                aria-describedby={`review-${index}`}
                onClick={() => edit(index)}
              >
                {t("wizard.review.edit")}
              </button>
            </section>
          ))}
          {framework.checks.length > 0 ? (
            <section class="kpi-review" aria-labelledby="review-framework">
              <h2 id="review-framework">{t("wizard.review.framework")}</h2>
              <ul class="checks">
                {framework.checks.map((check) => (
                  <li key={check.check} class="check-line">
                    <VerdictMark t={t} verdict={check.verdict} />
                    <div>{renderText(messages, check.reason)}</div>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

type Written = Extract<WriteOutcome, { ok: true }>;

export function Done({ t, outcome }: { t: Texts; outcome: Written }) {
  return (
    <>
      <p>
        {t(outcome.firstRow === outcome.lastRow ? "wizard.done.whereOne" : "wizard.done.where", {
          campaign: outcome.campaign,
          first: outcome.firstRow,
          last: outcome.lastRow,
          sheet: outcome.sheet,
        })}
      </p>
      <ul class="counts">
        <li>{t("wizard.done.added", { count: outcome.added })}</li>
        <li>{t("wizard.done.updated", { count: outcome.updated })}</li>
        <li>{t("wizard.done.removed", { count: outcome.removed })}</li>
      </ul>
    </>
  );
}
