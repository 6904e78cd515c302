/**
 * Every action ends with the complete result or the state before it. Each action runs once to
 * count its writes, then once more per write with that write failing (as a Sheets service error
 * would): the whole workbook (values, formulas, formats, notes, validation, names, protections,
 * tags, charts, panes, widths) must be exactly as before the action.
 */
import { expect, it } from "vitest";
import { cleanUpNumbers } from "../../../src/features/cleanup/clean-up";
import { createReportSheet } from "../../../src/features/report/report";
import { saveFramework, undoFramework } from "../../../src/features/wizard/wizard";
import { workbookSnapshot } from "../../../src/local/in-memory/snapshot";
import { SAMPLE_FRAMEWORKS } from "../../../src/local/sample-frameworks";
import { ownSheet } from "../../../src/sheets/insert-templates";
import { SETTINGS_NAMES } from "../../../src/sheets/templates/named-ranges";
import { appendTrackerRows } from "../../../src/sheets/tracker-rows";
import { calendarDay } from "../../../src/sheets/workbook";
import { env, frameworkColumn, inMemory, insert, post, trackerColumn } from "../helpers";

type StandIn = ReturnType<typeof inMemory>;

/** A few posts of two campaigns, messy cells included. */
const POSTS = [
  post({
    campaign: "Spring Glow Launch",
    influencer: "Lena",
    platform: "Instagram",
    postDate: calendarDay("2026-03-02"),
    followers: 12_000,
    impressions: 20_000,
    likes: 800,
    comments: 40,
    clicks: 300,
    conversions: 12,
    revenue: 2400,
    cost: 600,
  }),
  post({
    campaign: "Spring Glow Launch",
    influencer: "Noah",
    platform: "TikTok",
    postDate: calendarDay("2026-03-05"),
    followers: "1.3M",
    views: 90_000,
    likes: 5000,
    cost: "€ 760",
  }),
  post({
    campaign: "Summer Sun Sale",
    influencer: "Ana",
    platform: "YouTube",
    postDate: calendarDay("2026-06-10"),
    followers: 250_000,
    impressions: 400_000,
    views: 60_000,
    likes: 3000,
    clicks: 900,
    revenue: 9000,
    cost: 2500,
    notes: "=2 posts for the price of 1",
  }),
];

/** Templates, posts and the sample frameworks, in a time zone east of UTC. */
function filled(): StandIn {
  const standIn = inMemory({ timeZone: "Asia/Tokyo" });
  insert(standIn.port);
  appendTrackerRows(standIn.port, ownSheet(standIn.port, "tracker"), POSTS);
  for (const draft of SAMPLE_FRAMEWORKS.slice(0, 2)) {
    expect(saveFramework(standIn.port, draft, env()).ok).toBe(true);
  }
  // A user's own touches, which no action may change: a format, a note, a column.
  const framework = standIn.spreadsheet.sheetNamed("KPI Framework");
  framework?.getRange(2, frameworkColumn("baseline")).setNumberFormat("0.000");
  framework?.getRange(3, frameworkColumn("owner")).setNote("Ask Maja");
  return standIn;
}

/** The Undo ticket each workbook's last write gave. */
const undoTickets = new WeakMap<StandIn, unknown>();

export interface Action {
  readonly name: string;
  readonly workbook: () => StandIn;
  readonly run: (standIn: StandIn) => unknown;
}

