/** The KPIs goals suggest: each at a funnel stage, with its candidate metrics, headline first. */
import type { KpiDef, KpiId } from "./model";

type Kpis = { readonly [K in KpiId]: KpiDef & { readonly id: K } };

export const KPIS: Kpis = {
  audienceGrowth: {
    id: "audienceGrowth",
    funnel: "top",
    metrics: ["followerGrowth", "newFollowers", "followers"],
  },
  emailList: { id: "emailList", funnel: "topMid", metrics: ["emailSubscribers", "signUps"] },
  reach: { id: "reach", funnel: "top", metrics: ["reach", "impressions", "views", "frequency"] },
  mediaValue: { id: "mediaValue", funnel: "top", metrics: ["emv", "cpm"] },
  buzz: { id: "buzz", funnel: "top", metrics: ["mentions", "shareOfVoice"] },
  brandInterest: {
    id: "brandInterest",
    funnel: "top",
    metrics: ["brandSearchVolume", "directTraffic", "pageViews", "brandLift"],
  },
  engagement: {
    id: "engagement",
    funnel: "topMid",
    metrics: ["engagementRate", "engagements", "likes"],
  },
  conversation: { id: "conversation", funnel: "topMid", metrics: ["comments", "shares", "saves"] },
  engagementCost: { id: "engagementCost", funnel: "topMid", metrics: ["cpe", "cpm"] },
  siteTraffic: {
    id: "siteTraffic",
    funnel: "topMid",
    metrics: ["clicks", "sessions", "pageViews", "timeOnSite"],
  },
  leads: { id: "leads", funnel: "mid", metrics: ["leads", "signUps", "emailSubscribers"] },
  leadCost: { id: "leadCost", funnel: "mid", metrics: ["cpl", "cpc"] },
  backlinks: { id: "backlinks", funnel: "top", metrics: ["backlinks", "domainAuthority"] },
  conversions: {
    id: "conversions",
    funnel: "mid",
    metrics: ["conversions", "appDownloads", "emailSubscribers", "addToCart"],
  },
  clickThrough: { id: "clickThrough", funnel: "mid", metrics: ["ctr", "clicks", "cpc"] },
  conversionEfficiency: {
    id: "conversionEfficiency",
    funnel: "mid",
    metrics: ["conversionRate", "cpa"],
  },
  sales: { id: "sales", funnel: "bottom", metrics: ["revenue", "orders", "revenueGrowth"] },
  returnOnSpend: { id: "returnOnSpend", funnel: "bottom", metrics: ["roas", "roi", "cpa"] },
  salesConversion: {
    id: "salesConversion",
    funnel: "bottom",
    metrics: ["salesConversionRate", "aov"],
  },
  sentiment: {
    id: "sentiment",
    funnel: "any",
    metrics: ["netSentiment", "positiveMentions", "negativeMentions"],
  },
  audienceFeedback: {
    id: "audienceFeedback",
    funnel: "any",
    metrics: ["positiveComments", "coverage"],
  },
  contentOutput: {
    id: "contentOutput",
    funnel: "program",
    metrics: ["posts", "contentValue", "repurposed"],
  },
  roster: {
    id: "roster",
    funnel: "program",
    metrics: ["activeInfluencers", "ambassadorsAdded", "campaigns"],
  },
  outreach: {
    id: "outreach",
    funnel: "program",
    metrics: ["responseRate", "outreachSent", "openRate", "pipeline"],
  },
};
