/**
 * English texts of the stakeholder report's model: why no report could be made, the headline,
 * the figures' formulas, verdicts' reasons, benchmark notes, insights, data issues and
 * definitions. Headings and labels of its renderings live with them (report-page, and the
 * tracker's and framework's "col.*"). A cell's problem reads after its column's label
 * ("Cost" + "is typed in EUR, …").
 *
 * Counts that a noun follows come in two forms, ".one" for 1 and ".other" for any other
 * count (report/plural.ts picks one): Danish and Italian inflect like English; Chinese and
 * Kyrgyz keep the noun as it is after a numeral, so both of their forms are the same.
 */
import type { BenchmarkFormula, FigureKey, VerdictMetric } from "../../report/model";

/** Every id of the report's data must have its label here: the typecheck says which is missing. */
type Named =
  | `report.formula.${FigureKey}`
  | `report.verdictMetric.${VerdictMetric}`
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
    "None of this report's rows can be used ({rows} in all): each lacks its campaign or post date. Fill them in on {sheet}.",
  "report.problem.rangeReversed":
    "The report ends ({to}) before it starts ({from}): swap the two dates.",
  "report.problem.notDate": '"{date}" is not a date: pick the report\'s dates again.',

  // The headline: every status counted, spend against budget, then the main outcome.
  "report.headline.none":
    "No KPI framework for this campaign yet: the report shows its metrics alone.",
  "report.headline.kpis": "KPIs: {statuses}.",
  "report.headline.met": "{met} of {total} met",
  "report.headline.onTrack": "{count} on track",
  "report.headline.atRisk": "{count} at risk",
  "report.headline.missed": "{count} missed",
  "report.headline.checkInputs": "{count} to check",
  "report.headline.inProgress": "{count} not judged yet",
  "report.headline.spend": "Spent {spend} of the {budget} budget ({share}).",
  "report.headline.overBudget":
    "Over budget: {spend} spent against a budget of {budget}, {over} more.",
  "report.headline.noBudget": "Spent {spend}; the KPI framework sets no budget.",
  "report.headline.sales": "Revenue {revenue} at a ROAS of {roas}.",
  "report.headline.conversions": "Conversions: {conversions}, at {cpa} each.",
  "report.headline.leads": "Leads: {leads}, at {cpl} each.",
  "report.headline.reach": "Reach summed over posts: {reach}; impressions or views: {impressions}.",
  "report.headline.engagement": "Engagements: {engagements}; engagement rate {rate}.",
  "report.headline.all": "Revenue {revenue}; conversions: {conversions}.",

  // The formula each headline figure uses (shown beside its name, and in the definitions).
  "report.formula.spend":
    "Sum of cost: numbers only, as the tracker's totals row adds them (text and other currencies are left out)",
  "report.formula.impressions":
    "Sum of impressions; a post whose impressions are blank counts its views",
  "report.formula.views": "Sum of views",
  "report.formula.reach":
    "Sum of each post's reach: a person reached by two posts counts twice, so this is not unique reach",
  "report.formula.engagements":
    "Likes + comments + shares + saves; a post with any of them left out counts no engagements",
  "report.formula.clicks": "Sum of clicks",
  "report.formula.conversions": "Sum of conversions",
  "report.formula.orders": "Sum of orders",
  "report.formula.revenue": "Sum of revenue",
  "report.formula.aov": "Revenue ÷ orders, over posts where neither is pending",
  "report.formula.emv": "Impressions ÷ 1,000 × the platform's CPM from Settings, summed over posts",
  "report.formula.cpm": "Cost ÷ impressions × 1,000, over posts whose cost and revenue both count",
  "report.formula.cpe": "Cost ÷ engagements, over posts whose cost and revenue both count",
  "report.formula.ctr": "Clicks ÷ impressions, over posts whose clicks are in",
  "report.formula.conversionRate": "Conversions ÷ clicks, over posts where both are in",
  "report.formula.roas":
    "Revenue ÷ cost, over posts whose cost and revenue both count and whose revenue is in",
  "report.formula.roi": "(Revenue − cost) ÷ cost, over the same posts as ROAS",

  // Keep, scale or review: the yardstick, the reference, and why.
  "report.verdictMetric.costPerReach": "Cost per 1,000 reached",
  "report.verdictMetric.cpe": "CPE",
  "report.verdictMetric.cpa": "Cost per conversion",
  "report.verdictMetric.cpl": "Cost per lead",
  "report.verdictMetric.roas": "ROAS",
  "report.basis.target": "the KPI's target",
  "report.basis.campaign": "the campaign's spend-weighted value",
  "report.reason.scale":
    "{metric} {value} against {reference}, {basis}: {gap} better, with {results} of the campaign's results on {spendShare} of its spend. Sample: {sample}.",
  "report.reason.keepAhead":
    "{metric} {value} against {reference}, {basis}: {gap} better, short of the 20% needed to scale; {spendShare} of spend. Sample: {sample}.",
  "report.reason.keepSmall":
    "{metric} {value} against {reference}, {basis}: {gap} better, but {results} of the campaign's results is under the 5% needed to scale. Sample: {sample}.",
  "report.reason.keepGuard":
    "{metric} {value} against {reference}, {basis}: {gap} better, but cost per conversion {cpa} is {cpaGap} worse than {cpaReference}: hold before scaling. Sample: {sample}.",
  "report.reason.keepBehind":
    "{metric} {value} against {reference}, {basis}: {gap} worse, short of the 25% that calls for a review, on {spendShare} of spend (under 10%). Sample: {sample}.",
  "report.reason.review":
    "{metric} {value} against {reference}, {basis}: {gap} worse, on {spendShare} of spend. Sample: {sample}.",
  "report.reason.reviewSpend":
    "{metric} {value} against {reference}, {basis}: {gap} worse, on {spendShare} of spend: 10% or more of spend while missing the reference. Sample: {sample}.",
  "report.reason.reviewNoConversion":
    "No conversions from {cost} ({spendShare} of spend), at least three times the target cost per conversion ({reference}). Sample: {sample}.",
  "report.reason.reviewNothing":
    "{metric}: {cost} spent ({spendShare} of spend) with nothing to divide it by. Sample: {sample}.",
  "report.reason.tooLittleData": "Too little data: {sample}; it takes {minimum}.",
  "report.reason.unpaid":
    "No paid posts that count: gifted posts, and posts whose cost or revenue is left out, do not count toward a verdict.",

  // Counts with their noun: ".one" for 1, ".other" for any other count.
  "report.count.posts.one": "{count} post",
  "report.count.posts.other": "{count} posts",
  "report.count.exposure.one": "{count} impression or view",
  "report.count.exposure.other": "{count} impressions or views",
  "report.count.conversions.one": "{count} conversion",
  "report.count.conversions.other": "{count} conversions",
  "report.count.influencers.one": "{count} influencer",
  "report.count.influencers.other": "{count} influencers",
  "report.count.cells.one": "{count} cell",
  "report.count.cells.other": "{count} cells",
  "report.text": "{text}",

  // Engagement against published benchmarks.
  "report.benchmarkFormula.likesPerFollower": "Likes ÷ followers",
  "report.benchmarkFormula.engagementsPerView": "Engagements ÷ views",
  "report.benchmarkSource.Instagram":
    "Modash, engagement-rate calculator (modash.io), Instagram, read 2025",
  "report.benchmarkSource.TikTok":
    "Modash, engagement-rate calculator (modash.io), TikTok, November 2025",
  "report.benchmark.likes":
    "The median of each influencer's median likes ÷ followers, over {influencers} ({posts}), as Modash measures a profile. Not the report's engagement rate, which also counts comments, shares and saves.",
  "report.benchmark.views":
    "The median of each influencer's median engagements ÷ views, over {influencers} ({posts}), as Modash divides. Our engagements are likes, comments, shares and saves.",
  "report.benchmark.tooFew":
    "Not compared: {influencers} in this band ({posts}), and a band needs 3 or more to be representative.",
  "report.benchmark.noLikes":
    "Not comparable: Modash divides likes by followers, and no post in this band has both.",
  "report.benchmark.noViews":
    "Not comparable: Modash divides engagements by views, and no post in this band has views.",
  "report.benchmark.sponsored":
    "Sponsored posts usually engage less than a profile's average, which is what these benchmarks measure: a paid post below its band is common.",

  // Insights: each appears only when its rule fires.
  "report.insight.landingPage":
    "{clicks} clicks, of which {conversions} converted ({rate}): the posts bring people in, so check the landing page.",
  "report.insight.fewClicks":
    "Clicks: only {clicks} from {exposure} impressions or views (CTR {ctr}): the content or the audience may not fit the offer.",
  "report.insight.frequency":
    "Impressions are {times}× reach ({impressions} against {reach}): people saw the posts more than once, which helps them remember the brand.",
  "report.insight.bestWorst":
    "{metric}: best {best} ({bestValue}), weakest {worst} ({worstValue}), among {judged} with enough data.",
  "report.insight.bestWorstIn":
    "{campaign}, {metric}: best {best} ({bestValue}), weakest {worst} ({worstValue}), among {judged} with enough data.",
  "report.insight.tied": "{names} (tied)",
  "report.insight.outlier":
    "{influencer}'s post on row {row} stands out: CPE {cpe}, against a median of {median} over {posts} on {platform}.",
  "report.insight.concentration":
    "{influencer} took {share} of the spend ({cost} of {spend}): the results lean on one creator.",
  "report.insight.concentrationIn":
    "{influencer} took {share} of {campaign}'s spend ({cost} of {spend}): its results lean on one creator.",
  "report.insight.paceAhead":
    "{campaign} has spent {spendShare} of its {budget} budget with {elapsed} of its time gone: ahead of pace.",
  "report.insight.paceBehind":
    "{campaign} has spent {spendShare} of its {budget} budget with {elapsed} of its time gone: behind pace, with {left} still to spend.",
  "report.insight.overBudget":
    "{campaign} is over budget: {spend} spent against {budget}, {over} more.",
  "report.insight.pending":
    "Results still pending on {posts} ({outcomes}): the rates leave those posts out until the results come in.",
  "report.pending.part": "{outcome} on {count}",

  // The scorecard's notes.
  "report.scorecard.leftOutSame":
    "{posts} with cells left out ({columns}): however they are read, the status would still be {status}.",
  "report.scorecard.leftOutChanges":
    "{posts} with cells left out ({columns}): counted, they could make it anything from {worst} to {best}. Fix them to judge the KPI.",
  "report.scorecard.actualNotNumber":
    "The Actual ({value}) is not a number the sheet can count: enter it as a number to judge the KPI.",
  "report.scorecard.ended":
    "{campaign} ended on {date}: time elapsed counts as 100%, and only late results can still move its KPIs.",
  "report.scorecard.budgetSpent":
    "{campaign} has spent its budget ({spend} of {budget}): time elapsed counts as 100%, and only late results can still move its KPIs.",
  "report.scorecard.everyKpi": "On every KPI: {note}",
  "report.scorecard.everyKpiIn": "On every KPI of {campaign}: {note}",

  // Data issues. A cell's problem follows its column's label.
  "report.cleanUp": "Extensions → Influencer KPIs → Clean up numbers",
  "report.issue.noCampaign":
    "No campaign: left out of the report. Enter the campaign it belongs to.",
  "report.issue.noCampaignAll":
    "No campaign: counted in the totals of all campaigns, but in no campaign's own figures. Enter the campaign it belongs to.",
  "report.issue.noDate": "No post date: left out of the report, which covers {range}.",
  "report.issue.notDate": "is not a date: left out of the report, which covers {range}.",
  "report.issue.text":
    "is text that reads as {reading}: the sheet's sums skip text, so it is left out. {action} turns it into that number.",
  "report.issue.ambiguous":
    "is text that reads as {first} or {second}: left out until you type the number you mean.",
  "report.issue.currency":
    "is typed in {typed}, the sheet counts in {currency}: left out of the totals until Settings has an exchange rate for it.",
  "report.issue.currencyFormat":
    "is formatted as {typed} (the cell's number format), the sheet counts in {currency}: left out of the totals until Settings has an exchange rate for it.",
  "report.issue.currencyColumn":
    "is in {typed} by its row's Currency, the sheet counts in {currency}: left out of the totals until Settings has an exchange rate for it.",
  "report.issue.currencyClash":
    "is formatted as {format} (the cell's number format) while its row's Currency says {row}: left out until they agree. Format the cell in {row}, or change the row's Currency.",
  "report.rates.twice":
    "{currency} has more than one rate in Settings' exchange rates (line {line}): amounts in {currency} are left out until it has one.",
  "report.rates.noRate":
    "{currency} has no rate above 0 in Settings' exchange rates (line {line}): amounts in {currency} are left out.",
  "report.rates.notCurrency":
    '"{text}" in Settings\' exchange rates (line {line}) is not a currency code: type one such as EUR.',
  "report.issue.unreadable": "{problem}: left out.",
  "report.issue.flagged": "is flagged by the sheet ({reason})",
  "report.issue.spaces": "holds only spaces, which Sheets counts as text, not blank",
  "report.issue.negative":
    "is negative ({value}): counted as typed, as the sheet's sums count it, though it cannot be below zero.",
  "report.issue.costBased":
    "{problem} The post stays out of CPM, CPE, CPC, cost per conversion, ROAS, ROI and the verdicts.",
  "report.issue.pending":
    "Results pending ({outcomes}): blank on a post with impressions or views, so its rates leave it out until they come in.",
  "report.issue.noInfluencer":
    "No influencer or handle: counted in the totals, not in the breakdown by influencer.",
  "report.issue.noPlatform":
    "No platform: counted in the totals, not in the breakdown by platform.",
  "report.issue.noFollowers":
    "No followers: counted in the totals, not in the breakdown by tier or the benchmarks.",

  // Definitions.
  "report.define.status":
    "Status: Met at 100% progress, where progress = (actual − baseline) ÷ (target − baseline); Missed once the deadline has passed below it; otherwise On track while progress keeps pace with the time elapsed between start and deadline, At risk when it falls behind. Once a campaign's activity is over (its end date has passed, or its spend has reached the budget), time elapsed counts as 100%. Check inputs: the KPI cannot be computed, or cells left out could change its status (it is judged with them at their best and their worst reading). In progress: no start or deadline to judge by.",
  "report.define.suggestion":
    "Keep, scale or review, within one campaign, by the metric its goal aims at: cost per 1,000 reached (reach, else views) for audience, awareness and SEO goals; cost per engagement for engagement, sentiment, content and management goals; cost per conversion or per lead for conversion and lead goals; ROAS for sales, with cost per conversion as a guard. ROI is never the yardstick outside sales. The reference is the KPI's target where the framework has one, else the campaign's spend-weighted value (total cost ÷ total results). Scale: at least 20% better and at least 5% of the campaign's results (or 20 conversions). Review: at least 25% worse, or at least 10% of spend while missing the reference. Keep: in between. Too little data: under 3 paid posts, 1,000 impressions or views, or 10 conversions behind a cost per conversion or ROAS; but no conversions after spending three times the target cost per conversion is Review. Gifted posts, and posts whose cost or revenue is left out, do not count.",
  "report.define.noGoal":
    "Campaigns without a KPI framework get no keep, scale or review: without a goal there is no yardstick.",
  "report.define.engagementRate":
    "Engagement rate = engagements ÷ {base} (the base chosen in Settings).",
  "report.define.benchmarks":
    "Benchmarks are published figures, for comparison only. They differ mostly by formula, so each is compared by its own formula, with its source and year, never with the report's engagement rate. One method on every platform: each influencer's median over their posts, then the median of the influencers in a platform and follower band, compared only with 3 influencers or more.",
  "report.define.rates":
    "Money in another currency: a cost or revenue amount in another currency (its row's Currency, else its cell's format) counts at that currency's rate in Settings' exchange rates: the rate given there for its campaign, else the one for every campaign, whatever the post date (a typed rate stays as typed; a GOOGLEFINANCE formula follows the market). The amount in the cell is never changed. Without a rate it is left out and listed.",
  "report.define.insights":
    "Insights appear only when their rule fires: under {conversionRate} of at least {clicks} clicks convert; CTR under {ctr} over at least {exposure} impressions; impressions at least {frequency}× reach; best and weakest influencer only among those with enough data; one influencer with {concentration} or more of a campaign's spend, and over twice an even split; spend ahead of the time elapsed by {ahead} or more, or behind it by {behind} or more; spend over budget; results still pending; a post's CPE over {factor}× the median of its platform's posts, or under 1/{factor} of it (from {posts} paid posts on the platform).",
  "report.define.issues":
    "Numbers only: a number counts, blank is blank, and anything else is left out, as Sheets' SUM leaves text out: text (even text that reads as a number, such as 12.5K), amounts in another currency (typed, or named by the cell's number format) and flagged cells. Each is listed under Data issues. A post whose cost or revenue is left out stays out of every cost-based figure; one with a part of its engagements left out has no engagements.",
  "report.define.pending":
    "Pending: a blank clicks, conversions, orders or revenue cell on a post that has impressions or views means the result is not in yet, not zero: the post stays out of the rates that use it until it comes in.",
  "report.define.funnel":
    "Funnel: impressions (or views) → clicks → conversions → orders, each step's rate over the posts whose results are in. Engagements sit beside it: a like is not a step toward a click.",
  "report.define.tiers":
    "Tiers by followers, as Settings sets them: {emerging} under {nano}; {nanoTier} from {nano}; {microTier} from {micro}; {macroTier} from {macro}; {megaTier} from {mega}.",
  "report.define.pooled":
    "The breakdowns by platform and tier pool campaigns with different goals ({goals}): judge influencers within their campaign, as the breakdown by influencer does.",
} as const satisfies Record<Named, string> & Record<`report.${string}`, string>;
