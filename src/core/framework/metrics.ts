/**
 * Every metric a KPI can be measured by: its unit, which way is better, and how its actual
 * value comes from the Campaign Tracker, or from which source it is entered by hand.
 */
import type { MetricDef, MetricId } from "./model";

type Metrics = { readonly [K in MetricId]: MetricDef & { readonly id: K } };

export const METRICS: Metrics = {
  // Computed from the tracker's rows of the campaign.
  impressions: {
    id: "impressions",
    unit: "count",
    measure: { kind: "sum", column: "impressions" },
  },
  views: {
    id: "views",
    unit: "count",
    measure: { kind: "sum", column: "views" },
  },
  reach: {
    id: "reach",
    unit: "count",
    measure: { kind: "sum", column: "reach" },
  },
  frequency: {
    id: "frequency",
    unit: "ratio",
    measure: { kind: "ratio", numerator: "impressions", denominator: "reach" },
  },
  emv: { id: "emv", unit: "money", measure: { kind: "sum", column: "emv" } },
  cpm: {
    id: "cpm",
    unit: "money",
    lowerIsBetter: true,
    measure: { kind: "ratio", numerator: "cost", denominator: "impressions", scale: 1000 },
  },
  likes: {
    id: "likes",
    unit: "count",
    measure: { kind: "sum", column: "likes" },
    vanity: true,
  },
  comments: {
    id: "comments",
    unit: "count",
    measure: { kind: "sum", column: "comments" },
  },
  shares: {
    id: "shares",
    unit: "count",
    measure: { kind: "sum", column: "shares" },
  },
  saves: {
    id: "saves",
    unit: "count",
    measure: { kind: "sum", column: "saves" },
  },
  engagements: {
    id: "engagements",
    unit: "count",
    measure: { kind: "sum", column: "engagements" },
  },
  engagementRate: {
    id: "engagementRate",
    unit: "rate",
    measure: { kind: "engagementRate" },
    share: true,
  },
  cpe: {
    id: "cpe",
    unit: "money",
    lowerIsBetter: true,
    measure: { kind: "ratio", numerator: "cost", denominator: "engagements" },
  },
  clicks: {
    id: "clicks",
    unit: "count",
    measure: { kind: "sum", column: "clicks" },
  },
  ctr: {
    id: "ctr",
    unit: "rate",
    measure: { kind: "ratio", numerator: "clicks", denominator: "impressions" },
    share: true,
  },
  cpc: {
    id: "cpc",
    unit: "money",
    lowerIsBetter: true,
    measure: { kind: "ratio", numerator: "cost", denominator: "clicks" },
  },
  conversions: {
    id: "conversions",
    unit: "count",
    measure: { kind: "sum", column: "conversions" },
  },
  conversionRate: {
    id: "conversionRate",
    unit: "rate",
    measure: { kind: "ratio", numerator: "conversions", denominator: "clicks" },
    share: true,
  },
  cpa: {
    id: "cpa",
    unit: "money",
    lowerIsBetter: true,
    measure: { kind: "ratio", numerator: "cost", denominator: "conversions" },
  },
  // In a lead-generation campaign the tracker's conversions are its leads.
  leads: {
    id: "leads",
    unit: "count",
    measure: { kind: "sum", column: "conversions" },
  },
  cpl: {
    id: "cpl",
    unit: "money",
    lowerIsBetter: true,
    measure: { kind: "ratio", numerator: "cost", denominator: "conversions" },
  },
  orders: {
    id: "orders",
    unit: "count",
    measure: { kind: "sum", column: "orders" },
  },
  revenue: {
    id: "revenue",
    unit: "money",
    measure: { kind: "sum", column: "revenue" },
  },
  aov: {
    id: "aov",
    unit: "money",
    measure: { kind: "ratio", numerator: "revenue", denominator: "orders" },
  },
  roas: {
    id: "roas",
    unit: "ratio",
    measure: { kind: "ratio", numerator: "revenue", denominator: "cost" },
  },
  roi: {
    id: "roi",
    unit: "rate",
    measure: { kind: "ratio", numerator: "revenue", denominator: "cost", less: true },
    signed: true,
  },
  salesConversionRate: {
    id: "salesConversionRate",
    unit: "rate",
    measure: { kind: "ratio", numerator: "orders", denominator: "clicks" },
    share: true,
  },
  posts: { id: "posts", unit: "count", measure: { kind: "posts" } },
  activeInfluencers: {
    id: "activeInfluencers",
    unit: "count",
    measure: { kind: "influencers" },
  },

  // Entered by hand: the tracker has no column for them.
  followers: {
    id: "followers",
    unit: "count",
    measure: { kind: "manual", source: "platformInsights" },
    vanity: true,
  },
  newFollowers: {
    id: "newFollowers",
    unit: "count",
    measure: { kind: "manual", source: "platformInsights" },
    signed: true,
  },
  followerGrowth: {
    id: "followerGrowth",
    unit: "rate",
    measure: { kind: "manual", source: "platformInsights" },
    signed: true,
  },
  emailSubscribers: {
    id: "emailSubscribers",
    unit: "count",
    measure: { kind: "manual", source: "emailTool" },
  },
  signUps: {
    id: "signUps",
    unit: "count",
    measure: { kind: "manual", source: "crm" },
  },
  pageViews: {
    id: "pageViews",
    unit: "count",
    measure: { kind: "manual", source: "webAnalytics" },
  },
  directTraffic: {
    id: "directTraffic",
    unit: "count",
    measure: { kind: "manual", source: "webAnalytics" },
  },
  sessions: {
    id: "sessions",
    unit: "count",
    measure: { kind: "manual", source: "webAnalytics" },
  },
  timeOnSite: {
    id: "timeOnSite",
    unit: "count",
    measure: { kind: "manual", source: "webAnalytics" },
  },
  mentions: {
    id: "mentions",
    unit: "count",
    measure: { kind: "manual", source: "socialListening" },
  },
  shareOfVoice: {
    id: "shareOfVoice",
    unit: "rate",
    measure: { kind: "manual", source: "socialListening" },
    share: true,
  },
  brandSearchVolume: {
    id: "brandSearchVolume",
    unit: "count",
    measure: { kind: "manual", source: "seoTool" },
  },
  brandLift: {
    id: "brandLift",
    unit: "rate",
    measure: { kind: "manual", source: "surveys" },
    signed: true,
  },
  backlinks: {
    id: "backlinks",
    unit: "count",
    measure: { kind: "manual", source: "seoTool" },
  },
  domainAuthority: {
    id: "domainAuthority",
    unit: "count",
    measure: { kind: "manual", source: "seoTool" },
  },
  appDownloads: {
    id: "appDownloads",
    unit: "count",
    measure: { kind: "manual", source: "appStore" },
  },
  addToCart: {
    id: "addToCart",
    unit: "count",
    measure: { kind: "manual", source: "shop" },
  },
  revenueGrowth: {
    id: "revenueGrowth",
    unit: "rate",
    measure: { kind: "manual", source: "shop" },
    signed: true,
  },
  netSentiment: {
    id: "netSentiment",
    unit: "rate",
    measure: { kind: "manual", source: "socialListening" },
    share: true,
    signed: true,
    qualitative: true,
  },
  positiveMentions: {
    id: "positiveMentions",
    unit: "count",
    measure: { kind: "manual", source: "socialListening" },
    qualitative: true,
  },
  negativeMentions: {
    id: "negativeMentions",
    unit: "count",
    lowerIsBetter: true,
    measure: { kind: "manual", source: "socialListening" },
    qualitative: true,
  },
  positiveComments: {
    id: "positiveComments",
    unit: "rate",
    measure: { kind: "manual", source: "postComments" },
    share: true,
    qualitative: true,
  },
  coverage: {
    id: "coverage",
    unit: "count",
    measure: { kind: "manual", source: "socialListening" },
    qualitative: true,
  },
  contentValue: {
    id: "contentValue",
    unit: "money",
    measure: { kind: "manual", source: "productionQuotes" },
  },
  repurposed: {
    id: "repurposed",
    unit: "count",
    measure: { kind: "manual", source: "contentLibrary" },
  },
  campaigns: {
    id: "campaigns",
    unit: "count",
    measure: { kind: "manual", source: "tracker" },
  },
  ambassadorsAdded: {
    id: "ambassadorsAdded",
    unit: "count",
    measure: { kind: "manual", source: "crm" },
  },
  outreachSent: {
    id: "outreachSent",
    unit: "count",
    measure: { kind: "manual", source: "outreachTool" },
  },
  openRate: {
    id: "openRate",
    unit: "rate",
    measure: { kind: "manual", source: "outreachTool" },
    share: true,
  },
  responseRate: {
    id: "responseRate",
    unit: "rate",
    measure: { kind: "manual", source: "outreachTool" },
    share: true,
  },
  pipeline: {
    id: "pipeline",
    unit: "count",
    measure: { kind: "manual", source: "outreachTool" },
  },
};

/** The metric a KPI's baseline and target measure: its first (a validated KPI has one). */
export const headlineMetric = (kpi: { readonly metrics: readonly MetricId[] }): MetricDef =>
  METRICS[kpi.metrics[0] as MetricId];
