/**
 * The dialog's texts: the catalog messages the server sends in ImportStart, by key (a key the
 * server did not send shows as the key itself, so a gap is visible rather than blank), and
 * numbers, amounts, days and durations as the spreadsheet's locale writes them.
 */
import { formatter } from "../../../../core/framework/format";
import type { Message } from "../../../../core/i18n/catalog";
import { fill } from "../../../../core/i18n/fill";
import { FIELD_TYPES, type FieldKey, isTrackerField } from "../../fields";

export interface Texts {
  (key: string, params?: Message["params"]): string;
  /** A message to show later, in the dialog's language. */
  say(message: Message): string;
  /** A field by its name: a tracker column's header, or the import's own words. */
  field(field: FieldKey): string;
  number(value: number): string;
  /** A field's value as the tracker shows it: an amount, a day, a count or text. */
  value(field: FieldKey, value: unknown): string;
  /** Milliseconds as seconds, to a tenth. */
  seconds(ms: number): string;
}

export function texts(
  messages: Readonly<Record<string, string>>,
  locale: string,
  currency: string,
): Texts {
  const shown = formatter(locale, currency);
  const t = ((key, params) => fill(messages[key] ?? key, params)) as Texts;
  t.say = ({ key, params }) => t(key, params);
  t.field = (field) => t(isTrackerField(field) ? `col.${field}` : `import.field.${field}`);
  t.number = (value) => shown.number(value);
  t.value = (field, value) => {
    if (typeof value === "number") {
      return FIELD_TYPES[field] === "money" ? shown.value("money", value) : shown.number(value);
    }
    const text = String(value ?? "");
    return FIELD_TYPES[field] === "date" && /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? shown.date(text)
      : text;
  };
  t.seconds = (ms) => shown.number(ms / 1000, 1);
  return t;
}
