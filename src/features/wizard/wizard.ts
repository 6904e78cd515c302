/**
 * What the KPI framework wizard asks of the spreadsheet, over the workbook port: what the
 * sidebar starts from (campaigns with their current values, Settings), writing a framework
 * (validated whole before the first write, under the document lock), and showing a
 * campaign's rows. server.ts exposes these as the sidebar's server functions.
 */

import type { ServerEnv } from "../../apps-script/server-env";
import { isBlank } from "../../core/cells";
import { buildFramework } from "../../core/framework/build";
import type { FieldError } from "../../core/framework/model";
import { readDraft } from "../../core/framework/schema";
import { renderText } from "../../core/framework/text";
import { type Catalog, catalogPart, english } from "../../core/i18n/catalog";
import { numberConventions } from "../../core/i18n/number-format";
import { sheetName } from "../../core/labels";
import { trackerValues } from "../../core/report/figure";
import type { TrackedRow } from "../../core/report/model";
import { insertHoldingLock } from "../../sheets/insert-templates";
import {
  type CampaignFramework,
  FRAMEWORK_FIRST_ROW,
  readFrameworks,
  readFrameworkTable,
} from "../../sheets/readers/framework";
import { engagementBase, settingsCurrency, settingsRates } from "../../sheets/readers/settings";
import { readTracker } from "../../sheets/readers/tracker";
import { localeFormats, TEMPLATE_VERSION } from "../../sheets/templates/template";
import { type OwnSheet, type SheetKind, UserError, type WorkbookPort } from "../../sheets/workbook";
import type {
  CampaignSummary,
  ExistingFramework,
  UndoOutcome,
  WizardStart,
  WriteOutcome,
} from "./contract";
import { wizard } from "./feature";
import { planFrameworkRows } from "./framework-rows";
import { keepUndo, readBefore, undoWrite } from "./undo";

const FRAMEWORK_SHEETS: readonly SheetKind[] = ["framework", "tracker"];

/** The first sheet of each kind (a user may have made copies, which are not tagged as ours). */
function byKind(sheets: readonly OwnSheet[]): Partial<Record<SheetKind, OwnSheet>> {
  const found: Partial<Record<SheetKind, OwnSheet>> = {};
  for (const sheet of sheets) found[sheet.kind] ??= sheet;
  return found;
}

