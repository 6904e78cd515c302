/**
 * The KPI wizard's sidebar, in English. The server sends these to the sidebar with the
 * framework's own texts (goal., kpi., metric., smart. ...) in the add-on's language.
 */
export const enWizard = {
  // Moving through the steps.
  "wizard.steps": "Steps",
  "wizard.stepName.campaign": "Campaign",
  "wizard.stepName.goal": "Goal",
  "wizard.stepName.kpis": "KPIs",
  "wizard.stepName.targets": "Targets",
  "wizard.stepName.review": "Review",
  "wizard.next": "Next",
  "wizard.back": "Back",
  "wizard.toReview": "Review",
  "wizard.fieldProblem": "{field} {problem}",
  "wizard.optional": "{label} (optional)",
  "wizard.help": "Help",
  "wizard.helpFailed": "Could not open the help: {reason}",

  // Which framework, when the sheet has some.
  "wizard.choose.title": "Which campaign?",
  "wizard.choose.intro":
    "Change a framework already in the sheet, or build one for another campaign.",
  "wizard.choose.other": "Another campaign",

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

  // Goal.
  "wizard.goal.title": "Campaign goal",
  "wizard.goal.intro": "What should this campaign achieve?",
  "wizard.goal.main": "Main goal",
  "wizard.goal.secondary": "Second goal",
  "wizard.goal.none": "None",

  // KPIs.
  "wizard.kpis.title": "KPIs",
  "wizard.kpis.intro": "Suggested for your goal. Keep the few that matter most.",
  "wizard.kpis.forGoal": "For {goal}",

  // Baselines and targets.
  "wizard.targets.title": "Baselines and targets",
  "wizard.targets.intro": "For each KPI: where it starts, where it should get to, and by when.",
  "wizard.kpi.metrics": "Metrics (up to {max})",
  "wizard.kpi.metricsHint": "The first one is measured against the target.",
  "wizard.kpi.metricsFull": "{max} chosen: clear one to pick another.",
  "wizard.kpi.headline": "target",
  "wizard.kpi.baseline": "Baseline",
  "wizard.kpi.baselineHint":
    "Where the metric stands when you start: progress runs from here to the target.",
  "wizard.kpi.fromZero": "0: a new campaign, counted from nothing",
  "wizard.kpi.fromCurrent": "The campaign's value now: {value}",
  "wizard.kpi.fromTyped": "Another value:",
  "wizard.kpi.target": "Target",
  "wizard.kpi.rateHint": "In percent: {typed} means {shown}.",
  "wizard.kpi.rateHigh": "Above 100%: check that this is what you mean.",
  "wizard.kpi.moneyHint": "In {currency}.",
  "wizard.kpi.lowerBetter": "Lower is better.",
  "wizard.kpi.deadline": "Deadline",
  "wizard.kpi.deadlinePast":
    "This date has passed: the KPI will show Missed unless its target is already met.",
  "wizard.kpi.owner": "Owner",
  "wizard.kpi.tactic": "Tactic",
  "wizard.kpi.noTactic": "None",

  // SMART review.
  "wizard.review.title": "SMART review",
  "wizard.review.intro":
    "Each KPI checked against SMART. Change a target here, or edit a KPI for the rest.",
  "wizard.review.problems": "Fix these first:",
  "wizard.review.kpiField": "{kpi}: {field}",
  "wizard.review.fix": "Fix",
  "wizard.review.edit": "Edit this KPI",
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
  "wizard.done.statuses": "What the Status column will say",
  "wizard.done.help": "How the KPI framework works",
  "wizard.done.show": "Show the rows",
  "wizard.done.showFailed": "Could not show the rows: {reason}",
  "wizard.done.undo": "Undo",
  "wizard.done.undoing": "Undoing…",
  "wizard.done.undone": "Undone: the rows are back as they were before this write.",
  "wizard.done.undoFailed": "Nothing was undone: {reason}",
  "wizard.done.noUndo":
    "This write is too large to undo here: the spreadsheet's version history has the rows as they were.",
  "wizard.done.again": "Another campaign",

  // Undo, on the server.
  "wizard.undo.gone":
    "another write to the KPI Framework came after this one, and only the latest can be undone.",
  "wizard.undo.changed":
    "the rows have changed since this write, and undoing it would lose those changes.",
} as const;
