/**
 * The ten campaign goals of DOMAIN.md: funnel stage, suggested KPIs, data sources, tactics
 * and which influencer tiers tend to fit, as data.
 */
import type { GoalDef, GoalId, KpiId } from "./model";

type Goals = { readonly [K in GoalId]: GoalDef & { readonly id: K } };

/** In the order the wizard offers them (DOMAIN.md's). */
export const GOALS: Goals = {
  audience: {
    id: "audience",
    funnel: "top",
    kpis: ["audienceGrowth", "emailList", "reach"],
    sources: ["platformInsights", "emailTool"],
    tactics: ["contests", "promoCodes"],
    tierFit: "any",
  },
  awareness: {
    id: "awareness",
    funnel: "top",
    kpis: ["reach", "mediaValue", "buzz", "brandInterest"],
    sources: ["platformInsights", "webAnalytics", "socialListening"],
    tactics: ["ambassadors", "takeovers", "sponsoredPosts"],
    tierFit: "macroMega",
  },
  engagement: {
    id: "engagement",
    funnel: "topMid",
    kpis: ["engagement", "conversation", "engagementCost", "siteTraffic", "sentiment"],
    sources: ["platformInsights", "influencerReports", "webAnalytics"],
    tactics: ["ambassadors", "takeovers", "coCreated", "sponsoredPosts"],
    tierFit: "microNano",
  },
  leads: {
    id: "leads",
    funnel: "mid",
    kpis: ["leads", "leadCost", "clickThrough", "emailList"],
    sources: ["crm", "emailTool"],
    tactics: ["guestPosts", "sponsoredPosts", "coCreated"],
    tierFit: "microMid",
  },
  seo: {
    id: "seo",
    funnel: "top",
    kpis: ["backlinks", "brandInterest", "siteTraffic"],
    sources: ["seoTool"],
    tactics: ["guestPosts", "sponsoredPosts", "coCreated"],
    tierFit: "bloggers",
  },
  conversions: {
    id: "conversions",
    funnel: "mid",
    kpis: ["conversions", "clickThrough", "conversionEfficiency"],
    sources: ["webAnalytics", "appStore", "shop"],
    tactics: ["contests"],
    tierFit: "microMid",
    needsTracking: true,
  },
  sales: {
    id: "sales",
    funnel: "bottom",
    kpis: ["sales", "returnOnSpend", "salesConversion", "conversionEfficiency"],
    sources: ["shop", "webAnalytics", "promoCodes"],
    tactics: ["limitedOffers", "promoCodes", "affiliateLinks"],
    tierFit: "any",
    needsTracking: true,
  },
  sentiment: {
    id: "sentiment",
    funnel: "any",
    kpis: ["sentiment", "audienceFeedback", "buzz"],
    sources: ["socialListening", "postComments"],
    tactics: ["authenticContent"],
    tierFit: "microNano",
  },
  content: {
    id: "content",
    funnel: "program",
    kpis: ["contentOutput", "mediaValue", "engagement"],
    sources: ["tracker"],
    tactics: ["usageRights"],
    tierFit: "any",
  },
  management: {
    id: "management",
    funnel: "program",
    kpis: ["roster", "outreach", "contentOutput"],
    sources: ["outreachTool", "tracker"],
    tactics: ["outreachCadence"],
    tierFit: "none",
  },
};

/** The KPIs to offer for a goal and an optional second one: the goal's first, no repeats. */
export function suggestedKpis(goal: GoalId, secondary: GoalId | null): KpiId[] {
  const both = [...GOALS[goal].kpis, ...(secondary ? GOALS[secondary].kpis : [])];
  return [...new Set(both)];
}
