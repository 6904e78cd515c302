/** Framework texts: catalog messages whose labels show other catalog entries by key. */
import type { Message, MessageKey } from "../i18n/catalog";
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
 * Plain catalog messages (FieldError.problem) render the same way.
 */
export function renderText(
  messages: Readonly<Record<string, string>>,
  { key, params, labels, parts }: FrameworkText,
): string {
  const values: Record<string, string | number> = { ...params };
  for (const [name, label] of Object.entries(labels ?? {})) values[name] = messages[label] ?? label;
  for (const [name, list] of Object.entries(parts ?? {})) {
    values[name] = list
      .map((part) => renderText(messages, part))
      .join(messages["join.list"] ?? ", ");
  }
  // Own names only: "{constructor}" is not a placeholder of ours.
  const names = Object.keys(values);
  return (messages[key] ?? key).replace(/\{(\w+)\}/g, (all, name: string) =>
    names.includes(name) ? String(values[name]) : all,
  );
}
