/**
 * The wizard's steps before the review: goal, campaign, the KPIs to keep, and one step per
 * KPI. Each renders the answers and reports changes; App owns the state and the navigation.
 */
import { TIERS, type Tier } from "../../../../core/defaults";
import { describeMeasure } from "../../../../core/framework/describe";
import { GOALS } from "../../../../core/framework/goals";
import { KPIS } from "../../../../core/framework/kpis";
import { METRICS } from "../../../../core/framework/metrics";
import type { GoalId, KpiId, MetricId, TacticId } from "../../../../core/framework/model";
import { LIMITS } from "../../../../core/framework/validate";
import type { WizardStart } from "../../contract";
import { Checks, type Option, SelectField, TextField } from "./fields";
import {
  type Answers,
  campaignSummary,
  chooseCampaign,
  fieldId,
  kpiAnswers,
  NEW_CAMPAIGN,
  offeredKpis,
  shownNumber,
  toggleKpi,
  toggleMetric,
  updateKpi,
} from "./form";
import type { Texts } from "./i18n";

export interface StepProps {
  readonly t: Texts;
  readonly start: WizardStart;
  readonly answers: Answers;
  /** Applies a change; the fields named lose their shown problem. */
  readonly update: (change: (answers: Answers) => Answers, ...fields: string[]) => void;
  /** The problem shown for a field, by its path. */
  readonly error: (field: string) => string | undefined;
}

const GOAL_IDS = Object.keys(GOALS) as GoalId[];

