/**
 * The targets step: every chosen KPI on one page, each with its metrics, where it starts (the
 * baseline), where it should get to and by when, its owner and tactic. The target field is
 * also the review's, so a target can be changed there.
 */
import { describeMeasure } from "../../../../core/framework/describe";
import { GOALS } from "../../../../core/framework/goals";
import { KPIS } from "../../../../core/framework/kpis";
import { METRICS } from "../../../../core/framework/metrics";
import type { KpiId, MetricDef, MetricId, TacticId } from "../../../../core/framework/model";
import { LIMITS } from "../../../../core/framework/validate";
import { Checks, describedBy, Input, Notes, SelectField, TextField } from "./fields";
import {
  type BaselineFrom,
  baselineFrom,
  currentValue,
  deadlineOf,
  fieldId,
  fieldNumber,
  headlineOf,
  kpiAnswers,
  kpiWarnings,
  shownValue,
  toggleMetric,
  updateKpi,
} from "./form";
import type { StepProps } from "./steps";

export function TargetsStep(props: StepProps) {
  return (
    <>
      <p>{props.t("wizard.targets.intro")}</p>
      {props.answers.kpis.map((kpi, index) => (
        <KpiSection key={kpi} {...props} kpi={kpi} index={index} />
      ))}
    </>
  );
}

interface KpiProps extends StepProps {
  readonly kpi: KpiId;
  readonly index: number;
}

/** What a KPI's numbers are typed in: a rate in percent, money in the currency. */
function unitHint({ t, start }: StepProps, metric: MetricDef): string {
  return [
    metric.unit === "rate"
      ? t("wizard.kpi.rateHint", {
          typed: fieldNumber(start, "rate", 0.045),
          shown: shownValue(start, "rate", 0.045),
        })
      : metric.unit === "money"
        ? t("wizard.kpi.moneyHint", { currency: start.currency })
        : "",
    metric.lowerIsBetter ? t("wizard.kpi.lowerBetter") : "",
  ]
    .filter(Boolean)
    .join(t("join.sentences"));
}

function KpiSection(props: KpiProps) {
  const { t, start, answers, update, error, kpi, index } = props;
  const typed = kpiAnswers(answers, kpi);
  const at = (name: string) => `kpis.${index}.${name}`;
  const change = (values: Partial<typeof typed>, field: string) =>
    update((a) => updateKpi(a, kpi, values), at(field));
  const headline = typed.metrics[0];
  const full = typed.metrics.length >= LIMITS.metrics;
  const tactics = [
    ...new Set([answers.goal, answers.secondaryGoal].flatMap((g) => (g ? GOALS[g].tactics : []))),
  ];
  const warnings = kpiWarnings(start, answers, kpi);
  const kpiError = error(at("kpi"));
  return (
    <section
      class="kpi-section"
      id={fieldId(at("kpi"))}
      aria-labelledby={`kpi-${index}-name`}
      data-kpi={kpi}
    >
      <h2 class="kpi-name" id={`kpi-${index}-name`} tabIndex={-1}>
        {t(`kpi.${kpi}`)}
      </h2>
      {kpiError ? (
        <p class="error" id={`${fieldId(at("kpi"))}-error`}>
          {kpiError}
        </p>
      ) : null}
      <Checks
        id={fieldId(at("metrics"))}
        legend={t("wizard.kpi.metrics", { max: LIMITS.metrics })}
        hint={
          full ? t("wizard.kpi.metricsFull", { max: LIMITS.metrics }) : t("wizard.kpi.metricsHint")
        }
        error={error(at("metrics"))}
        items={KPIS[kpi].metrics.map((id: MetricId) => {
          const checked = typed.metrics.includes(id);
          return {
            value: id,
            label: t(`metric.${id}`),
            checked,
            disabled: !checked && full,
            badge: id === headline ? t("wizard.kpi.headline") : undefined,
            note: checked ? describeMeasure(METRICS[id], start.messages) : undefined,
          };
        })}
        onToggle={(value, on) =>
          change({ metrics: toggleMetric(typed.metrics, kpi, value as MetricId, on) }, "metrics")
        }
      />
      <BaselineField {...props} warning={warnings.baseline && t(warnings.baseline)} />
      <TargetField {...props} warning={warnings.target && t(warnings.target)} />
      <TextField
        id={fieldId(at("deadline"))}
        type="date"
        label={t("wizard.kpi.deadline")}
        value={deadlineOf(start, answers, kpi)}
        error={error(at("deadline"))}
        warning={warnings.deadline && t(warnings.deadline)}
        onInput={(value) => change({ deadline: value }, "deadline")}
      />
      <div class="pair">
        <TextField
          id={fieldId(at("owner"))}
          label={t("wizard.optional", { label: t("wizard.kpi.owner") })}
          value={typed.owner}
          error={error(at("owner"))}
          onInput={(value) => change({ owner: value }, "owner")}
        />
        <SelectField
          id={fieldId(at("tactic"))}
          label={t("wizard.optional", { label: t("wizard.kpi.tactic") })}
          value={typed.tactic}
          error={error(at("tactic"))}
          options={[
            { value: "", label: t("wizard.kpi.noTactic") },
            ...tactics.map((id) => ({ value: id, label: t(`tactic.${id}`) })),
          ]}
          onChange={(value) => change({ tactic: value as TacticId | "" }, "tactic")}
        />
      </div>
    </section>
  );
}