export const ACTIONS: readonly Action[] = [
  {
    name: "Insert templates on a new spreadsheet",
    workbook: () => inMemory(),
    run: ({ port }) => insert(port),
  },
  {
    name: "Insert templates again: relabel, rename, repair, names put back, upgrade",
    workbook: () => {
      const standIn = filled();
      const { spreadsheet } = standIn;
      spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.setValue("Dansk");
      spreadsheet.removeNamedRange(SETTINGS_NAMES.tierThresholds);
      const tracker = spreadsheet.sheetNamed("Campaign Tracker");
      tracker?.getRange(3, trackerColumn("tier")).setValue("oops");
      tracker?.getRange(1, trackerColumn("notes")).setValue("");
      // An older template version: the tag says so.
      const tag = tracker?.metadata.find((m) => m.key === "influencer-kpis.sheet");
      if (tag?.value) tag.value = tag.value.replace(/"version":\d+/, '"version":3');
      return standIn;
    },
    run: ({ port }) => insert(port, "da"),
  },
  {
    name: "Write a framework in a spreadsheet without templates",
    workbook: () => {
      const standIn = inMemory();
      standIn.spreadsheet.getActiveSheet().getRange("A1").setValue("my own data");
      return standIn;
    },
    run: ({ port }) => {
      const outcome = saveFramework(port, SAMPLE_FRAMEWORKS[0], env());
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    },
  },
  {
    name: "Write a framework over an existing one, other campaigns' rows between",
    workbook: filled,
    run: ({ port }) => {
      // The first campaign again: one KPI dropped, one target changed.
      const [first] = SAMPLE_FRAMEWORKS;
      const [kept, ...rest] = first?.kpis ?? [];
      const changed = { ...first, kpis: [...rest, { ...kept, target: 2_500_000 }] };
      const outcome = saveFramework(port, changed, env());
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    },
  },
  {
    name: "Undo a framework write that inserted rows among other campaigns",
    workbook: () => {
      const standIn = filled();
      // Spring Glow Launch again with one more KPI: a row inserted above Summer Sun Sale's.
      const [first] = SAMPLE_FRAMEWORKS;
      const kpis = first?.kpis ?? [];
      const more = { ...kpis[0], kpi: "brandInterest", metrics: ["brandSearchVolume"] };
      const grown = { ...first, kpis: [...kpis, { ...more, baseline: 100, target: 150 }] };
      const outcome = saveFramework(standIn.port, grown, env());
      if (!outcome.ok || !outcome.undo) throw new Error(JSON.stringify(outcome));
      undoTickets.set(standIn, outcome.undo);
      return standIn;
    },
    run: (standIn) => {
      const outcome = undoFramework(standIn.port, undoTickets.get(standIn), env());
      if (!outcome.ok) throw new Error(outcome.message);
    },
  },
  {
    name: "Generate a report sheet",
    workbook: filled,
    run: ({ port }) => {
      const outcome = createReportSheet(port, { campaign: null, from: null, to: null }, env());
      if (!outcome.ok) throw new Error(outcome.message);
    },
  },
  {
    name: "Clean up numbers",
    workbook: filled,
    run: ({ port }) => cleanUpNumbers(port, env().allCatalogs(), env().catalog("en")),
  },
  {
    name: "Append tracker rows",
    workbook: filled,
    run: ({ port }) => appendTrackerRows(port, ownSheet(port, "tracker"), POSTS),
  },
];

/** Fails each write of the action in turn and compares the whole workbook each time. */
export function failEveryWrite({ workbook, run }: Action): void {
  it("fails at any write and leaves the whole workbook as it was", { timeout: 600_000 }, () => {
    const clean = workbook();
    clean.spreadsheet.log.reset();
    run(clean);
    const writes = clean.spreadsheet.log.writes;
    expect(writes).toBeGreaterThan(0);

    // A workbook the rollback put back as it was serves the next try as well as a new one.
    let standIn = workbook();
    const before = workbookSnapshot(standIn.spreadsheet);
    const quiet = console.error;
    console.error = () => {};
    const left: string[] = [];
    try {
      for (let write = 1; write <= writes; write++) {
        standIn.spreadsheet.log.reset();
        standIn.spreadsheet.log.failAt(write);
        expect(() => run(standIn), `write ${write} of ${writes}`).toThrow(/failed at write/);
        const after = workbookSnapshot(standIn.spreadsheet);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          left.push(`write ${write} of ${writes}: ${difference(before, after).join("; ")}`);
          standIn = workbook();
        }
      }
    } finally {
      console.error = quiet;
    }
    expect(left).toEqual([]);
  });
}

/** Where two snapshots differ, briefly: the first few paths. */
function difference(a: unknown, b: unknown, path = "", found: string[] = []): string[] {
  if (found.length >= 5) return found;
  if (JSON.stringify(a) === JSON.stringify(b)) return found;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      difference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}/${key}`,
        found,
      );
    }
    return found;
  }
  found.push(`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  return found;
}
