/**
 * The wizard's first steps: the campaign, its goal and the KPIs to keep. Each renders the
 * answers and reports changes; App owns the state and the navigation.
 */
import { GOALS } from "../../../../core/framework/goals";
import { KPIS } from "../../../../core/framework/kpis";
import type { GoalId, KpiId } from "../../../../core/framework/model";
import type { WizardStart } from "../../contract";
import { Checks, type Option, SelectField, TextField } from "./fields";
import {
  type Answers,
  campaignSummary,
  chooseCampaign,
  fieldId,
  NEW_CAMPAIGN,
  offeredKpis,
  toggleKpi,
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

export function CampaignStep({ t, start, answers, update, error }: StepProps) {
  const summary = campaignSummary(start, answers);
  const isNew = answers.campaignChoice === NEW_CAMPAIGN;
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
          onChange={(value) => update((a) => chooseCampaign(start, a, value), "campaign", "budget")}
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
    </>
  );
}

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
                <span class="chips">
                  <span class="chip">{t(`funnel.${goal.funnel}`)}</span>
                  <span class="chip tier">{t(`tierFit.${goal.tierFit}`)}</span>
                </span>
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