export function GoalStep({ t, answers, update, error }: StepProps) {
  const secondary: Option[] = [
    { value: "", label: t("wizard.goal.none") },
    ...GOAL_IDS.filter((id) => id !== answers.goal).map((id) => ({
      value: id,
      label: t(`goal.${id}`),
    })),
  ];
  const goalError = error("goal");
  return (
    <>
      <p>{t("wizard.goal.intro")}</p>
      <fieldset
        id={fieldId("goal")}
        class="field"
        aria-describedby={goalError ? "f-goal-error" : undefined}
      >
        <legend>{t("wizard.goal.main")}</legend>
        {goalError ? (
          <p class="error" id="f-goal-error">
            {goalError}
          </p>
        ) : null}
        {GOAL_IDS.map((id) => {
          const goal = GOALS[id];
          return (
            <label key={id} class={answers.goal === id ? "card selected" : "card"}>
              <input
                type="radio"
                name="goal"
                value={id}
                checked={answers.goal === id}
                aria-invalid={goalError ? "true" : undefined}
                onChange={() =>
                  update(
                    (a) => ({
                      ...a,
                      goal: id,
                      secondaryGoal: a.secondaryGoal === id ? null : a.secondaryGoal,
                    }),
                    "goal",
                    "secondaryGoal",
                  )
                }
              />
              <span class="card-text">
                <span class="card-title">{t(`goal.${id}`)}</span>
                <span class="card-desc">{t(`goal.${id}.desc`)}</span>
                <span class="chip">{t(`funnel.${goal.funnel}`)}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <SelectField
        id={fieldId("secondaryGoal")}
        label={t("wizard.optional", { label: t("wizard.goal.secondary") })}
        value={answers.secondaryGoal ?? ""}
        options={secondary}
        error={error("secondaryGoal")}
        onChange={(value) =>
          update(
            (a) => ({ ...a, secondaryGoal: (value || null) as GoalId | null }),
            "secondaryGoal",
          )
        }
      />
    </>
  );
}

export function CampaignStep({ t, start, answers, update, error }: StepProps) {
  const summary = campaignSummary(start, answers);
  const isNew = answers.campaignChoice === NEW_CAMPAIGN;
  const tierFit = answers.goal ? GOALS[answers.goal].tierFit : "none";
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list, value] : list.filter((item) => item !== value);
  const choices: Option[] = [
    ...start.campaigns.map((c) => ({ value: c.name, label: c.name })),
    { value: NEW_CAMPAIGN, label: t("wizard.campaign.new") },
  ];
  const about = summary
    ? [
        t("wizard.campaign.posts", { posts: summary.posts }),
        summary.framed ? t("wizard.campaign.framed") : "",
      ]
        .filter(Boolean)
        .join(t("join.sentences"))
    : undefined;
  return (
    <>
      {start.campaigns.length > 0 ? (
        <SelectField
          id={isNew ? "f-campaign-choice" : fieldId("campaign")}
          label={t("wizard.campaign.pick")}
          value={answers.campaignChoice}
          options={choices}
          hint={about}
          error={isNew ? undefined : error("campaign")}
          onChange={(value) => update((a) => chooseCampaign(start, a, value), "campaign")}
        />
      ) : null}
      {isNew ? (
        <TextField
          id={fieldId("campaign")}
          label={start.campaigns.length > 0 ? t("wizard.campaign.name") : t("wizard.campaign.pick")}
          value={answers.newCampaign}
          error={error("campaign")}
          onInput={(value) => update((a) => ({ ...a, newCampaign: value }), "campaign")}
        />
      ) : null}
      <div class="pair">
        <TextField
          id={fieldId("start")}
          type="date"
          label={t("wizard.campaign.start")}
          value={answers.start}
          error={error("start")}
          onInput={(value) =>
            update((a) => ({ ...a, start: value, datesFromPosts: false }), "start", "end")
          }
        />
        <TextField
          id={fieldId("end")}
          type="date"
          label={t("wizard.campaign.end")}
          value={answers.end}
          error={error("end")}
          onInput={(value) =>
            update((a) => ({ ...a, end: value, datesFromPosts: false }), "end", "start")
          }
        />
      </div>
      {answers.datesFromPosts ? (
        <p class="hint pair-hint">{t("wizard.campaign.datesFromPosts")}</p>
      ) : null}
      <TextField
        id={fieldId("budget")}
        label={t("wizard.optional", { label: t("wizard.campaign.budget") })}
        hint={t("wizard.campaign.budgetHint", { currency: start.currency })}
        inputMode="decimal"
        value={answers.budget}
        error={error("budget")}
        onInput={(value) => update((a) => ({ ...a, budget: value }), "budget")}
      />
      {start.platforms.length > 0 ? (
        <Checks
          id={fieldId("platforms")}
          legend={t("wizard.optional", { label: t("wizard.campaign.platforms") })}
          error={error("platforms")}
          items={start.platforms.map((platform) => ({
            value: platform,
            label: platform,
            checked: answers.platforms.includes(platform),
          }))}
          onToggle={(value, on) =>
            update((a) => ({ ...a, platforms: toggle(a.platforms, value, on) }), "platforms")
          }
        />
      ) : null}
      <Checks
        id={fieldId("tiers")}
        legend={t("wizard.optional", { label: t("wizard.campaign.tiers") })}
        hint={t("wizard.campaign.tierFit", { tiers: t(`tierFit.${tierFit}`) })}
        error={error("tiers")}
        items={TIERS.map((tier) => ({
          value: tier,
          label: t(`tier.${tier}`),
          checked: answers.tiers.includes(tier),
        }))}
        onToggle={(value, on) =>
          update(
            (a) => ({
              ...a,
              tiers: TIERS.filter((tier) => toggle(a.tiers, value as Tier, on).includes(tier)),
            }),
            "tiers",
          )
        }
      />
    </>
  );
}

export function KpisStep({ t, answers, update, error }: StepProps) {
  const offered = offeredKpis(answers);
  const groups = [answers.goal, answers.secondaryGoal].filter((g): g is GoalId => g !== null);
  const seen = new Set<KpiId>();
  const list = t("join.list");
  return (
    <>
      <p>{t("wizard.kpis.intro")}</p>
      <div id={fieldId("kpis")}>
        {groups.map((goal, index) => {
          const kpis = GOALS[goal].kpis.filter((kpi) => !seen.has(kpi) && offered.includes(kpi));
          for (const kpi of kpis) seen.add(kpi);
          if (kpis.length === 0) return null;
          const last = index === groups.length - 1;
          return (
            <Checks
              key={goal}
              id={`f-kpis-${goal}`}
              legend={t("wizard.kpis.forGoal", { goal: t(`goal.${goal}`) })}
              error={last ? error("kpis") : undefined}
              items={kpis.map((kpi) => ({
                value: kpi,
                label: t(`kpi.${kpi}`),
                checked: answers.kpis.includes(kpi),
                note: KPIS[kpi].metrics.map((m) => t(`metric.${m}`)).join(list),
              }))}
              onToggle={(value, on) => update((a) => toggleKpi(a, value as KpiId, on), "kpis")}
            />
          );
        })}
      </div>
    </>
  );
}

export function KpiStep({
  t,
  start,
  answers,
  update,
  error,
  index,
}: StepProps & { index: number }) {
  const kpi = answers.kpis[index] as KpiId;
  const typed = kpiAnswers(answers, kpi);
  const at = (name: string) => `kpis.${index}.${name}`;
  const change = (values: Partial<typeof typed>, field: string) =>
    update((a) => updateKpi(a, kpi, values), at(field));
  const headline = typed.metrics[0];
  const metric = headline ? METRICS[headline] : undefined;
  const current = headline ? campaignSummary(start, answers)?.values[headline] : undefined;
  const suggestion =
    metric && current !== undefined ? shownNumber(start, metric.unit, current) : "";
  const full = typed.metrics.length >= LIMITS.metrics;
  const tactics = [
    ...new Set([answers.goal, answers.secondaryGoal].flatMap((g) => (g ? GOALS[g].tactics : []))),
  ];
  const unitHint = metric
    ? [
        metric.unit === "rate"
          ? t("wizard.kpi.rateHint", { example: shownNumber(start, "rate", 0.045) })
          : metric.unit === "money"
            ? t("wizard.kpi.moneyHint", { currency: start.currency })
            : "",
        metric.lowerIsBetter ? t("wizard.kpi.lowerBetter") : "",
      ]
        .filter(Boolean)
        .join(t("join.sentences"))
    : "";
  return (
    <>
      <h2 class="kpi-name" data-kpi={kpi}>
        {t(`kpi.${kpi}`)}
      </h2>
      {error(at("kpi")) ? (
        <p class="error" id={`${fieldId(at("kpi"))}-error`}>
          {error(at("kpi"))}
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
      <TextField
        id={fieldId(at("baseline"))}
        label={t("wizard.kpi.baseline")}
        inputMode="decimal"
        value={typed.baseline}
        hint={unitHint || undefined}
        error={error(at("baseline"))}
        onInput={(value) => change({ baseline: value }, "baseline")}
      >
        {suggestion ? (
          <button
            type="button"
            class="link"
            onClick={() => change({ baseline: suggestion }, "baseline")}
          >
            {t("wizard.kpi.useCurrent", { value: suggestion })}
          </button>
        ) : null}
      </TextField>
      <TextField
        id={fieldId(at("target"))}
        label={t("wizard.kpi.target")}
        inputMode="decimal"
        value={typed.target}
        error={error(at("target"))}
        onInput={(value) => change({ target: value }, "target")}
      />
      <TextField
        id={fieldId(at("deadline"))}
        type="date"
        label={t("wizard.kpi.deadline")}
        value={typed.deadline}
        error={error(at("deadline"))}
        onInput={(value) => change({ deadline: value }, "deadline")}
      />
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
    </>
  );
}
