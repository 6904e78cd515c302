/** What the user is told once Insert templates is done, in the sheets' language. */
import { type Catalog, format } from "../../core/i18n/catalog";
import { LANGUAGES } from "../../core/i18n/languages";
import type { InsertResult } from "../../sheets/insert-templates";

export function describeInsert(result: InsertResult, catalog: Catalog): string {
  const list = (names: readonly string[]) => names.join(catalog["join.list"]);
  const parts: string[] = [];
  if (result.created.length > 0) {
    parts.push(format(catalog, "msg.added", { sheets: list(result.created) }));
  }
  if (result.upgraded.length > 0) {
    parts.push(format(catalog, "msg.upgraded", { sheets: list(result.upgraded) }));
  }
  const repairedOnly = result.repaired.filter((name) => !result.upgraded.includes(name));
  if (repairedOnly.length > 0) {
    parts.push(format(catalog, "msg.restored", { sheets: list(repairedOnly) }));
  }
  if (result.relabelled.length > 0) {
    const language = LANGUAGES[result.language];
    parts.push(format(catalog, "msg.relabelled", { language, sheets: list(result.relabelled) }));
  }
  if (parts.length === 0) {
    return format(catalog, "msg.inPlace", { sheets: list(result.kept) });
  }
  const changed = [...result.upgraded, ...result.repaired, ...result.relabelled];
  const untouched = result.kept.filter((name) => !changed.includes(name));
  if (untouched.length > 0) parts.push(format(catalog, "msg.kept", { sheets: list(untouched) }));
  return parts.join(catalog["join.sentences"]);
}
