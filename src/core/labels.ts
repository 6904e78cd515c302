/**
 * What a person reads for each key: column headers and sheet names, in English. Code finds
 * columns and sheets by key; a label is only shown (and recognised when a sheet is upgraded).
 */
import type { ComputedKey, FrameworkKey, TrackerColumnKey } from "./tracker-columns";

export type SheetKind = "settings" | "tracker" | "framework";

/** Every kind of sheet the add-on creates: the one list of them. */
export const SHEET_KINDS: readonly SheetKind[] = ["settings", "tracker", "framework"];

export const SHEET_NAMES: Readonly<Record<SheetKind, string>> = {
  settings: "Settings",
  tracker: "Campaign Tracker",
  framework: "KPI Framework",
};

export const TRACKER_LABELS: Readonly<Record<TrackerColumnKey | ComputedKey, string>> = {
  campaign: "Campaign",
  influencer: "Influencer",
  handle: "Handle",
  platform: "Platform",
  postDate: "Post date",
  postUrl: "Post URL",
  followers: "Followers",
  impressions: "Impressions",
  views: "Views",
  reach: "Reach",
  likes: "Likes",
  comments: "Comments",
  shares: "Shares",
  saves: "Saves",
  clicks: "Clicks",
  conversions: "Conversions",
  orders: "Orders",
  revenue: "Revenue",
  cost: "Cost",
  utmLink: "UTM link",
  promoCode: "Promo code",
  notes: "Notes",
  tier: "Tier",
  engagements: "Engagements",
  engagementRate: "Engagement rate",
  emv: "EMV",
  cpm: "CPM",
  cpe: "CPE",
  ctr: "CTR",
  conversionRate: "Conversion rate",
  roi: "ROI",
  roas: "ROAS",
};

export const FRAMEWORK_LABELS: Readonly<Record<FrameworkKey, string>> = {
  goal: "Goal",
  kpi: "KPI",
  metric1: "Metric 1",
  metric2: "Metric 2",
  metric3: "Metric 3",
  formula: "Formula",
  dataSource: "Data source",
  baseline: "Baseline",
  target: "Target",
  deadline: "Deadline",
  owner: "Owner",
  tactic: "Tactic",
  smartStatus: "SMART status",
  actual: "Actual",
  progress: "Progress",
  status: "Status",
};

/** Headers earlier template versions wrote, so an upgrade recognises their columns. */
export const LEGACY_LABELS: Readonly<Partial<Record<TrackerColumnKey | ComputedKey, string>>> = {
  engagementRate: "Eng. rate",
  conversionRate: "Conv. rate",
};
