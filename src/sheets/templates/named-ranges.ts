/**
 * Names of the Settings blocks the tracker's formulas and the add-on read. Prefixed so they
 * cannot collide with a user's own named ranges; a user who inserts rows in Settings moves
 * the blocks and the names move with them.
 */
export const NAMED_RANGE_PREFIX = "InfluencerKPIs_";

export const SETTINGS_NAMES = {
  currency: `${NAMED_RANGE_PREFIX}Currency`,
  engagementBase: `${NAMED_RANGE_PREFIX}EngagementBase`,
  language: `${NAMED_RANGE_PREFIX}Language`,
  cpmPlatforms: `${NAMED_RANGE_PREFIX}CpmPlatforms`,
  cpmValues: `${NAMED_RANGE_PREFIX}CpmValues`,
  tierThresholds: `${NAMED_RANGE_PREFIX}TierThresholds`,
  rates: `${NAMED_RANGE_PREFIX}Rates`,
} as const;

export type SettingsBlock = keyof typeof SETTINGS_NAMES;
