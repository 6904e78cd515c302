/** The SMART review before writing, and what the sidebar shows once the framework is written. */
import type { Framework, SmartCheck } from "../../../../core/framework/model";
import { renderText } from "../../../../core/framework/text";
import type { WriteOutcome } from "../../contract";
import type { Texts } from "./i18n";
import type { StepProps } from "./steps";
import { TargetField } from "./targets";

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

interface ReviewProps extends StepProps {
  /** The framework the answers build, or null while a problem is open. */
  readonly framework: Framework | null;
  readonly problems: readonly OpenProblem[];
  readonly label: (field: string) => string;
  readonly fix: (field: string) => void;
  /** Opens the targets step at one KPI. */
  readonly edit: (index: number) => void;
}

/**
 * Each KPI with its statement, its target (to change right here) and its SMART check; the
 * problems still open, each with the way to its field; checks of the framework as a whole.
 */
export function Review(props: ReviewProps) {
  const { t, start, answers, framework, problems, label, fix, edit } = props;
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
      <p>{t("wizard.review.intro")}</p>
      {answers.kpis.map((kpi, index) => {
        const built = framework?.kpis[index];
        return (
          <section class="kpi-review" key={kpi} aria-labelledby={`review-${index}`}>
            <h2 id={`review-${index}`}>{t(`kpi.${kpi}`)}</h2>
            {built ? <p class="statement">{renderText(start.messages, built.statement)}</p> : null}
            <TargetField {...props} kpi={kpi} index={index} />
            {built ? (
              <ul class="checks">
                {built.smart.map((check) => (
                  <li key={check.criterion}>
                    <div class="check-line">
                      <VerdictMark t={t} verdict={check.verdict} />
                      <b>{t(`smart.${check.criterion}`)}</b>
                    </div>
                    <div>{renderText(start.messages, check.reason)}</div>
                  </li>
                ))}
              </ul>
            ) : null}
            <button
              type="button"
              class="link"
              aria-describedby={`review-${index}`}
              onClick={() => edit(index)}
            >
              {t("wizard.review.edit")}
            </button>
          </section>
        );
      })}
      {framework && framework.checks.length > 0 ? (
        <section class="kpi-review" aria-labelledby="review-framework">
          <h2 id="review-framework">{t("wizard.review.framework")}</h2>
          <ul class="checks">
            {framework.checks.map((check) => (
              <li key={check.check} class="check-line">
                <VerdictMark t={t} verdict={check.verdict} />
                <div>{renderText(start.messages, check.reason)}</div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

type Written = Extract<WriteOutcome, { ok: true }>;

/** The statuses the framework's Status column shows, in the order a KPI meets them. */
const STATUSES = ["onTrack", "atRisk", "met", "missed", "checkInputs"] as const;

/** Where the rows went, what changed, and what each status in them will say. */
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
      <h2>{t("wizard.done.statuses")}</h2>
      <ul class="statuses">
        {STATUSES.map((status) => (
          <li key={status}>
            <b class={`status ${status}`}>{t(`status.${status}`)}</b>
            {t("join.label")}
            {t(`guide.status.${status}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
