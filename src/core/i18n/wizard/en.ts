/**
 * The KPI wizard's sidebar, in English. The server sends these to the sidebar with the
 * framework's own texts (goal., kpi., metric., smart. ...) in the add-on's language.
 */
export const enWizard = {
  // Moving through the steps.
  "wizard.step": "Step {step} of {steps}",
  "wizard.next": "Next",
  "wizard.back": "Back",
  "wizard.toReview": "Review",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (optional)",

  // Goal.
  "wizard.goal.title": "Campaign goal",
  "wizard.goal.intro": "What should this campaign achieve?",
  "wizard.goal.main": "Main goal",
  "wizard.goal.secondary": "Second goal",
  "wizard.goal.none": "None",

  // Campaign.
  "wizard.campaign.title": "Campaign",
  "wizard.campaign.pick": "Campaign",
  "wizard.campaign.new": "New campaign…",
  "wizard.campaign.name": "Name of the new campaign",
  "wizard.campaign.posts": "{posts} posts in the tracker.",
  "wizard.campaign.framed": "It has a framework already: writing updates its KPIs.",
  "wizard.campaign.start": "Start date",
  "wizard.campaign.end": "End date",
  "wizard.campaign.datesFromPosts": "Dates of its first and last post.",
  "wizard.campaign.budget": "Budget",
  "wizard.campaign.budgetHint": "In {currency}.",
  "wizard.campaign.platforms": "Platforms",
  "wizard.campaign.tiers": "Influencer tiers",
  "wizard.campaign.tierFit": "For this goal: {tiers}",

  // KPIs.
  "wizard.kpis.title": "KPIs",
  "wizard.kpis.intro": "Suggested for your goal. Keep the few that matter most.",
  "wizard.kpis.forGoal": "For {goal}",

  // One KPI.
  "wizard.kpi.title": "KPI {kpi} of {kpis}",
  "wizard.kpi.metrics": "Metrics (up to {max})",
  "wizard.kpi.metricsHint": "The first one is measured against the target.",
  "wizard.kpi.metricsFull": "{max} chosen: clear one to pick another.",
  "wizard.kpi.headline": "target",
  "wizard.kpi.baseline": "Baseline",
  "wizard.kpi.useCurrent": "Use the tracker's value: {value}",
  "wizard.kpi.target": "Target",
  "wizard.kpi.rateHint": "A rate: type it with %, like {example}.",
  "wizard.kpi.moneyHint": "In {currency}.",
  "wizard.kpi.lowerBetter": "Lower is better.",
  "wizard.kpi.deadline": "Deadline",
  "wizard.kpi.owner": "Owner",
  "wizard.kpi.tactic": "Tactic",
  "wizard.kpi.noTactic": "None",

  // SMART review.
  "wizard.review.title": "SMART review",
  "wizard.review.intro": "Each KPI checked against SMART. Go back to fix anything marked.",
  "wizard.review.problems": "Fix these first:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Fix",
  "wizard.review.edit": "Edit",
  "wizard.review.framework": "The framework as a whole",
  "wizard.verdict.pass": "Pass",
  "wizard.verdict.warn": "Check",
  "wizard.verdict.fail": "Fail",

  // Writing.
  "wizard.write": "Write to sheet",
  "wizard.writing": "Writing…",
  "wizard.notWritten": "Nothing was written. Fix the fields marked.",
  "wizard.failed": "Nothing was written: {reason}",

  // Done.
  "wizard.done.title": "Framework written",
  "wizard.done.where": "{campaign}: rows {first} to {last} of {sheet}.",
  "wizard.done.whereOne": "{campaign}: row {first} of {sheet}.",
  "wizard.done.added": "KPIs added: {count}",
  "wizard.done.updated": "KPIs updated: {count}",
  "wizard.done.removed": "KPIs removed: {count}",
  "wizard.done.show": "Show the rows",
  "wizard.done.again": "Build another",
  "wizard.done.showFailed": "Could not show the rows: {reason}",
} as const;
