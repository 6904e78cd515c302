/**
 * An Instagram posts export of any size, as Meta Business Suite writes it (UTF-8 with its mark,
 * month-first dates, views grouped with commas, a formula in each description), for the tests
 * and the bench of large imports.
 */
const HEADER =
  "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves";

/** Row i links to link(i); with unreadableEvery, every so many rows have likes of "lots". */
export function instagramExport(
  rows: number,
  link: (i: number) => string,
  unreadableEvery = 0,
): Uint8Array {
  const lines = Array.from({ length: rows }, (_, i) => {
    const likes =
      unreadableEvery > 0 && i % unreadableEvery === unreadableEvery - 1
        ? "lots"
        : String(50 + (i % 90));
    const day = String(1 + (i % 28)).padStart(2, "0");
    return `${1_800_000 + i},1784,creator${i % 25},Creator ${i % 25},"=SUM(A${i}:A9), #ad",0,03/${day}/2026 18:00,${link(i)},IG reel,,Lifetime,"${(1000 + i).toLocaleString("en")}",${800 + i},${likes},${i % 7},0,${i % 12},${i % 9}`;
  });
  return new TextEncoder().encode(`\uFEFF${HEADER}\n${lines.join("\n")}\n`);
}

/**
 * A Shopify orders export of any size: one order of two line items (the order's fields on its
 * first row only) per order, its discount code one of `codes` in turn.
 */
export function shopifyExport(orders: number, codes: readonly string[], start = 1): Uint8Array {
  const header = "Name,Financial Status,Currency,Total,Discount Code,Created at,Lineitem name";
  const lines = Array.from({ length: orders }, (_, i) => {
    const name = `#${start + i}`;
    const code = codes[i % codes.length] ?? "";
    const total = (20 + (i % 80) + 0.5).toFixed(2);
    return `${name},paid,USD,${total},${code},2026-03-01 10:00:00 -0400,Serum\n${name},,,,,2026-03-01 10:00:00 -0400,Balm`;
  });
  return new TextEncoder().encode(`${header}\n${lines.join("\n")}\n`);
}
