/**
 * Import data over the workbook port: what the dialog starts from (the tracker's campaigns and
 * influencers, its headers in every language, Settings' currency), what importing a file's
 * records would change, and the import itself: the records checked again, planned against the
 * tracker and written under the document lock in a fixed number of calls, the templates
 * inserted first where the spreadsheet has none; on any problem nothing is written, and a
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
import { readTrackerCells } from "../../sheets/readers/tracker-cells";
import { TEMPLATE_VERSION } from "../../sheets/templates/template";
import { writeTrackerChanges } from "../../sheets/tracker-writes";
import type { OwnSheet, WorkbookPort } from "../../sheets/workbook";
import type { ImportOutcome, ImportStart, ImportSummary } from "./contract";
import { importData } from "./feature";
import { isTrackerField } from "./fields";
import { type ImportBatch, type PayloadProblem, readPayload } from "./payload";
import type { Plan } from "./plan-cells";
import { planPosts } from "./plan-posts";
import { planSales } from "./plan-sales";

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

const planOf = (
  port: WorkbookPort,
  batch: ImportBatch,
  currency: string,
  catalogs: readonly Catalog[],
): {
  plan: Plan;
  sheet: string;
} => {
  const tracker = trackerOf(port);
  const cells = tracker ? readTrackerCells(port, tracker.ref, catalogs) : null;
  const plan = batch.kind === "posts" ? planPosts(cells, batch) : planSales(cells, batch, currency);
  return { plan, sheet: tracker?.ref.name ?? "" };
};

function summary(
  plan: Plan,
  sheet: string,
  insertsTemplates: boolean,
  written: boolean,
): ImportSummary {
  return {
    sheet,
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
  const { plan, sheet } = planOf(port, read.batch, currency, env.allCatalogs());
  return { ok: true, summary: summary(plan, sheet, inserts, false) };
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
      const catalogs = env.allCatalogs();
      const tracker = trackerOf(port);
      if (!tracker) throw new Error("Insert templates made no tracker");
      const cells = readTrackerCells(port, tracker.ref, catalogs);
      const batch = read.batch;
      const plan =
        batch.kind === "posts" ? planPosts(cells, batch) : planSales(cells, batch, currency);
      if (plan.withoutCampaign > 0) {
        throw new Refused([
          format(catalog, "import.needsCampaign", { count: plan.withoutCampaign }),
        ]);
      }
      writeTrackerChanges(port, cells, plan.changes);
      return { ok: true, summary: summary(plan, tracker.ref.name, inserts, true) };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}
