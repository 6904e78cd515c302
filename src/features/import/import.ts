/**
 * Import data over the workbook port: what the dialog starts from (the tracker's campaigns and
 * influencers, its headers in every language, Settings' currency), what importing a file's
 * records would change, and the import itself: the records checked again, planned against the
 * tracker (and, for sales, the sales ledger) and written under the document lock in a fixed
 * number of calls, the templates inserted first where the spreadsheet has none; on any problem nothing is written, and a
 * failed write takes everything back (the port's undo log).
 */
import type { ServerEnv } from "../../apps-script/server-env";
import { type Catalog, catalogPart, format } from "../../core/i18n/catalog";
import { columnLabel, textsOf } from "../../core/labels";
import { TRACKER_KEYS } from "../../core/tracker-columns";
import { labelsOf } from "../../sheets/headers";
import { insertHoldingLock } from "../../sheets/insert-templates";
import { settingsCurrency } from "../../sheets/readers/settings";
import { readTracker } from "../../sheets/readers/tracker";
import { readTrackerCells, type TrackerCells } from "../../sheets/readers/tracker-cells";
import { TEMPLATE_VERSION } from "../../sheets/templates/template";
import { writeTrackerChanges } from "../../sheets/tracker-writes";
import type { OwnSheet, SheetRef, WorkbookPort } from "../../sheets/workbook";
import type { ImportOutcome, ImportStart, ImportSummary } from "./contract";
import { importData } from "./feature";
import { isTrackerField } from "./fields";
import type { LedgerMerge } from "./ledger";
import {
  findLedger,
  type LedgerRead,
  newLedgerName,
  readLedger,
  writeLedger,
} from "./ledger-sheet";
import { type ImportBatch, type PayloadProblem, readPayload } from "./payload";
import type { Plan } from "./plan-cells";
import { planPosts } from "./plan-posts";
import { planSales } from "./plan-sales";
import { SOURCES } from "./sources";

/** The preview shows this many left-out rows and kept cells; the counts cover them all. */
const SHOWN = 200;

const trackerOf = (port: WorkbookPort): OwnSheet | undefined =>
  port.ownSheets(["tracker"]).find((sheet) => sheet.kind === "tracker");

export function startImport(port: WorkbookPort, env: ServerEnv): ImportStart {
  const language = env.language();
  const catalogs = env.allCatalogs();
  const tracker = trackerOf(port);
  const rows = tracker ? readTracker(port, tracker.ref, catalogs).rows : [];
  const names = (key: "campaign" | "influencer") =>
    [
      ...new Set(rows.map((row) => String(row.cells[key]).trim()).filter((name) => name !== "")),
    ].sort();
  const labels = labelsOf(catalogs);
  return {
    language,
    messages: catalogPart(env.catalog(language), importData.messages),
    locale: port.locale(),
    currency: settingsCurrency(port),
    today: port.isoDay(),
    campaigns: names("campaign"),
    influencers: names("influencer"),
    trackerHeaders: Object.fromEntries(TRACKER_KEYS.map((key) => [key, labels(key)])),
    totalWords: textsOf(catalogs, "tracker.totals"),
  };
}

/** The sheets an import reads and writes, and its plan against them. */
interface Planned {
  readonly plan: Plan;
  readonly cells: TrackerCells | null;
  readonly sheet: string;
  readonly ledger: { readonly ref: SheetRef | undefined; readonly read: LedgerRead } | null;
  readonly merge: LedgerMerge | null;
  readonly ledgerSheet: string;
}

