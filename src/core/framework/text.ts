/** Framework texts: catalog messages whose labels show other catalog entries by key. */
import type { Message, MessageKey } from "../i18n/catalog";
import { capitalised, inSentence } from "../i18n/sentence";
import type { FrameworkText } from "./model";

/** A text to render later: its key, values already formatted, and placeholders shown as labels. */
export function say(
  key: MessageKey,
  params?: Message["params"],
  labels?: FrameworkText["labels"],
  parts?: FrameworkText["parts"],
): FrameworkText {
  const some = params && Object.keys(params).length > 0;
  return { key, ...(some && { params }), ...(labels && { labels }), ...(parts && { parts }) };
}

/**
 * A framework text in the reader's language: a Catalog, or the sidebar's messages by key.
 * Plain catalog messages (FieldError.problem) render the same way. A label that starts the
 * text starts it with a capital ("{metric} cannot go above …"); a column's name (or an
 * engagement-rate base's) within the text reads as a word of the sentence ("the tracker's
 * {utm} and {promo} columns"). A list's parts stand inside the text that shows them, so none
 * of them starts with a capital.
 */
export function renderText(
  messages: Readonly<Record<string, string>>,
  { key, params, labels, parts }: FrameworkText,
  inside = false,
): string {
  const text = messages[key] ?? key;
  const values: Record<string, string | number> = { ...params };
  for (const [name, label] of Object.entries(labels ?? {})) {
    const shown = messages[label] ?? label;
    values[name] =
      !inside && text.startsWith(`{${name}}`)
        ? capitalised(shown)
        : label.startsWith("col.") || label.startsWith("base.")
          ? inSentence(shown)
          : shown;
  }
  for (const [name, list] of Object.entries(parts ?? {})) {
    values[name] = list
      .map((part) => renderText(messages, part, true))
      .join(messages["join.list"] ?? ", ");
  }
  // Own names only: "{constructor}" is not a placeholder of ours.
  const names = Object.keys(values);
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    names.includes(name) ? String(values[name]) : all,
  );
}