/**
 * The baseline, in one line, and its three choices: 0 for a new campaign, the campaign's
 * value now (exact, as the tracker computes it), or another value typed.
 */
function BaselineField(props: KpiProps & { readonly warning: string | undefined }) {
  const { t, start, answers, update, error, kpi, index, warning } = props;
  const typed = kpiAnswers(answers, kpi);
  const metric = headlineOf(typed, kpi);
  const field = `kpis.${index}.baseline`;
  const id = fieldId(field);
  const from = baselineFrom(start, answers, kpi);
  const current = currentValue(start, answers, metric);
  const problem = error(field);
  const choose = (choice: BaselineFrom, text = typed.baseline) =>
    update((a) => updateKpi(a, kpi, { baselineFrom: choice, baseline: text }), field);
  const choices: { value: BaselineFrom; label: string }[] = [
    { value: "zero", label: t("wizard.kpi.fromZero") },
    ...(current === undefined
      ? []
      : [
          {
            value: "current" as const,
            label: t("wizard.kpi.fromCurrent", { value: shownValue(start, metric.unit, current) }),
          },
        ]),
    { value: "typed", label: t("wizard.kpi.fromTyped") },
  ];
  const hint = from === "typed" ? unitHint(props, metric) : "";
  return (
    <fieldset class="field baseline" id={`${id}-from`} aria-describedby={`${id}-about`}>
      <legend>{t("wizard.kpi.baseline")}</legend>
      <p class="hint about" id={`${id}-about`}>
        {t("wizard.kpi.baselineHint")}
      </p>
      {choices.map((choice) => (
        <div class="check" key={choice.value}>
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name={`${id}-from`}
            checked={from === choice.value}
            onChange={() => choose(choice.value)}
          />
          <label for={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      <div class="typed-baseline">
        <Input
          id={id}
          label={t("wizard.kpi.baseline")}
          value={typed.baseline}
          inputMode="decimal"
          suffix={metric.unit === "rate" ? "%" : undefined}
          invalid={Boolean(problem)}
          describedBy={describedBy(id, hint, problem, warning)}
          // Typing a value chooses it (passing through the field does not).
          onInput={(value) => choose("typed", value)}
        />
      </div>
      <Notes id={id} hint={hint || undefined} error={problem} warning={warning} />
    </fieldset>
  );
}

/** A KPI's target, in its unit; on the targets step and in the review. */
export function TargetField(props: KpiProps & { readonly warning?: string | undefined }) {
  const { t, answers, update, error, kpi, index, warning } = props;
  const typed = kpiAnswers(answers, kpi);
  const metric = headlineOf(typed, kpi);
  const field = `kpis.${index}.target`;
  return (
    <TextField
      id={fieldId(field)}
      label={t("wizard.kpi.target")}
      inputMode="decimal"
      value={typed.target}
      suffix={metric.unit === "rate" ? "%" : undefined}
      hint={unitHint(props, metric) || undefined}
      error={error(field)}
      warning={warning}
      onInput={(value) => update((a) => updateKpi(a, kpi, { target: value }), field)}
    />
  );
}
