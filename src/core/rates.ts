/**
 * Exchange rates from the Settings sheet's rates table: what one unit of a currency is worth in
 * the Settings currency, as of a day, from a source. An amount in another currency counts at
 * its currency's rate on every surface (reading.ts); a currency without a usable rate is left
 * out as before, and said so. A rate is never guessed: a currency given two rates has none.
 */
import { type CellValue, isBlank, isDate } from "./cells";
import { readCurrency } from "./currency";

export interface Rate {
  readonly currency: string;
  /** One unit of the currency in the Settings currency. */
  readonly rate: number;
  /** The day the rate is of (yyyy-mm-dd); "" where the table does not say. */
  readonly asOf: string;
  /** Where the rate comes from, as typed (a bank, "contract", GOOGLEFINANCE…). */
  readonly source: string;
  /** The campaign the rate is fixed for, as typed; "" for every campaign. */
  readonly campaign: string;
}

/** Why a row of the rates table gives no rate. */
type RateProblem =
  | { readonly why: "currency"; readonly row: number; readonly text: string }
  | { readonly why: "rate"; readonly row: number; readonly currency: string }
  | { readonly why: "twice"; readonly row: number; readonly currency: string };

export interface RateTable {
  /** The rates for every campaign, by currency. */
  readonly rates: ReadonlyMap<string, Rate>;
  /** Rates fixed for one campaign, by its key (campaignKey) and currency. */
  readonly campaigns: ReadonlyMap<string, ReadonlyMap<string, Rate>>;
  readonly problems: readonly RateProblem[];
}

export const NO_RATES: RateTable = { rates: new Map(), campaigns: new Map(), problems: [] };

/** A campaign as rates and rows match it: trimmed, case aside (as SUMIFS matches). */
const campaignOf = (name: string) => name.trim().toLowerCase();

/**
 * The rates a campaign's amounts count at: its own lines, else the lines for every campaign;
 * the same map for every row of a campaign.
 */
export function ratesFor(table: Pick<RateTable, "rates" | "campaigns">) {
  const merged = new Map<string, ReadonlyMap<string, Rate>>();
  return (campaign: string): ReadonlyMap<string, Rate> => {
    const own = table.campaigns.get(campaignOf(campaign));
    if (!own) return table.rates;
    let found = merged.get(campaignOf(campaign));
    if (!found) {
      found = new Map([...table.rates, ...own]);
      merged.set(campaignOf(campaign), found);
    }
    return found;
  };
}

/**
 * The rates table's rows (currency, rate, as of, source, campaign), as Settings holds them;
 * `row` is the sheet row of the first. Rows without a currency are blank rows; the Settings
 * currency's own row, if any, is 1 whatever it says. A line with a campaign fixes the rate for
 * that campaign (the rate its contract was signed at); a currency given two rates for the same
 * campaign, or for every campaign, has none there.
 */
export function readRates(
  cells: readonly (readonly CellValue[])[],
  settings: string,
  firstRow: number,
  dayOf: (date: Date) => string,
): RateTable {
  const found = new Map<string, Rate>();
  const twice = new Set<string>();
  const problems: RateProblem[] = [];
  cells.forEach((line, i) => {
    const row = firstRow + i;
    const [typed, value, asOf, source, forCampaign] = line;
    const campaign = isBlank(forCampaign) ? "" : String(forCampaign).trim();
    if (isBlank(typed)) return;
    const currency = readCurrency(typed);
    if (!currency) {
      problems.push({ why: "currency", row, text: String(typed) });
      return;
    }
    if (currency === settings) return;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      problems.push({ why: "rate", row, currency });
      return;
    }
    const key = `${campaignOf(campaign)}\u0000${currency}`;
    if (found.has(key) || twice.has(key)) {
      problems.push({ why: "twice", row, currency });
      found.delete(key);
      twice.add(key);
      return;
    }
    const day = isDate(asOf)
      ? dayOf(asOf)
      : typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(asOf.trim())
        ? asOf.trim()
        : "";
    found.set(key, {
      currency,
      rate: value,
      asOf: day,
      source: isBlank(source) ? "" : String(source).trim(),
      campaign,
    });
  });
  const rates = new Map<string, Rate>();
  const campaigns = new Map<string, Map<string, Rate>>();
  for (const rate of found.values()) {
    if (rate.campaign === "") {
      rates.set(rate.currency, rate);
      continue;
    }
    const own = campaigns.get(campaignOf(rate.campaign)) ?? new Map<string, Rate>();
    own.set(rate.currency, rate);
    campaigns.set(campaignOf(rate.campaign), own);
  }
  return { rates, campaigns, problems };
}
