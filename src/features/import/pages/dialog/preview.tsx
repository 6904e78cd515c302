/**
 * What the import would change, as the server planned it: counts, the rows and cells that
 * change (what each held, what it gets), cells kept because a person's formula computes them,
 * rows of the file left out and why, and for a sales export whom the sales are credited to
 * and what matched no one.
 */
import type { ComponentChildren } from "preact";
import type { ImportSummary, SalesSummary, Skipped } from "../../contract";
import type { ReadRecords } from "../../read";
import type { Texts } from "./texts";

interface Props {
  readonly t: Texts;
  readonly summary: ImportSummary;
  readonly ms: number;
  readonly read: ReadRecords;
  readonly children: ComponentChildren;
}

/** Rows listed at most; the rest are counted. */
const SHOWN = 50;

export function Preview({ t, summary, ms, read, children }: Props) {
  const skipped: Skipped[] = [...read.skipped, ...summary.skipped].sort((a, b) => a.line - b.line);
  const skippedCount = read.skipped.length + summary.skippedCount;
  const changes = summary.changes.slice(0, SHOWN);
  const more = summary.added + summary.updated - changes.length;
  return (
    <section class="preview" aria-live="polite">
      <h2>{t("import.changes")}</h2>
      <p class="hint">{t("import.checked", { seconds: t.seconds(ms) })}</p>
      {summary.insertsTemplates && <p class="banner warning">{t("import.insertsTemplates")}</p>}
      <p class="counts">
        {summary.added + summary.updated === 0
          ? t("import.nothing")
          : t("import.counts", {
              added: t.number(summary.added),
              updated: t.number(summary.updated),
              unchanged: t.number(summary.unchanged),
            })}
      </p>
      {summary.withoutCampaign > 0 && (
        <p class="banner warning" role="alert">
          {t("import.needsCampaign", { count: t.number(summary.withoutCampaign) })}
        </p>
      )}
      {summary.sales && <Sales t={t} sales={summary.sales} ledger={summary.ledgerSheet} />}
      {changes.length > 0 && (
        <div class="scroll">
          <table class="changes">
            <thead>
              <tr>
                <th scope="col">{t("import.changes.row")}</th>
                <th scope="col">{t("import.changes.post")}</th>
                <th scope="col">{t("import.changes.cells")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={`${change.row ?? "new"}-${change.line}-${change.label}`}>
                  <td>{change.row ?? t("import.newRow")}</td>
                  <td class="value">{change.label}</td>
                  <td>
                    <ul class="cells">
                      {change.cells.map((cell) => (
                        <li key={cell.key}>
                          {t(`col.${cell.key}`)}
                          {t("join.label")}
                          {change.row === null ? "" : `${t.value(cell.key, cell.from) || "—"} → `}
                          {t.value(cell.key, cell.to) || "—"}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more > 0 && <p class="hint">{t("import.more", { count: t.number(more) })}</p>}
      {summary.kept.length > 0 && (
        <details>
          <summary>{t("import.kept", { count: t.number(summary.kept.length) })}</summary>
          <ul>
            {summary.kept.map((cell) => (
              <li key={`${cell.row}-${cell.key}`}>
                {t("import.row", { row: cell.row })}
                {t("join.list")}
                {t(`col.${cell.key}`)}
                {t("join.label")}
                <code>{cell.formula}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {skippedCount > 0 && (
        <details open={skippedCount <= 10}>
          <summary>{t("import.skipped", { count: t.number(skippedCount) })}</summary>
          <ul>
            {skipped.slice(0, SHOWN).map((row) => (
              <li key={`${row.line}-${row.reason.key}`}>
                {t("import.row", { row: row.line })}
                {t("join.label")}
                {t.say(row.reason)}
              </li>
            ))}
          </ul>
          {skippedCount > SHOWN && (
            <p class="hint">{t("import.more", { count: t.number(skippedCount - SHOWN) })}</p>
          )}
        </details>
      )}
      {children}
    </section>
  );
}

function Sales({ t, sales, ledger }: { t: Texts; sales: SalesSummary; ledger: string }) {
  const figures = (a: SalesSummary["attributed"][number]) =>
    (["orders", "clicks", "conversions", "revenue"] as const)
      .flatMap((key) =>
        a[key] === null ? [] : [`${t(`col.${key}`)}${t("join.label")}${t.value(key, a[key] ?? 0)}`],
      )
      .join(t("join.list"));
  const rows = (list: readonly number[]) => list.map((row) => t.number(row)).join(t("join.list"));
  const { added, updated, removed } = sales.ledger;
  return (
    <>
      <h3>{t("import.sales")}</h3>
      <p class="hint">{t("import.salesRule", { sheet: ledger })}</p>
      <p class="ledger">
        {t("import.sales.ledger", {
          sheet: ledger,
          added: t.number(added),
          updated: t.number(updated),
          removed: t.number(removed),
        })}
      </p>
      {sales.attributed.length > 0 && (
        <div class="scroll">
          <table class="sales">
            <thead>
              <tr>
                <th scope="col">{t("import.sales.influencer")}</th>
                <th scope="col">{t("import.sales.campaign")}</th>
                <th scope="col">{t("import.sales.keys")}</th>
                <th scope="col">{t("import.sales.row")}</th>
                <th scope="col">{t("import.sales.figures")}</th>
                <th scope="col">{t("import.sales.others")}</th>
              </tr>
            </thead>
            <tbody>
              {sales.attributed.map((a) => (
                <tr key={`${a.influencer}-${a.campaign}`}>
                  <td>{a.influencer}</td>
                  <td>{a.campaign}</td>
                  <td class="value">{a.keys.join(t("join.list"))}</td>
                  <td>{a.row}</td>
                  <td>
                    {figures(a)}
                    <br />
                    <span class="hint">
                      {t("import.sales.new", { count: t.number(a.records) })}
                    </span>
                  </td>
                  <td>
                    {a.typed.length > 0 && (
                      <div>{t("import.sales.typed", { rows: rows(a.typed) })}</div>
                    )}
                    {a.zeroed.length > 0 && (
                      <div>{t("import.sales.zeroed", { rows: rows(a.zeroed) })}</div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sales.conflicts.length > 0 && (
        <>
          <h3>{t("import.sales.conflicts")}</h3>
          <ul class="conflicts">
            {sales.conflicts.map((c) => (
              <li key={`${c.influencer}-${c.campaign}`}>
                {t("import.sales.conflict", {
                  who: [c.influencer, c.campaign].filter(Boolean).join(" · "),
                  column: t(`col.${c.key}`),
                  rows: rows(c.rows),
                  typed: t.value(c.key, c.typed),
                  total: t.value(c.key, c.total),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {sales.currencyConflicts.length > 0 && (
        <>
          <h3>{t("import.sales.currencyConflicts")}</h3>
          <ul class="conflicts">
            {sales.currencyConflicts.map((c) => (
              <li key={`${c.influencer}-${c.campaign}`}>
                {t("import.sales.currencyConflict", {
                  who: [c.influencer, c.campaign].filter(Boolean).join(" · "),
                  rows: rows(c.rows),
                  currency: c.currency,
                  settings: c.settings,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {sales.unmatched.length > 0 && (
        <>
          <h3>{t("import.sales.unmatched", { count: t.number(sales.unmatched.length) })}</h3>
          <ul>
            {sales.unmatched.map((u) => (
              <li key={u.key || "-"}>
                <span class="value">{u.key || t("import.sales.noKey")}</span>
                {t("join.label")}
                {t("import.sales.records", { count: t.number(u.records) })}
                {t("join.list")}
                {t("col.revenue")}
                {t("join.label")}
                {t.value("revenue", u.revenue)}
                {u.owners.length > 0
                  ? `${t("join.list")}${t("import.sales.several", { owners: u.owners.join(t("join.list")) })}`
                  : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
