/**
 * English texts of the stakeholder report's model: why no report could be made, the headline,
 * the figures' formulas, suggestions' reasons, benchmark notes, insights, data issues and
 * definitions. Headings and labels of its renderings live with them (report-page, and the
 * tracker's and framework's "col.*"). A cell's problem reads after its column's label
 * ("Cost" + "is typed in EUR, …").
 */
import type { BenchmarkFormula, FigureKey, Suggestion } from "../../report/model";

/** Every id of the report's data must have its label here: the typecheck says which is missing. */
type Named =
  | `report.formula.${FigureKey}`
  | `report.reason.${Suggestion}`
  | `report.benchmarkFormula.${BenchmarkFormula}`;

export const enReport = {
  // Why no report could be made: each says what to change.
  "report.problem.noRows":
    "{sheet} has no posts yet: add one row per post, then make the report again.",
  "report.problem.noCampaign":
    '{sheet} has no posts for "{campaign}": check its name in the Campaign column, or pick another campaign.',
  "report.problem.noPostsInRange":
    '"{campaign}" has no posts dated {range}: widen the dates, or pick another campaign.',
  "report.problem.noPostsInRangeAll": "No posts are dated {range}: widen the dates.",
  "report.problem.noneUsable":
    "None of the {rows} rows for this report can be used: each lacks its campaign or post date. Fill them in on {sheet}.",
  "report.problem.rangeReversed":
    "The report ends ({to}) before it starts ({from}): swap the two dates.",
  "report.problem.notDate": '"{date}" is not a date: pick the report\'s dates again.',

  // The headline: did we hit the goal?
  "report.headline.none":
    "No KPI framework for this campaign yet: the report shows its metrics alone.",
  "report.headline.allMet": "All KPIs met ({total} of {total}).",
  "report.headline.onTrack": "{met} of {total} KPIs met, the rest on track.",
  "report.headline.behind": "{met} of {total} KPIs met, {atRisk} at risk, {missed} missed.",
  "report.headline.open":
    "{met} of {total} KPIs met, {onTrack} on track, {open} not judged yet (see the scorecard).",

  // The formula each headline figure uses (shown beside its name, and in the definitions).
  "report.formula.spend": "Sum of cost",
  "report.formula.impressions": "Sum of impressions; a post without them counts its views",
  "report.formula.views": "Sum of views",
  "report.formula.reach": "Sum of each post's reach (a person reached by two posts counts twice)",
  "report.formula.engagements": "Likes + comments + shares + saves",
  "report.formula.clicks": "Sum of clicks",
  "report.formula.conversions": "Sum of conversions",
  "report.formula.revenue": "Sum of revenue",
  "report.formula.emv": "Impressions ÷ 1,000 × the platform's CPM from Settings, summed over posts",
  "report.formula.cpm": "Cost ÷ impressions × 1,000",
  "report.formula.cpe": "Cost ÷ engagements",
  "report.formula.ctr": "Clicks ÷ impressions",
  "report.formula.conversionRate": "Conversions ÷ clicks",
  "report.formula.roas": "Revenue ÷ cost",
  "report.formula.roi": "(Revenue − cost) ÷ cost",

  // Keep, scale or review, and why.
  "report.reason.scale":
    "ROI {roi}, above the median {medianRoi}; CPE {cpe}, below the median {medianCpe}.",
  "report.reason.review": "ROI {roi}, below zero; CPE {cpe}, above the median {medianCpe}.",
  "report.reason.keep":
    "ROI {roi} (median {medianRoi}), CPE {cpe} (median {medianCpe}): not clearly ahead or behind.",
  "report.reason.tooLittleData": "{posts} posts: {min} or more are needed to judge.",

  // Engagement against published benchmarks.
  "report.benchmarkFormula.likesPerFollower": "Likes ÷ followers",
  "report.benchmarkFormula.engagementsPerView": "Engagements ÷ views",
  "report.benchmark.likes":
    "Likes ÷ followers, median over {posts} posts, as Modash divides each profile's median likes by its followers. Not the report's engagement rate, which also counts comments, shares and saves.",
  "report.benchmark.views":
    "Engagements ÷ views over {posts} posts, as Modash divides. Our engagements are likes, comments, shares and saves.",
  "report.benchmark.noLikes":
    "Not comparable: Modash divides likes by followers, and no post in this band has both.",
  "report.benchmark.noViews":
    "Not comparable: Modash divides engagements by views, and no post in this band has views.",

  // Insights: each appears only when its rule fires.
  "report.insight.landingPage":
    "{clicks} clicks but {conversions} conversions ({rate}): the posts bring people in, so check the landing page.",
  "report.insight.fewClicks":
    "Only {clicks} clicks from {exposure} impressions or views (CTR {ctr}): the content or the audience may not fit the offer.",
  "report.insight.frequency":
    "Impressions are {times}× reach ({impressions} against {reach}): people saw the posts more than once, which helps them remember the brand.",
  "report.insight.roi": "Best return: {best}, ROI {bestRoi}. Weakest: {worst}, ROI {worstRoi}.",
  "report.insight.cpe":
    "Cheapest engagement: {best}, CPE {bestCpe}. Dearest: {worst}, CPE {worstCpe}.",
  "report.insight.outlier":
    "{influencer}'s post on row {row} stands out: CPE {cpe}, against a median of {median} over {posts} posts.",

  // Data issues. A cell's problem follows its column's label.
  "report.issue.noCampaign":
    "No campaign: left out of the report. Enter the campaign it belongs to.",
  "report.issue.noDate": "No post date: left out of the report, which covers {range}.",
  "report.issue.notDate": "is not a date: left out of the report, which covers {range}.",
  "report.issue.currency":
    "is typed in {typed}, the sheet counts in {currency}: left out of the totals.",
  "report.issue.flagged": "is flagged by the sheet ({reason}): left out of the totals.",
  "report.issue.noInfluencer":
    "No influencer or handle: counted in the totals, not in the breakdown by influencer.",
  "report.issue.noPlatform":
    "No platform: counted in the totals, not in the breakdown by platform.",
  "report.issue.noFollowers":
    "No followers: counted in the totals, not in the breakdown by tier or the benchmarks.",

  // Definitions.
  "report.define.status":
    "Status: Met at 100% progress, where progress = (actual − baseline) ÷ (target − baseline); Missed once the deadline has passed below it; otherwise On track while progress keeps pace with the time elapsed between start and deadline, At risk when it falls behind. Check inputs: an input is missing or could not be read. In progress: no start or deadline to judge by.",
  "report.define.suggestion":
    "Keep, scale or review (a starting rule): scale when an influencer's ROI is above the median of the report's influencers and their CPE below it; review when ROI is below zero and CPE above the median; keep otherwise. Fewer than {min} posts: too little data.",
  "report.define.engagementRate":
    "Engagement rate = engagements ÷ {base} (the base chosen in Settings).",
  "report.define.benchmarks":
    "Benchmarks are published figures, for comparison only. They differ mostly by formula, so each is compared by its own formula, with its source and year, never with the report's engagement rate.",
  "report.define.insights":
    "Insights appear only when their rule fires: under {conversionRate} of at least {clicks} clicks convert; CTR under {ctr} over at least {exposure} impressions; impressions at least {frequency}× reach; a post's CPE over {factor}× the median of the posts, or under 1/{factor} of it (from {posts} posts).",
  "report.define.issues":
    "Cells that could not be read, and amounts typed in another currency, are left out of the totals and listed under Data issues.",
  "report.define.textNumbers":
    "{count} cells typed as text (such as 12.5K) are counted, as the tracker's own columns count them; the sheet's SUM totals leave them out.",
} as const satisfies Record<Named, string> & Record<`report.${string}`, string>;
