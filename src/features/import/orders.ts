/**
 * Shopify writes one row per line item and the order's own fields (its total, discount code,
 * currency, status) on the order's first row only: an order is its first row, so no total is
 * counted twice. Rows of an order after its first are its line items, not records.
 */
import type { ImportRecord } from "./contract";
import type { FieldKey } from "./fields";

export function firstRowOfEachOrder(
  fields: readonly FieldKey[],
  records: readonly ImportRecord[],
): ImportRecord[] {
  const at = fields.indexOf("orderId");
  if (at < 0) return [...records];
  const seen = new Set<string>();
  return records.filter((record) => {
    const id = record.values[at];
    if (typeof id !== "string") return true;
    const key = id.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
