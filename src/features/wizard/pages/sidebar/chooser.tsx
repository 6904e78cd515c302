/**
 * What the sidebar asks first once frameworks are in the sheet: which campaign's framework to
 * change (one click opens its review, everything filled in from its rows), or another
 * campaign.
 */
import type { CampaignSummary, WizardStart } from "../../contract";
import type { Texts } from "./i18n";

interface ChooserProps {
  readonly t: Texts;
  readonly start: WizardStart;
  readonly edit: (campaign: CampaignSummary) => void;
  readonly other: () => void;
}

export const framedCampaigns = (start: WizardStart): CampaignSummary[] =>
  start.campaigns.filter((campaign) => campaign.framework !== null);

export function Chooser({ t, start, edit, other }: ChooserProps) {
  return (
    <>
      <p>{t("wizard.choose.intro")}</p>
      <ul class="choices">
        {framedCampaigns(start).map((campaign) => {
          const framework = campaign.framework;
          const kpis = (framework?.kpis ?? []).map((kpi) => t(`kpi.${kpi.kpi}`));
          const about = framework?.goal
            ? [t(`goal.${framework.goal}`), kpis.join(t("join.list"))].join(t("join.label"))
            : kpis.join(t("join.list"));
          return (
            <li key={campaign.name}>
              <button
                type="button"
                class="card"
                data-campaign={campaign.name}
                onClick={() => edit(campaign)}
              >
                <span class="card-text">
                  <span class="card-title">{campaign.name}</span>
                  <span class="card-desc">{about}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" class="choose-other" onClick={other}>
        {t("wizard.choose.other")}
      </button>
    </>
  );
}
