/**
 * The KPI wizard: loads what it needs from the server, asks which framework to change when
 * the sheet has some, walks through five named steps (campaign, goal, KPIs, targets, review),
 * checks each with the same builder the server runs, writes, and offers the rows and Undo.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { buildFramework } from "../../../../core/framework/build";
import type { BuildResult } from "../../../../core/framework/model";
import { renderText } from "../../../../core/framework/text";
import { LIMITS } from "../../../../core/framework/validate";
import type { CampaignSummary, WizardStart, WriteOutcome } from "../../contract";
import { call } from "../call";
import { Chooser, framedCampaigns } from "./chooser";
import { focusField, focusFirstError } from "./fields";
import {
  type Answers,
  coreErrors,
  fieldId,
  initialAnswers,
  NEW_CAMPAIGN,
  STEPS,
  stepIndex,
  stepOfField,
  suggestKpis,
  toDraft,
} from "./form";
import { texts } from "./i18n";
import { Done, type OpenProblem, Review } from "./review";
import { CampaignStep, GoalStep, KpisStep, type StepProps } from "./steps";
import { TargetsStep } from "./targets";

type Written = Extract<WriteOutcome, { ok: true }>;
type Texts = ReturnType<typeof texts>;

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

const REVIEW = stepIndex("review");
/** The done step's Show the rows, where focus returns once Sheets has moved to the rows. */
const SHOW_ROWS = "show-rows";
const TARGETS = stepIndex("targets");

/** Where focus goes after the next render: a field, the first error shown, or an element. */
type FocusTarget =
  | { readonly field: string }
  | { readonly firstError: true }
  | { readonly element: string }
  | null;

interface Banner {
  readonly kind: "error" | "info";
  readonly text: string;
}

