/**
 * The sidebar's texts: the catalog messages the server sends in WizardStart, by key. A key
 * the server did not send shows as the key itself, so a gap is visible rather than blank.
 */
import { fill } from "../../../../core/i18n/fill";

type Params = Readonly<Record<string, string | number>>;

/** A catalog text with its placeholders filled in. */
export type Texts = (key: string, params?: Params) => string;

export function texts(messages: Readonly<Record<string, string>>): Texts {
  return (key, params) => fill(messages[key] ?? key, params);
}
