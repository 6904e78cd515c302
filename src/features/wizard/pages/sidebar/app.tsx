/**
 * The KPI wizard: loads what it needs from the server, walks the user through the steps,
 * checks each step with the same builder the server runs, writes, and offers the rows.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { buildFramework } from "../../../../core/framework/build";
import type { BuildResult } from "../../../../core/framework/model";
import { renderText } from "../../../../core/framework/text";
import { LIMITS } from "../../../../core/framework/validate";
import type { WizardStart, WriteOutcome } from "../../contract";
import { call } from "../call";
import { focusField } from "./fields";
import {
  type Answers,
  coreErrors,
  fieldId,
  initialAnswers,
  stepOfField,
  steps,
  suggestKpis,
  toDraft,
} from "./form";
import { texts } from "./i18n";
import { Done, type OpenProblem, Review } from "./review";
import { CampaignStep, GoalStep, KpiStep, KpisStep, type StepProps } from "./steps";

type Written = Extract<WriteOutcome, { ok: true }>;

export function App() {
  const [start, setStart] = useState<WizardStart | null>(null);
  const [failure, setFailure] = useState("");
  const load = () => {
    setStart(null);
    setFailure("");
    call("wizardStart").then(setStart, (error: Error) => setFailure(error.message));
  };
  useEffect(load, []);
  if (start) return <Wizard start={start} restart={load} />;
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

function Wizard({ start, restart }: { start: WizardStart; restart: () => void }) {
  const t = useMemo(() => texts(start.messages), [start]);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(start));
  const [at, setAt] = useState(0);
  /** Problems shown beside their fields, by field id. */
  const [shown, setShown] = useState<Readonly<Record<string, string>>>({});
  const [banner, setBanner] = useState("");
  const [busy, setBusy] = useState<"write" | "select" | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  /** Server problems about no field the steps show (a forged id, say): listed in the review. */
  const [unplaced, setUnplaced] = useState<readonly OpenProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves after a render: to the first field with a problem, else to the step's title.
  const focusTarget = useRef<string | null>(null);
  const [focusTick, setFocusTick] = useState(1);
  const moveFocus = (field: string | null) => {
    focusTarget.current = field;
    setFocusTick((tick) => tick + 1);
  };

  useEffect(() => {
    document.documentElement.lang = start.language;
  }, [start]);
  // Before the next key press: a fast Tab must not land where focus is about to leave.
  useLayoutEffect(() => {
    const field = focusTarget.current;
    focusTarget.current = null;
    if (!field || !focusField(field)) heading.current?.focus();
  }, [focusTick]);

  const all = steps(answers);
  const step = all[Math.min(at, all.length - 1)] ?? { kind: "goal" };

  /** Every problem of the answers: the sidebar's own (numbers, no goal) and the builder's. */
  const check = (current: Answers) => {
    const { draft, problems } = toDraft(start, current);
    const open: OpenProblem[] = problems.map((p) => ({
      field: p.field,
      text: t("wizard.fieldProblem", {
        field: t(p.label),
        problem: renderText(start.messages, p.problem),
      }),
    }));
    let result: BuildResult | null = null;
    if (!draft) {
      open.unshift({ field: "goal", text: t("draft.noGoal") });
    } else {
      result = buildFramework(draft, start);
      if (!result.ok) {
        for (const error of coreErrors(result.errors, problems)) {
          open.push({ field: error.field, text: renderText(start.messages, error.problem) });
        }
      }
    }
    return { draft, result, open };
  };

  const show = (open: readonly OpenProblem[]) => {
    const byId: Record<string, string> = {};
    for (const problem of open) byId[fieldId(problem.field)] ??= problem.text;
    setShown(byId);
    moveFocus(open[0] ? fieldId(open[0].field) : null);
  };

  const goTo = (index: number, current = answers) => {
    const next = all[index]?.kind === "kpis" ? suggestKpis(current) : current;
    setAnswers(next);
    setBanner("");
    setShown({});
    setUnplaced([]);
    setAt(index);
    moveFocus(null);
  };

  const next = () => {
    const here = check(answers).open.filter((p) => (stepOfField(p.field) ?? -1) === at);
    if (here.length > 0) return show(here);
    goTo(at + 1);
  };

  /** Shows a problem's step with the problem beside its field. */
  const fix = (open: readonly OpenProblem[], first: OpenProblem) => {
    const target = stepOfField(first.field);
    if (target !== undefined && target < all.length - 1) setAt(target);
    show(open.filter((p) => stepOfField(p.field) === target));
  };

  const write = () => {
    const { draft, open } = check(answers);
    if (!draft || open.length > 0) return;
    setBusy("write");
    setBanner("");
    call("writeFramework", draft)
      .then((outcome) => {
        if (outcome.ok) {
          setWritten(outcome);
          moveFocus(null);
          return;
        }
        const problems = outcome.problems.map((p) => ({ field: p.field, text: p.message }));
        setBanner(t("wizard.notWritten"));
        setUnplaced(problems.filter((p) => stepOfField(p.field) === undefined));
        const first = problems[0];
        if (first) fix(problems, first);
      })
      .catch((error: Error) => setBanner(t("wizard.failed", { reason: error.message })))
      .finally(() => setBusy(null));
  };

  const selectRows = (campaign: string) => {
    setBusy("select");
    setBanner("");
    call("selectFrameworkRows", campaign)
      .catch((error: Error) => setBanner(t("wizard.done.showFailed", { reason: error.message })))
      .finally(() => setBusy(null));
  };

  const update: StepProps["update"] = (change, ...fields) => {
    setAnswers(change);
    if (fields.some((field) => shown[fieldId(field)])) {
      setShown((current) => {
        const left = { ...current };
        for (const field of fields) delete left[fieldId(field)];
        return left;
      });
    }
  };
  const props: StepProps = { t, start, answers, update, error: (field) => shown[fieldId(field)] };

  const banners = banner ? (
    <p class="banner error" role="alert">
      {banner}
    </p>
  ) : null;

  if (written) {
    return (
      <main data-step="done">
        <h1 tabIndex={-1} ref={heading}>
          {t("wizard.done.title")}
        </h1>
        {banners}
        <Done t={t} outcome={written} />
        <div class="buttons">
          <button
            type="button"
            class="action"
            disabled={busy !== null}
            aria-busy={busy === "select" ? "true" : undefined}
            onClick={() => selectRows(written.campaign)}
          >
            {t("wizard.done.show")}
          </button>
          <button type="button" disabled={busy !== null} onClick={restart}>
            {t("wizard.done.again")}
          </button>
        </div>
      </main>
    );
  }

  const checked = step.kind === "review" ? check(answers) : null;
  const title =
    step.kind === "kpi"
      ? t("wizard.kpi.title", { kpi: step.index + 1, kpis: answers.kpis.length })
      : t(`wizard.${step.kind}.title`);
  return (
    <main aria-busy={busy ? "true" : undefined} data-step={step.kind} data-at={at}>
      <p class="step">{t("wizard.step", { step: at + 1, steps: all.length })}</p>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {banners}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step.kind === "review") write();
          else next();
        }}
      >
        {step.kind === "goal" ? <GoalStep {...props} /> : null}
        {step.kind === "campaign" ? <CampaignStep {...props} /> : null}
        {step.kind === "kpis" ? <KpisStep {...props} /> : null}
        {step.kind === "kpi" ? <KpiStep {...props} index={step.index} /> : null}
        {checked ? (
          <Review
            t={t}
            messages={start.messages}
            framework={
              checked.result?.ok && checked.open.length === 0 ? checked.result.framework : null
            }
            problems={[...checked.open, ...unplaced]}
            label={(field) => fieldLabel(t, answers, field)}
            fix={(field) => {
              const first = checked.open.find((p) => p.field === field);
              if (first) fix(checked.open, first);
            }}
            edit={(index) => goTo(3 + index)}
          />
        ) : null}
        <div class="buttons">
          {step.kind === "review" ? (
            checked?.open.length === 0 ? (
              <button
                type="submit"
                class="action"
                disabled={busy !== null}
                aria-busy={busy === "write" ? "true" : undefined}
              >
                {busy === "write" ? <span class="spinner small" aria-hidden="true" /> : null}
                {busy === "write" ? t("wizard.writing") : t("wizard.write")}
              </button>
            ) : null
          ) : (
            <button type="submit" class="action">
              {at === all.length - 2 ? t("wizard.toReview") : t("wizard.next")}
            </button>
          )}
          {at > 0 ? (
            <button type="button" disabled={busy !== null} onClick={() => goTo(at - 1)}>
              {t("wizard.back")}
            </button>
          ) : null}
        </div>
      </form>
    </main>
  );
}

/** How the review names a field: "Target (Reach)" for kpis.0.target. */
function fieldLabel(t: ReturnType<typeof texts>, answers: Answers, field: string): string {
  const kpi = /^kpis\.(\d+)\.(\w+)/.exec(field);
  if (kpi) {
    const id = answers.kpis[Number(kpi[1])];
    const part = t(`wizard.kpi.${kpi[2]}`, { max: LIMITS.metrics });
    return id ? t("wizard.review.kpiField", { kpi: t(`kpi.${id}`), field: part }) : part;
  }
  const labels: Readonly<Record<string, string>> = {
    goal: "wizard.goal.main",
    secondaryGoal: "wizard.goal.secondary",
    campaign: "wizard.campaign.pick",
    start: "wizard.campaign.start",
    end: "wizard.campaign.end",
    budget: "wizard.campaign.budget",
    platforms: "wizard.campaign.platforms",
    tiers: "wizard.campaign.tiers",
    kpis: "wizard.kpis.title",
  };
  const label = labels[field.split(".")[0] ?? field];
  return label ? t(label) : field;
}
