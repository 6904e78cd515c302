/**
 * Message catalogs: English is the source; a translation must have every key, with exactly
 * the placeholders of the English text, or the typecheck fails.
 */
import { en } from "./en";

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;

/** The placeholder names in a text: "{a} and {b}" gives "a" | "b". */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each entry of T, or an error type naming the key whose placeholders differ from English. */
type Checked<T extends Record<MessageKey, string>> = {
  readonly [K in MessageKey]: Same<Placeholders<T[K]>, Placeholders<(typeof en)[K]>> extends true
    ? T[K]
    : `placeholders differ from English in ${K}`;
};

/** Declares a translation: all keys, no others, placeholders as in English. */
export function translation<const T extends Record<MessageKey, string>>(
  catalog: T & Checked<T> & Record<Exclude<keyof T, MessageKey>, never>,
): Catalog {
  return catalog;
}

/** A message to show later, in whichever language the reader uses. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const message = (key: MessageKey, params?: Message["params"]): Message =>
  params ? { key, params } : { key };

/** Fills a catalog text's placeholders. */
export function format(catalog: Catalog, key: MessageKey, params?: Message["params"]): string {
  const text = catalog[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}

export const english: Catalog = en;
