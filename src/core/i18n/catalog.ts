/**
 * Message catalogs: English is the source; a translation must have every key, with exactly
 * the placeholders of the English text, or the typecheck fails.
 */
import type { en } from "./en";
import { enCore } from "./en-core";
import { fill } from "./fill";

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;

/** The texts Code.js carries in English (en-core.ts): menus, errors, templates, functions. */
export type CoreKey = keyof typeof enCore;
/** Any catalog has these; English has only these until i18n_en.html is read. */
export type CoreCatalog = Readonly<Record<CoreKey, string>>;

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
export interface Message<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const message = <K extends MessageKey>(key: K, params?: Message["params"]): Message<K> =>
  params ? { key, params } : { key };

/** The entries of a catalog whose keys start with one of these prefixes (or are one of them). */
export const catalogPart = (
  catalog: Catalog,
  prefixes: readonly string[],
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(catalog).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  );

/** Fills a catalog text's placeholders. */
export function format<K extends MessageKey>(
  catalog: Readonly<Record<K, string>>,
  key: K,
  params?: Message["params"],
): string {
  return fill(catalog[key] ?? key, params);
}

/** English as Code.js carries it: the core texts (i18n-loader.ts adds the rest when shown). */
export const english: CoreCatalog = enCore;