function planOf(port: WorkbookPort, batch: ImportBatch, currency: string, env: ServerEnv): Planned {
  const tracker = trackerOf(port);
  const cells = tracker ? readTrackerCells(port, tracker.ref, env.allCatalogs()) : null;
  const sheet = tracker?.ref.name ?? "";
  if (batch.kind === "posts") {
    return {
      plan: planPosts(cells, batch, currency),
      cells,
      sheet,
      ledger: null,
      merge: null,
      ledgerSheet: "",
    };
  }
  const catalog = env.catalog(env.language());
  const ref = findLedger(port);
  const read = readLedger(port, ref);
  const known = SOURCES.find((source) => source.id === batch.source);
  const source = known
    ? catalog[`import.source.${known.id}`]
    : catalog[`import.kind.${batch.kind}`];
  const plan = planSales(cells, batch, {
    currency,
    today: port.isoDay(),
    source,
    ledger: read.entries,
  });
  return {
    plan,
    cells,
    sheet,
    ledger: { ref, read },
    merge: plan.ledger,
    ledgerSheet: ref?.name ?? newLedgerName(port, catalog),
  };
}

function summary(
  { plan, sheet, ledgerSheet }: Planned,
  insertsTemplates: boolean,
  written: boolean,
): ImportSummary {
  return {
    sheet,
    ledgerSheet,
    insertsTemplates,
    added: plan.added,
    updated: plan.updated,
    unchanged: plan.unchanged,
    withoutCampaign: plan.withoutCampaign,
    changes: plan.rows,
    kept: plan.kept.slice(0, SHOWN),
    skipped: plan.skipped.slice(0, SHOWN),
    skippedCount: plan.skipped.length,
    sales: plan.sales,
    written,
  };
}

/** A payload's problems in the reader's words: "Row 12, Likes: is -3, …". */
function described(problems: readonly PayloadProblem[], catalog: Catalog): string[] {
  return problems.map(({ line, field, problem }) => {
    const what = format(catalog, problem.key, problem.params);
    const name =
      field === null
        ? ""
        : isTrackerField(field)
          ? columnLabel(catalog, field)
          : catalog[`import.field.${field}`];
    const where = [line === null ? "" : format(catalog, "import.row", { row: line }), name].filter(
      Boolean,
    );
    return where.length > 0
      ? `${where.join(catalog["join.list"])}${catalog["join.label"]}${what}`
      : what;
  });
}

const needsTemplates = (port: WorkbookPort) => (trackerOf(port)?.version ?? 0) < TEMPLATE_VERSION;

/** What importing the payload would change; nothing is written. */
export function previewImport(port: WorkbookPort, payload: unknown, env: ServerEnv): ImportOutcome {
  const catalog = env.catalog(env.language());
  const currency = settingsCurrency(port);
  const read = readPayload(payload, currency);
  if (!read.ok) return { ok: false, problems: described(read.problems, catalog) };
  const inserts = needsTemplates(port);
  return { ok: true, summary: summary(planOf(port, read.batch, currency, env), inserts, false) };
}

/** Thrown inside the lock to take back what was written (the templates) and say why. */
class Refused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** Imports the payload, all or nothing. */
export function runImport(port: WorkbookPort, payload: unknown, env: ServerEnv): ImportOutcome {
  const catalog = env.catalog(env.language());
  try {
    return port.withDocumentLock((): ImportOutcome => {
      const currency = settingsCurrency(port);
      const read = readPayload(payload, currency);
      if (!read.ok) return { ok: false, problems: described(read.problems, catalog) };
      const inserts = needsTemplates(port);
      if (inserts) insertHoldingLock(port, { userLanguage: env.language(), catalog: env.catalog });
      const planned = planOf(port, read.batch, currency, env);
      const { plan, cells, ledger, merge } = planned;
      if (!cells) throw new Error("Insert templates made no tracker");
      if (plan.withoutCampaign > 0) {
        throw new Refused([
          format(catalog, "import.needsCampaign", { count: plan.withoutCampaign }),
        ]);
      }
      if (ledger && merge) {
        writeLedger(port, ledger.ref, ledger.read, merge, {
          catalog,
          language: env.language(),
          locale: port.locale(),
          currency,
        });
      }
      writeTrackerChanges(port, cells, plan.changes);
      return { ok: true, summary: summary(planned, inserts, true) };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}
