/**
 * From a table to what goes to the server, as the dialog (and the demo) do it: recognise the
 * file, detect how it writes numbers and dates, let the reader change the mapping and those
 * choices, then read every cell into typed records and say what is still missing.
 */
import { type Message, message } from "../../core/i18n/catalog";
import type { ImportPayload, ImportStart } from "./contract";
import { type Conventions, type Decimal, type Detected, detectConventions } from "./conventions";
import type { YearChoice } from "./dates";
import type { BatchKind, FieldKey } from "./fields";
import { periodOf } from "./files/period";
import type { RawTable } from "./files/table";
import { firstRowOfEachOrder } from "./orders";
import { type ReadRecords, readRecords } from "./read";
import { findsRows, guessMapping, type Recognition, recognise } from "./recognise";
import type { DateOrder } from "./sources";

/** What the reader may change before the import is checked. */
export interface Choices {
  readonly kind: BatchKind;
  readonly mapping: readonly (FieldKey | null)[];
  readonly decimal: Decimal | null;
  readonly dateOrder: DateOrder | null;
  readonly year: YearChoice;
  readonly campaign: string;
  readonly influencer: string;
}

export type Context = Pick<
  ImportStart,
  "trackerHeaders" | "locale" | "currency" | "today" | "totalWords"
>;

export interface Prepared {
  readonly table: RawTable;
  readonly recognition: Recognition;
  readonly choices: Choices;
}

export function prepare(table: RawTable, context: Context): Prepared {
  const recognition = recognise(table.header, context.trackerHeaders);
  const detected = detectConventions(
    table,
    recognition.mapping,
    recognition.writes,
    context.locale,
  );
  return {
    table,
    recognition,
    choices: {
      kind: recognition.kind,
      mapping: recognition.mapping,
      decimal: detected.decimal.value,
      dateOrder: detected.dateOrder.value,
      year: "recent",
      campaign: "",
      influencer: "",
    },
  };
}

/** Another kind of records for a file of unknown origin: its columns guessed again. */
export const withKind = (prepared: Prepared, kind: BatchKind, context: Context): Choices => ({
  ...prepared.choices,
  kind,
  mapping: guessMapping(prepared.table.header, kind, context.trackerHeaders),
});

/** The file read by the choices made: how it writes numbers and dates, its records, what is missing. */
export interface Reading {
  readonly detected: Detected;
  readonly read: ReadRecords;
  /** What the reader must still choose: the columns that find each record's row. */
  readonly missing: readonly Message[];
}

export function readWith(prepared: Prepared, choices: Choices, context: Context): Reading {
  const { table, recognition } = prepared;
  const detected = detectConventions(table, choices.mapping, recognition.writes, context.locale);
  const missing: Message[] = [];
  if (!findsRows(choices.kind, choices.mapping))
    missing.push(message(`import.needs.${choices.kind}`));
  if (choices.decimal === null && detected.decimal.matters) missing.push(message("import.decimal"));
  if (choices.dateOrder === null && detected.dateOrder.matters) {
    missing.push(message("import.dateOrder"));
  }
  const conventions: Conventions = {
    decimal: choices.decimal ?? ".",
    dateOrder: choices.dateOrder ?? "mdy",
    year: choices.year,
  };
  return {
    detected,
    read: readRecords(table, choices.mapping, { ...context, conventions }),
    missing,
  };
}

/** What goes to the server, once nothing is missing. */
export function payloadOf(
  prepared: Prepared,
  choices: Choices,
  reading: Reading,
): ImportPayload | null {
  if (reading.missing.length > 0) return null;
  const { recognition } = prepared;
  const { fields, records } = reading.read;
  const sameKind = recognition.kind === choices.kind;
  return {
    kind: choices.kind,
    source: recognition.source ?? "",
    platform: sameKind ? recognition.platform : null,
    campaign: choices.campaign.trim(),
    influencer: choices.influencer.trim(),
    fields,
    records: choices.kind === "orders" ? firstRowOfEachOrder(fields, records) : records,
    // The days a GA4 export's sessions cover, so a later period adds to an earlier one.
    period: choices.kind === "sessions" ? periodOf(prepared.table.above) : null,
  };
}