/** The tracker's campaigns, each with its post dates and current metric values. */
function campaignsOf(
  port: WorkbookPort,
  own: Partial<Record<SheetKind, OwnSheet>>,
  catalogs: readonly Catalog[],
): CampaignSummary[] {
  const tracker = own.tracker?.ref;
  if (!tracker) return [];
  const rows = new Map<string, TrackedRow[]>();
  for (const row of readTracker(port, tracker, catalogs, { moneyFormats: true }).rows) {
    const name = String(row.cells.campaign).trim();
    if (name === "") continue;
    const group = rows.get(name);
    if (group) group.push(row);
    else rows.set(name, [row]);
  }
  // A framework from before campaigns had a column frames none (writing upgrades it).
  const framework = own.framework?.ref;
  const frameworks = framework
    ? readFrameworks(port, framework, catalogs)
    : new Map<string, CampaignFramework>();
  const existing = (name: string): ExistingFramework | null => {
    const found = frameworks.get(name);
    if (!found) return null;
    return {
      goal: found.goals[0] ?? null,
      secondaryGoal: found.goals[1] ?? null,
      start: found.start,
      budget: found.budget,
      kpis: found.kpis.map(({ kpi, metrics, baseline, target, deadline, owner, tactic }) => ({
        kpi,
        metrics,
        baseline,
        target,
        deadline,
        owner,
        tactic,
      })),
    };
  };
  // The values the report counts, so a baseline taken from them is the Actual's starting point.
  const currency = settingsCurrency(port);
  const figures = {
    base: engagementBase(port, catalogs),
    currency,
    conventions: numberConventions(port.locale()),
    rates: settingsRates(port, currency),
  };
  const summaries = [...rows].map(([name, records]): CampaignSummary => {
    // Post dates are ISO days, which sort as text.
    let first: string | null = null;
    let last: string | null = null;
    for (const {
      cells: { postDate },
    } of records) {
      if (typeof postDate !== "string" || !ISO_DAY.test(postDate)) continue;
      if (first === null || postDate < first) first = postDate;
      if (last === null || postDate > last) last = postDate;
    }
    return {
      name,
      firstPost: first,
      lastPost: last,
      posts: records.length,
      values: trackerValues(records, figures),
      framed: frameworks.has(name),
      framework: existing(name),
    };
  });
  // Campaigns framed before their first post is tracked.
  for (const name of frameworks.keys()) {
    if (rows.has(name)) continue;
    const framed = { name, firstPost: null, lastPost: null, posts: 0, values: {}, framed: true };
    summaries.push({ ...framed, framework: existing(name) });
  }
  return summaries;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function startWizard(port: WorkbookPort, env: ServerEnv): WizardStart {
  const language = env.language();
  const catalogs = env.allCatalogs();
  const own = byKind(port.ownSheets());
  const locale = port.locale();
  const currency = settingsCurrency(port);
  return {
    language,
    locale,
    messages: catalogPart(env.catalog(language), wizard.messages),
    currency,
    today: port.isoDay(),
    campaigns: campaignsOf(port, own, catalogs),
  };
}

/** Field problems in the reader's words, for the sidebar to show by their fields. */
const problems = (errors: readonly FieldError[], catalog: Catalog) =>
  errors.map((error) => ({ field: error.field, message: renderText(catalog, error.problem) }));

/**
 * Validates the payload whole, then writes the campaign's KPIs under the document lock,
 * inserting or upgrading the templates first where needed. Nothing is written on a problem.
 */
export function saveFramework(port: WorkbookPort, payload: unknown, env: ServerEnv): WriteOutcome {
  const reader = () => env.catalog(env.language());
  const shape = readDraft(payload);
  if (!shape.ok) return { ok: false, problems: problems(shape.errors, reader()) };
  return port.withDocumentLock((): WriteOutcome => {
    let own = byKind(port.ownSheets(FRAMEWORK_SHEETS));
    const current = (kind: SheetKind) => (own[kind]?.version ?? 0) >= TEMPLATE_VERSION;
    if (!current("framework") || !current("tracker")) {
      insertHoldingLock(port, { userLanguage: env.language(), catalog: env.catalog });
      own = byKind(port.ownSheets(FRAMEWORK_SHEETS));
    }
    const framework = own.framework;
    const tracker = own.tracker;
    if (!framework || !tracker) {
      throw new UserError({
        key: "err.noSheet",
        params: { sheet: sheetName(english, "framework") },
      });
    }
    const locale = port.locale();
    const currency = settingsCurrency(port);
    const built = buildFramework(shape.draft, { today: port.isoDay(), locale, currency });
    if (!built.ok) return { ok: false, problems: problems(built.errors, reader()) };
    // The sheets speak the language they were last labelled in.
    const language = framework.language;
    const plan = planFrameworkRows(
      port,
      { framework: framework.ref, tracker: tracker.ref },
      built.framework,
      {
        language,
        catalog: env.catalog(language),
        known: env.allCatalogs(),
        formats: localeFormats(locale, currency),
      },
    );
    const before = readBefore(port, framework.ref, plan);
    const written = plan.apply();
    const campaign = built.framework.campaign;
    const undo = keepUndo(port, framework.ref, campaign, plan.extent, before);
    return {
      ok: true,
      campaign,
      sheet: framework.ref.name,
      firstRow: written.rows[0] ?? FRAMEWORK_FIRST_ROW,
      lastRow: written.rows[written.rows.length - 1] ?? FRAMEWORK_FIRST_ROW,
      added: written.added,
      updated: written.updated,
      removed: written.removed,
      undo,
    };
  });
}

/** Takes back the write a ticket names, if it is the latest and its rows are as it left them. */
export function undoFramework(port: WorkbookPort, payload: unknown, env: ServerEnv): UndoOutcome {
  return undoWrite(port, () => frameworkSheet(port), payload, env.catalog(env.language()));
}

/** The add-on's KPI Framework sheet, or the problem that there is none. */
function frameworkSheet(port: WorkbookPort) {
  const framework = byKind(port.ownSheets(["framework"])).framework?.ref;
  if (!framework) {
    throw new UserError({ key: "err.noSheet", params: { sheet: sheetName(english, "framework") } });
  }
  return framework;
}

/** Shows the framework with the campaign's KPI rows selected. */
export function showCampaignRows(port: WorkbookPort, campaign: unknown, env: ServerEnv): void {
  const name = typeof campaign === "string" ? campaign.trim() : "";
  const framework = frameworkSheet(port);
  const { values, positions } = readFrameworkTable(port, framework, env.allCatalogs());
  const rows: number[] = [];
  values.forEach((line, i) => {
    const cell = line[positions.campaign - 1];
    if (i + 1 >= FRAMEWORK_FIRST_ROW && !isBlank(cell) && String(cell).trim() === name) {
      rows.push(i + 1);
    }
  });
  const first = rows[0];
  if (first === undefined) {
    throw new UserError({
      key: "err.noFrameworkRows",
      params: { sheet: framework.name, campaign: name },
    });
  }
  const width = values[0]?.length ?? 1;
  port.select(framework, {
    row: first,
    column: 1,
    numRows: (rows[rows.length - 1] as number) - first + 1,
    numColumns: width,
  });
}
