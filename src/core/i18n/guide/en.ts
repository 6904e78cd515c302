/**
 * The help page on the KPI framework (Influencer KPIs → KPI framework help, and the sidebar's
 * Help), in English. {framework}, {tracker} and {settings} are the sheets' names.
 */
export const enGuide = {
  "guide.title": "How the KPI framework works",
  "guide.intro":
    "Each row of {framework} is one KPI of a campaign: what it measures, where it starts, where it should get to, and by when. Build KPI framework writes the rows; from then on they follow {tracker} by themselves.",
  "guide.baseline.title": "Baseline",
  "guide.baseline":
    "Where the metric stands when you start counting: 0 for a new campaign, the campaign's value now to count only what comes next, or a value from an earlier campaign. Progress runs from the baseline (0%) to the target (100%).",
  "guide.target.title": "Target and deadline",
  "guide.target":
    "The value to reach, and the day to reach it by. For a cost such as cost per engagement, lower is better, so the target sits below the baseline. A rate is typed in percent: 5 means 5%.",
  "guide.status.title": "Status",
  "guide.status.intro": "The Status column follows the tracker live:",
  "guide.status.onTrack": "Progress keeps pace with the time elapsed between start and deadline.",
  "guide.status.atRisk":
    "Progress has fallen behind the time elapsed, or the campaign is over (its end has passed or its budget is spent) short of 100%: act before the deadline.",
  "guide.status.met": "Progress has reached 100%: the target is met.",
  "guide.status.missed": "The deadline has passed below 100%.",
  "guide.status.checkInputs":
    "There is no Actual to judge yet, or cells left out of it (text where a number belongs, an amount in another currency) could change the status: Lowest and Highest possible show how far, and the report lists each cell.",
  "guide.smart.title": "SMART check",
  "guide.smart.intro":
    "Before anything is written, each KPI is checked against five criteria. A check that warns or fails says why, in a line you can act on:",
  "guide.smart.specific": "Measured by one named metric, with an owner.",
  "guide.smart.measurable": "Computed from the tracker, or entered by hand from a named source.",
  "guide.smart.achievable": "A target within reach of the baseline: less than 10 times it.",
  "guide.smart.relevant": "A KPI that shows whether the campaign reached its goal.",
  "guide.smart.timeBound":
    "A deadline within the campaign, or soon after it for results that come late.",
  "guide.actual.title": "How the Actual is computed",
  "guide.actual":
    "The Actual is a KPIACTUAL formula over {tracker}: the campaign's figure counted exactly as the report counts it, a sum (revenue, reach) or a ratio of sums (ROAS is revenue ÷ cost), so it moves with every post you add. Text, amounts in another currency and flagged cells are left out; results still to come stay out of their rates; where impressions are blank, views count instead; engagement rate divides by the base chosen in {settings}.",
  "guide.manual":
    "A metric the tracker has no column for (email sign-ups, backlinks, sentiment) gets an input cell instead: type its value there. The cell's note says where to read it.",
  "guide.close": "Close",
} as const;
