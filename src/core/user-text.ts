/**
 * Text a person typed, made fit for a cell: trimmed of spaces and of format characters that show
 * nothing (zero-width spaces and joiners, the word joiner, a byte-order mark, direction marks:
 * Unicode's Cf), so a name of invisible characters alone counts as empty; and refused when what
 * is left holds a control character (NUL and the like) or half of a surrogate pair, which no
 * sheet should receive.
 */

const EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The text trimmed, or undefined when it holds a character no cell should get. */
export function cleanText(value: string): string | undefined {
  const text = value.replace(EDGES, "");
  return CONTROL.test(text) || LONE_SURROGATE.test(text) ? undefined : text;
}