function Wizard({ start, restart }: { start: WizardStart; restart: () => void }) {
  const t = useMemo(() => texts(start.messages), [start]);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(start));
  const [choosing, setChoosing] = useState(() => framedCampaigns(start).length > 0);
  const [at, setAt] = useState(0);
  /** The furthest step reached: the step names up to it are links. */
  const [reached, setReached] = useState(0);
  /** Problems shown beside their fields, by field id. */
  const [shown, setShown] = useState<Readonly<Record<string, string>>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [busy, setBusy] = useState<"write" | "select" | "undo" | "help" | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  /** Server problems about no field the steps show (a forged id, say): listed in the review. */
  const [unplaced, setUnplaced] = useState<readonly OpenProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusTarget = useRef<FocusTarget>(null);
  const [focusTick, setFocusTick] = useState(1);
  const moveFocus = (target: FocusTarget) => {
    focusTarget.current = target;
    setFocusTick((tick) => tick + 1);
  };

  useEffect(() => {
    document.documentElement.lang = start.language;
  }, [start]);
  // Before the next key press: a fast Tab must not land where focus is about to leave.
  useLayoutEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    let done = false;
    if (target && "field" in target) done = focusField(target.field);
    else if (target && "firstError" in target) done = focusFirstError();
    else if (target && "element" in target) {
      const element = document.getElementById(target.element);
      element?.focus();
      element?.scrollIntoView?.({ block: "start" });
      done = Boolean(element);
    }
    if (!done) heading.current?.focus();
  }, [focusTick]);

  /** Every problem of the answers: the sidebar's own (numbers, no goal) and the builder's. */
  const check = (current: Answers) => {
    const { draft, input, problems } = toDraft(start, current);
    const open: OpenProblem[] = problems.map((p) => ({
      field: p.field,
      text: t("wizard.fieldProblem", {
        field: t(p.label),
        problem: renderText(start.messages, p.problem),
      }),
    }));
    // Checked goal or not: the campaign, the first step, is checked before a goal is chosen.
    const result: BuildResult = buildFramework(input, start);
    if (!result.ok) {
      for (const error of coreErrors(result.errors, problems)) {
        open.push({ field: error.field, text: renderText(start.messages, error.problem) });
      }
    }
    return { draft, result: draft ? result : null, open };
  };

  const show = (open: readonly OpenProblem[]) => {
    const byId: Record<string, string> = {};
    for (const problem of open) byId[fieldId(problem.field)] ??= problem.text;
    setShown(byId);
    moveFocus({ firstError: true });
  };

  const goTo = (index: number, focus: FocusTarget = null, current = answers) => {
    const next = index >= stepIndex("kpis") ? suggestKpis(current) : current;
    setAnswers(next);
    setBanner(null);
    setShown({});
    setUnplaced([]);
    setAt(index);
    setReached((furthest) => Math.max(furthest, index));
    moveFocus(focus);
  };

  const next = () => {
    const here = check(answers).open.filter((p) => (stepOfField(p.field) ?? -1) === at);
    if (here.length > 0) return show(here);
    goTo(at + 1);
  };

  /** Shows a problem's step with the problem beside its field; a target right in the review. */
  const fix = (open: readonly OpenProblem[], first: OpenProblem) => {
    if (at === REVIEW && /^kpis\.\d+\.target$/.test(first.field)) {
      return moveFocus({ field: fieldId(first.field) });
    }
    const target = stepOfField(first.field);
    if (target !== undefined && target < REVIEW) setAt(target);
    show(open.filter((p) => stepOfField(p.field) === target));
  };

  /** Opens a framework in the sheet at its review: everything filled in from its rows. */
  const editCampaign = (campaign: CampaignSummary) => {
    setChoosing(false);
    setReached(REVIEW);
    goTo(REVIEW, null, initialAnswers(start, campaign.name));
  };

  const otherCampaign = () => {
    const unframed = start.campaigns.find((campaign) => campaign.framework === null);
    setChoosing(false);
    setReached(0);
    goTo(0, null, initialAnswers(start, unframed?.name ?? NEW_CAMPAIGN));
  };

  const write = () => {
    const { draft, open } = check(answers);
    if (!draft || open.length > 0) return;
    setBusy("write");
    setBanner(null);
    call("writeFramework", draft)
      .then((outcome) => {
        if (outcome.ok) {
          setWritten(outcome);
          moveFocus(null);
          return;
        }
        const problems = outcome.problems.map((p) => ({ field: p.field, text: p.message }));
        setBanner({ kind: "error", text: t("wizard.notWritten") });
        setUnplaced(problems.filter((p) => stepOfField(p.field) === undefined));
        const first = problems[0];
        if (first) fix(problems, first);
      })
      .catch((error: Error) =>
        setBanner({ kind: "error", text: t("wizard.failed", { reason: error.message }) }),
      )
      .finally(() => setBusy(null));
  };

  const selectRows = (campaign: string) => {
    setBusy("select");
    setBanner(null);
    call("selectFrameworkRows", campaign)
      .catch((error: Error) =>
        setBanner({ kind: "error", text: t("wizard.done.showFailed", { reason: error.message }) }),
      )
      .finally(() => {
        setBusy(null);
        // Sheets moves to the rows; the keyboard stays here, on the button just used.
        moveFocus({ element: SHOW_ROWS });
      });
  };

  const undo = (done: Written) => {
    if (!done.undo) return;
    setBusy("undo");
    setBanner(null);
    call("undoFrameworkWrite", done.undo)
      .then((outcome) => {
        if (!outcome.ok) {
          setBanner({
            kind: "error",
            text: t("wizard.done.undoFailed", { reason: outcome.message }),
          });
          return;
        }
        // Back to the review, the answers as they were: change them and write again.
        setWritten(null);
        goTo(REVIEW);
        setBanner({ kind: "info", text: t("wizard.done.undone") });
      })
      .catch((error: Error) =>
        setBanner({ kind: "error", text: t("wizard.done.undoFailed", { reason: error.message }) }),
      )
      .finally(() => setBusy(null));
  };

  const openHelp = () => {
    setBusy("help");
    call("openFrameworkHelp")
      .catch((error: Error) =>
        setBanner({ kind: "error", text: t("wizard.helpFailed", { reason: error.message }) }),
      )
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

  const banners = banner ? (
    <p class={`banner ${banner.kind}`} role={banner.kind === "error" ? "alert" : "status"}>
      {banner.text}
    </p>
  ) : null;
  const helpLink = (label: string) => (
    <button type="button" class="link help" onClick={openHelp} disabled={busy !== null}>
      {label}
    </button>
  );

  if (written) {
    return (
      <main data-step="done" aria-busy={busy ? "true" : undefined}>
        <h1 tabIndex={-1} ref={heading}>
          {t("wizard.done.title")}
        </h1>
        {banners}
        <div class="content" inert={busy !== null}>
          <Done t={t} outcome={written} />
          {helpLink(t("wizard.done.help"))}
          {written.undo ? null : <p class="hint">{t("wizard.done.noUndo")}</p>}
        </div>
        <div class="buttons">
          <button
            type="button"
            class="action"
            id={SHOW_ROWS}
            disabled={busy !== null}
            aria-busy={busy === "select" ? "true" : undefined}
            onClick={() => selectRows(written.campaign)}
          >
            {t("wizard.done.show")}
          </button>
          {written.undo ? (
            <button
              type="button"
              disabled={busy !== null}
              aria-busy={busy === "undo" ? "true" : undefined}
              onClick={() => undo(written)}
            >
              {busy === "undo" ? t("wizard.done.undoing") : t("wizard.done.undo")}
            </button>
          ) : null}
          <button type="button" disabled={busy !== null} onClick={restart}>
            {t("wizard.done.again")}
          </button>
        </div>
      </main>
    );
  }

  if (choosing) {
    return (
      <main data-step="choose">
        <div class="top">{helpLink(t("wizard.help"))}</div>
        <h1 tabIndex={-1} ref={heading}>
          {t("wizard.choose.title")}
        </h1>
        {banners}
        <div class="content" inert={busy !== null}>
          <Chooser t={t} start={start} edit={editCampaign} other={otherCampaign} />
        </div>
      </main>
    );
  }

  const step = STEPS[at] ?? "campaign";
  const checked = step === "review" ? check(answers) : null;
  const live: Readonly<Record<string, string>> = checked
    ? Object.fromEntries(checked.open.map((p) => [fieldId(p.field), p.text]).reverse())
    : shown;
  const props: StepProps = {
    t,
    start,
    answers,
    update,
    error: (field) => live[fieldId(field)],
  };
  return (
    <main aria-busy={busy ? "true" : undefined} data-step={step} data-at={at}>
      <div class="top">
        <Stepper t={t} at={at} reached={reached} busy={busy !== null} goTo={goTo} />
        {helpLink(t("wizard.help"))}
      </div>
      <h1 tabIndex={-1} ref={heading}>
        {t(`wizard.${step}.title`)}
      </h1>
      {banners}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (busy !== null) return;
          if (step === "review") write();
          else next();
        }}
      >
        <div class="content" inert={busy !== null}>
          {step === "campaign" ? <CampaignStep {...props} /> : null}
          {step === "goal" ? <GoalStep {...props} /> : null}
          {step === "kpis" ? <KpisStep {...props} /> : null}
          {step === "targets" ? <TargetsStep {...props} /> : null}
          {checked ? (
            <Review
              {...props}
              framework={
                checked.result?.ok && checked.open.length === 0 ? checked.result.framework : null
              }
              problems={[...checked.open, ...unplaced]}
              label={(field) => fieldLabel(t, answers, field)}
              fix={(field) => {
                const first = checked.open.find((p) => p.field === field);
                if (first) fix(checked.open, first);
              }}
              edit={(index) => goTo(TARGETS, { element: `kpi-${index}-name` })}
            />
          ) : null}
        </div>
        <div class="buttons">
          {step === "review" ? (
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
              {at === TARGETS ? t("wizard.toReview") : t("wizard.next")}
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

/** The five steps by name, the current one marked; steps already reached are a click away. */
function Stepper(props: {
  t: Texts;
  at: number;
  reached: number;
  busy: boolean;
  goTo: (index: number) => void;
}) {
  const { t, at, reached, busy, goTo } = props;
  return (
    <nav aria-label={t("wizard.steps")}>
      <ol class="stepper">
        {STEPS.map((kind, index) => {
          const name = t(`wizard.stepName.${kind}`);
          const state = index === at ? "current" : index <= reached ? "reached" : "ahead";
          return (
            <li key={kind} class={state} aria-current={index === at ? "step" : undefined}>
              {state === "reached" ? (
                <button type="button" class="link" disabled={busy} onClick={() => goTo(index)}>
                  {name}
                </button>
              ) : (
                <span>{name}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** How the review names a field: "Target (Reach)" for kpis.0.target. */
function fieldLabel(t: Texts, answers: Answers, field: string): string {
  const kpi = /^kpis\.(\d+)\.(\w+)/.exec(field);
  if (kpi) {
    const id = answers.kpis[Number(kpi[1])];
    if (kpi[2] === "kpi") return id ? t(`kpi.${id}`) : t("wizard.kpis.title");
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
    kpis: "wizard.kpis.title",
  };
  const label = labels[field.split(".")[0] ?? field];
  return label ? t(label) : field;
}
