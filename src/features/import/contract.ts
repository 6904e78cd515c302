/**
 * The import's part of the page contract: what its dialog calls and what comes back, typed on
 * both sides and JSON-safe (dates are ISO text). The dialog reads the file, maps its columns
 * and reads its cells; the server gets typed records, checks them again, and plans (and then
 * writes) the tracker's rows.
 */
import type { CellValue } from "../../core/cells";
import type { Message } from "../../core/i18n/catalog";
import type { Lang } from "../../core/i18n/languages";
import type { TrackerInputKey } from "../../core/tracker-columns";
import type { BatchKind, FieldKey } from "./fields";
import type { Period } from "./files/period";

/** A read cell: text, a number, an ISO day (text), or null where the file has no value. */
export type ImportValue = string | number | null;

export interface ImportRecord {
  /** The file's row, as a spreadsheet shows the file. */
  readonly line: number;
  /** One value per field of the payload, in its order. */
  readonly values: readonly ImportValue[];
}

/** What the dialog sends: one file's records, and the reader's choices for new posts. */
export interface ImportPayload {
  readonly kind: BatchKind;
  /** The export recognised ("instagram", "shopify"...), or "" for a file mapped by hand. */
  readonly source: string;
  /** The platform of the export's posts, where it is one platform's. */
  readonly platform: string | null;
  /** The campaign and influencer of new posts the file does not name them for ("" for none). */
  readonly campaign: string;
  readonly influencer: string;
  readonly fields: readonly FieldKey[];
  readonly records: readonly ImportRecord[];
  /** The days a sessions export covers, where its title lines say (GA4's "# Start date"). */
  readonly period?: Period | null;
}

/** What the dialog starts from. */
export interface ImportStart {
  readonly language: Lang;
  readonly messages: Readonly<Record<string, string>>;
  readonly locale: string;
  /** Settings' currency: amounts in another are kept as text and listed. */
  readonly currency: string;
  readonly today: string;
  /** The tracker's campaigns and influencers, to choose for new posts. */
  readonly campaigns: readonly string[];
  readonly influencers: readonly string[];
  /** The tracker's headers by column key, in every language, to recognise its own exports. */
  readonly trackerHeaders: Readonly<Record<string, readonly string[]>>;
  /** The tracker's word for its totals row, in every language. */
  readonly totalWords: readonly string[];
}

/** A change the import makes, or would make, to one row. */
export interface RowChange {
  readonly line: number;
  /** The sheet row; null for a new row (numbered once written). */
  readonly row: number | null;
  /** The post's link, or what names the row. */
  readonly label: string;
  readonly cells: readonly {
    readonly key: TrackerInputKey;
    readonly from: CellValue;
    readonly to: string | number;
  }[];
}

/** A row of the file that is not imported, and why. */
export interface Skipped {
  readonly line: number;
  readonly reason: Message;
}

/** A cell the import leaves as it is: one a person computes with a formula. */
export interface KeptCell {
  readonly row: number;
  readonly key: TrackerInputKey;
  readonly formula: string;
}

/** Sales credited to an influencer in a campaign: the ledger's sums, shown on their rows. */
export interface Attribution {
  /** The codes or session campaigns that are theirs. */
  readonly keys: readonly string[];
  readonly influencer: string;
  readonly campaign: string;
  /** Their first row with a code or link, which gets what their other rows do not hold. */
  readonly row: number;
  /** The ledger's sums for them (null for a figure the export does not have). */
  readonly orders: number | null;
  readonly clicks: number | null;
  readonly conversions: number | null;
  readonly revenue: number | null;
  /** Orders or session campaigns of this export that are new or changed in the ledger. */
  readonly records: number;
  /** Their other rows whose typed figures are kept, and counted in the sums. */
  readonly typed: readonly number[];
  /** Their other rows whose blank sales cells get 0, so the sales count once. */
  readonly zeroed: readonly number[];
}

/** An influencer whose other rows already hold more than the ledger's sum: not written. */
export interface SalesConflict {
  readonly influencer: string;
  readonly campaign: string;
  readonly key: TrackerInputKey;
  readonly total: number;
  readonly typed: number;
  readonly rows: readonly number[];
}

/**
 * An influencer whose sales cannot be written: the row that would get them, or a row holding
 * revenue of its own, is in another currency than the Settings one the sales are counted in.
 */
export interface SalesCurrencyConflict {
  readonly influencer: string;
  readonly campaign: string;
  /** The rows in another currency, and theirs. */
  readonly rows: readonly number[];
  readonly currency: string;
  /** The Settings currency, the sales'. */
  readonly settings: string;
}

/** A code or campaign of the file that matches no one, or several. */
export interface Unmatched {
  readonly key: string;
  readonly records: number;
  readonly revenue: number;
  /** Who else it could be, where it matches several influencers or campaigns. */
  readonly owners: readonly string[];
}

export interface SalesSummary {
  readonly attributed: readonly Attribution[];
  readonly unmatched: readonly Unmatched[];
  readonly conflicts: readonly SalesConflict[];
  readonly currencyConflicts: readonly SalesCurrencyConflict[];
  /** Lines of the sales ledger added, changed, and replaced by an overlapping period. */
  readonly ledger: { readonly added: number; readonly updated: number; readonly removed: number };
}

export interface ImportSummary {
  readonly sheet: string;
  /** The sales ledger's sheet, made by the first sales import; "" for posts. */
  readonly ledgerSheet: string;
  /** Insert templates runs first: the spreadsheet has no tracker yet. */
  readonly insertsTemplates: boolean;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** New posts with no campaign, from the file or the dialog: the import waits for one. */
  readonly withoutCampaign: number;
  /** The first changes, to show (updated rows, then added ones). */
  readonly changes: readonly RowChange[];
  readonly kept: readonly KeptCell[];
  /** The first rows of the file left out, and how many there are in all. */
  readonly skipped: readonly Skipped[];
  readonly skippedCount: number;
  readonly sales: SalesSummary | null;
  readonly written: boolean;
}

export type ImportOutcome =
  | { readonly ok: true; readonly summary: ImportSummary }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The server functions the import dialog calls. */
export interface ImportFunctions {
  importStart(): ImportStart;
  /** What importing the records would change; nothing is written. */
  previewImport(payload: ImportPayload): ImportOutcome;
  /** Checks the records again and writes them, all or nothing, under the document lock. */
  runImport(payload: ImportPayload): ImportOutcome;
}
