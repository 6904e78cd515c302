/**
 * Tests what clasp pushes: dist/Code.js loaded in a context holding only what Apps Script's
 * V8 has, called through its top-level functions exactly as Sheets calls them.
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { type AnyFunctionSpec, CUSTOM_FUNCTIONS } from "../src/core/function-specs";
import { LANGUAGE_CODES, LANGUAGES, type Lang } from "../src/core/i18n/languages";
import { CELL_ERROR_PREFIX } from "../src/core/ranges";
import { FEATURES } from "../src/features/features";
import { BUNDLE_PATH, loadBundle } from "../src/local/bundle";
import { catalogOf } from "../src/local/catalogs";
import { createAppsScript } from "../src/local/in-memory/index";
import { SETTINGS_NAMES } from "../src/sheets/templates/named-ranges";

const source = readFileSync(BUNDLE_PATH, "utf8");
const APPS_SCRIPT_SERVICES = [
  "SpreadsheetApp",
  "HtmlService",
  "PropertiesService",
  "LockService",
  "CacheService",
  "Session",
  "ScriptApp",
  "Utilities",
  "Logger",
  "UrlFetchApp",
  "DriveApp",
  "Charts",
];

/** Services that log every property read, to prove what touches them and when. */
function recordingServices(log: string[]): Record<string, unknown> {
  return Object.fromEntries(
    APPS_SCRIPT_SERVICES.map((name) => [
      name,
      new Proxy(
        {},
        {
          get(_target, property) {
            log.push(`${name}.${String(property)}`);
            return () => {
              throw new Error(`${name}.${String(property)} is not available here`);
            };
          },
        },
      ),
    ]),
  );
}

/** Code.js on the in-memory spreadsheet, for a user whose account has this locale. */
function withUi(userLocale = "en_US") {
  const standIn = createAppsScript({ userLocale });
  return { ui: standIn.ui, bundle: loadBundle(standIn.globals), standIn };
}

/** Globals of browsers and Node that Apps Script's V8 does not have. */
const NOT_IN_APPS_SCRIPT = [
  ...["setTimeout", "setInterval", "clearTimeout", "setImmediate", "queueMicrotask"],
  ...["structuredClone", "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "atob", "btoa"],
  ...["crypto", "fetch", "XMLHttpRequest", "performance", "navigator", "window", "document"],
  ...["self", "global", "process", "require", "module", "exports", "Buffer", "__dirname"],
  ...["WebAssembly", "SharedArrayBuffer", "Atomics"],
];

/**
 * Loads Code.js in a context where each global Apps Script lacks is a trap: a getter that
 * records every read of it, whether at load time or in a call, and then gives undefined.
 */
function loadWithTraps(globals: Record<string, unknown>, code = source) {
  const touched: string[] = [];
  const context = createContext({ ...globals });
  for (const name of NOT_IN_APPS_SCRIPT) {
    Object.defineProperty(context, name, {
      get: () => {
        touched.push(name);
        return undefined;
      },
    });
  }
  runInContext(code, context, { filename: "Code.js" });
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${name}`);
    return fn(...args);
  };
  return { touched, context, call };
}

/** Arguments for a custom function: one valid value per parameter, or one mixed column each. */
function sampleArgs(spec: AnyFunctionSpec, shape: "values" | "columns", date: Date): unknown[] {
  return spec.params.map((param, i) => {
    if (param.kind === "thresholds") return [[1_000], [10_000], [100_000], [1_000_000]];
    // A table function's words and column numbers are the same in either shape.
    if (param.kind === "text") {
      return param.name === "figure" ? "roas" : param.name === "base" ? "reach" : "";
    }
    if (param.kind === "position") return 18 + i - spec.params.length + 2;
    const value = param.kind === "cpm" ? "Instagram" : (i + 1) * 1_000;
    if (shape === "values") return value;
    return [[value], [""], ["12.5K"], ["$1,200"], ["4.5%"], [7.5], ["n/a"], [date], [-5], [0]];
  });
}

/** The trigger and menu functions, with the arguments Apps Script calls them with. */
const ENTRY_POINT_CALLS: Record<string, unknown[]> = {
  onOpen: [{ authMode: "NONE" }],
  onInstall: [{ authMode: "NONE" }],
  // An edit event without a range (none of Sheets' has none) changes nothing.
  onEdit: [{ authMode: "LIMITED" }],
  showFunctionReference: [],
  insertTemplatesFromMenu: [],
  showImportDialog: [],
  importStart: [],
  // A post and a shop order: checked, then planned and written (a post with a new campaign).
  previewImport: [
    {
      kind: "posts",
      source: "instagram",
      platform: "Instagram",
      campaign: "Spring",
      influencer: "Mia",
      fields: ["postUrl", "postDate", "views", "cost"],
      records: [
        { line: 2, values: ["https://www.instagram.com/p/ABC123/", "2026-03-05", 1200, "€ 70"] },
      ],
    },
  ],
  runImport: [
    {
      kind: "orders",
      source: "shopify",
      platform: null,
      campaign: "",
      influencer: "",
      fields: ["orderId", "promoCode", "revenue", "currency"],
      records: [{ line: 2, values: ["#1001", "MIA10", 59.9, "USD"] }],
    },
  ],
  showKpiWizard: [],
  writeFramework: [
    {
      goal: "sales",
      secondaryGoal: null,
      campaign: "Spring",
      start: "2026-03-01",
      end: "2026-04-30",
      budget: 1000,
      kpis: [
        {
          kpi: "returnOnSpend",
          metrics: ["roas"],
          baseline: 1,
          target: 2,
          deadline: "2026-04-30",
          owner: "",
          tactic: "",
        },
      ],
    },
  ],
  wizardStart: [],
  // A ticket of no write: refused, nothing changed.
  undoFrameworkWrite: [{ id: "no-such-write" }],
  showFrameworkHelp: [],
  openFrameworkHelp: [],
  selectFrameworkRows: ["Spring"],
  showReportMaker: [],
  showReportViewer: [],
  cleanUpNumbersFromMenu: [],
  reportStart: [],
  // The tracker has no posts: both say so, and add nothing.
  createReportSheet: [{ campaign: null, from: null, to: null }],
  openReportPage: [{ campaign: null, from: null, to: null }],
  reportForPage: [{ campaign: null, from: null, to: null }],
};

/**
 * Calls every top-level function of Code.js: each custom function with single values, with
 * whole columns holding blanks, text numbers, a date and bad cells, with its required
 * arguments only and with a bad value; each trigger and menu action. Returns the names called.
 */
function callEveryFunction(bundle: ReturnType<typeof loadWithTraps>): string[] {
  const date = runInContext(`new Date("2026-03-01T00:00:00Z")`, bundle.context) as Date;
  const called: string[] = [];
  for (const spec of CUSTOM_FUNCTIONS) {
    const required = spec.params.filter((p) => p.default === undefined && !p.optional).length;
    const values = sampleArgs(spec, "values", date);
    const single = bundle.call(spec.name, ...values);
    // KPIRANGE's two bounds come side by side in one row.
    const shown = spec.kind === "table" && spec.width > 1 ? (single as unknown[][])[0] : [single];
    expect(shown, spec.name).toHaveLength(spec.kind === "table" ? spec.width : 1);
    for (const value of shown ?? []) expect(typeof value, spec.name).toMatch(/^(number|string)$/);
    const columns = bundle.call(spec.name, ...sampleArgs(spec, "columns", date));
    // A table function gives one row: one value, or values side by side.
    if (spec.kind === "table") expect([columns].flat(2), spec.name).toHaveLength(spec.width);
    else expect(columns, spec.name).toHaveLength(10);
    bundle.call(spec.name, ...values.slice(0, required));
    expect(() => bundle.call(spec.name, "n/a", ...values.slice(1)), spec.name).toThrow(spec.name);
    called.push(spec.name);
  }
  for (const [name, args] of Object.entries(ENTRY_POINT_CALLS)) {
    bundle.call(name, ...args);
    called.push(name);
  }
  return called;
}

describe("loading Code.js", () => {
  it("loadBundle's context has no browser or Node globals", () => {
    const { context } = loadBundle();
    for (const name of NOT_IN_APPS_SCRIPT) {
      expect(runInContext(`typeof ${name}`, context), name).toBe("undefined");
    }
  });

  it("Code.js reads no browser or Node global while loading or in any top-level function", () => {
    const standIn = createAppsScript();
    const bundle = loadWithTraps(standIn.globals);
    let called: string[] = [];
    try {
      called = callEveryFunction(bundle);
    } finally {
      // Checked even when a call failed, since a missing global most likely made it fail.
      expect(bundle.touched).toEqual([]);
    }
    expect(called.sort(), "call every top-level function here").toEqual(
      [...loadBundle().functionNames].sort(),
    );
    // The calls did their work: the menu, the dialog, the sidebar, the inserted sheets and
    // the framework's selected rows are there.
    expect(standIn.ui.menus.get("Add-on")).toHaveLength(8);
    // The function reference, the import dialog, the framework help twice, the report dialog
    // twice, the report page.
    expect(standIn.ui.dialogs).toHaveLength(7);
    expect(standIn.ui.sidebars).toHaveLength(1);
    expect(standIn.spreadsheet.selection).toMatchObject({ row: 2, numRows: 1 });
    expect(standIn.spreadsheet.getSheets()).toHaveLength(4);
    expect(standIn.ui.alerts).toEqual([]);
  });

  it("the traps catch a global read in a function that runs, or at load time", () => {
    const stub = "function CPE(cost, engagements) {\n";
    expect(source).toContain(stub);
    const inCall = loadWithTraps({}, source.replace(stub, `${stub}  setTimeout(() => {}, 0);\n`));
    expect(inCall.touched).toEqual([]);
    expect(() => inCall.call("CPE", 1000, 500)).toThrow("setTimeout is not a function");
    expect(inCall.touched).toEqual(["setTimeout"]);
    expect(loadWithTraps({}, `var env = typeof process;\n${source}`).touched).toEqual(["process"]);
  });

  it("calls no Apps Script service at load time (AuthMode.NONE)", () => {
    const log: string[] = [];
    const bundle = loadBundle(recordingServices(log));
    expect(log).toEqual([]);
    // The recording works: opening the document does reach a service.
    expect(() => bundle.call("onOpen", { authMode: "NONE" })).toThrow();
    expect(log).toContain("Session.getActiveUserLocale");
  });

  it("ships no dev-only library", () => {
    expect(source).not.toMatch(/hyperformula|exceljs|playwright/i);
  });
});

describe("top-level declarations", () => {
  const stubs = new Map(
    [...source.matchAll(/\/\*\*\n([\s\S]*?)\*\/\nfunction (\w+)\(([^)]*)\)/g)].map((m) => [
      m[2] as string,
      { doc: m[1] as string, params: (m[3] as string).split(", ").filter(Boolean) },
    ]),
  );

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))(
    "%s has a stub with its real parameters and @customfunction JSDoc",
    (name, spec) => {
      const stub = stubs.get(name);
      expect(stub, `no documented stub for ${name}`).toBeDefined();
      expect(stub?.params).toEqual(spec.params.map((p) => p.name));
      expect(stub?.doc).toContain("@customfunction");
      expect(stub?.doc).toContain(spec.summary);
      expect(stub?.doc).toContain(`Example: ${spec.example}`);
      expect(stub?.doc).toMatch(/@return \{[^}]+\} \S/);
      for (const p of spec.params) {
        expect(stub?.doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? \\S`));
      }
    },
  );

  it("declares the triggers and the menu's targets", () => {
    const { functionNames } = loadBundle();
    expect(functionNames).toEqual(
      expect.arrayContaining(["onOpen", "onInstall", "showFunctionReference"]),
    );
  });
});

describe("custom functions called as Sheets calls them", () => {
  const { bundle } = withUi();
  const col = (...values: unknown[]) => values.map((v) => [v]);

  it("take single values", () => {
    expect(bundle.call("CPE", 1000, 500)).toBe(2);
    expect(bundle.call("ROI", 3000, 1000)).toBe(2);
    expect(bundle.call("EMV", 10_000, "Instagram")).toBeCloseTo(67, 10);
    expect(bundle.call("TIER", 25_000)).toBe("Micro");
  });

  it("take whole columns with blanks and percent cells as fractions", () => {
    expect(bundle.call("CTR", col(50, "", 30), col(1000, 400, 1500))).toEqual(col(0.05, "", 0.02));
    expect(bundle.call("ENGRATE", col(0.045 * 2000), 2000)).toBeCloseTo(0.045, 12);
    expect(bundle.call("KPIPROGRESS", 0.03, 0.05, 0.01)).toBeCloseTo(0.5, 12);
  });

  it("omitted optional arguments arrive as undefined and take their defaults", () => {
    expect(bundle.call("ENGAGEMENTS", col(10, 20))).toEqual(col(10, 20));
    expect(bundle.call("KPIPROGRESS", 50, 200)).toBe(0.25);
  });

  it("report a date cell clearly, as an error or a marked cell", () => {
    const date = bundle.date("2026-03-01T00:00:00Z");
    expect(() => bundle.call("CPE", date, 10)).toThrow("CPE: cost is a date, not a number");
    expect(bundle.call("CPE", col(100, date), col(10, 10))).toEqual(
      col(10, `${CELL_ERROR_PREFIX}cost is a date, not a number`),
    );
  });

  it("fill a 100,000-row open range in one call", () => {
    const rows = 100_000;
    const cost = Array.from({ length: rows }, (_, i) => [i < 80_000 ? 100 + i : ""]);
    const result = bundle.call("CPE", cost, 4) as unknown[][];
    expect(result).toHaveLength(80_000);
    expect(result[79_999]).toEqual([(100 + 79_999) / 4]);
  });

  it("throw an Error naming function, argument and problem", () => {
    expect(() => bundle.call("CPE", 1000, 0)).toThrow(
      "CPE: engagements is 0 — no cost per engagement without engagements",
    );
  });
});

describe("menu", () => {
  it("onOpen adds the add-on menu with only existing features, and every item resolves", () => {
    const { ui, bundle } = withUi();
    bundle.call("onOpen", { authMode: "NONE" });
    const items = ui.menus.get("Add-on") ?? [];
    expect(items.map((i) => i.label)).toEqual([
      "Insert templates",
      "Import data…",
      "Build KPI framework",
      "KPI framework help",
      "Generate report",
      "View report",
      "Clean up numbers",
      "Function reference",
    ]);
    for (const item of items) expect(bundle.functionNames).toContain(item.functionName);
  });

  it.each([
    ["da_DK", "da"],
    ["it", "it"],
    ["zh_CN", "zh-CN"],
    ["ky_KG", "ky"],
    ["fr_FR", "en"],
    ["zh_TW", "en"],
  ] as const)("follows the user's locale %s (%s)", (locale, lang) => {
    const { ui, bundle } = withUi(locale);
    bundle.call("onOpen", { authMode: "NONE" });
    expect(ui.menus.get("Add-on")?.map((i) => i.label)).toEqual(
      FEATURES.flatMap((feature) => feature.menu.map((item) => item.labels[lang])),
    );
  });

  it("onInstall builds the same menu", () => {
    const { ui, bundle } = withUi();
    bundle.call("onInstall", { authMode: "NONE" });
    expect(ui.menus.get("Add-on")?.map((i) => i.functionName)).toEqual([
      "insertTemplatesFromMenu",
      "showImportDialog",
      "showKpiWizard",
      "showFrameworkHelp",
      "showReportMaker",
      "showReportViewer",
      "cleanUpNumbersFromMenu",
      "showFunctionReference",
    ]);
  });

  it.each(LANGUAGE_CODES)(
    "Function reference in %s lists every custom function with an example",
    (lang) => {
      const { ui, bundle, standIn } = withUi();
      bundle.call("insertTemplatesFromMenu");
      standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.setValue(LANGUAGES[lang]);
      bundle.call("showFunctionReference");
      const dialog = ui.dialogs[0];
      const html = dialog?.output.getContent() ?? "";
      expect(dialog?.title).toBe(catalogOf(lang)["dialog.functionReference"]);
      expect(html).toContain(`lang="${lang}"`);
      for (const spec of CUSTOM_FUNCTIONS) {
        expect(html).toContain(`id="${spec.name}"`);
        expect(html).toContain(`${spec.name}(`);
      }
    },
  );
});

describe("the Function reference in the spreadsheet's locale", () => {
  /** The dialog's formulas when the add-on speaks lang in a spreadsheet of locale. */
  function formulas(lang: Lang, locale: string): string[] {
    const standIn = createAppsScript({ locale });
    const bundle = loadBundle(standIn.globals);
    bundle.call("insertTemplatesFromMenu");
    standIn.spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.setValue(LANGUAGES[lang]);
    bundle.call("showFunctionReference");
    const html = standIn.ui.dialogs[0]?.output.getContent() ?? "";
    // As a person reads them: entities such as &quot; hold a semicolon of their own.
    return [...html.matchAll(/<code>(.*?)<\/code>/g)].map((m) =>
      (m[1] ?? "")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&"),
    );
  }

  it("separates arguments with semicolons where the locale marks decimals with a comma", () => {
    for (const [lang, locale] of [
      ["da", "da_DK"],
      ["it", "it_IT"],
      ["ky", "ky_KG"],
      ["en", "de_DE"],
    ] as const) {
      const codes = formulas(lang, locale);
      expect(codes, `${lang} in ${locale}`).toContain("=CPE(S3:S; Y3:Y)");
      expect(codes, `${lang} in ${locale}`).toContain(
        "ENGAGEMENTS(likes; [comments]; [shares]; [saves]; [clicks])",
      );
      expect(codes.join(" "), `${lang} in ${locale}`).not.toContain(", ");
    }
  });

  it("keeps commas where the locale marks decimals with a point, whatever the language", () => {
    for (const [lang, locale] of [
      ["en", "en_US"],
      ["zh-CN", "zh_CN"],
      ["da", "en_US"],
      ["it", "it_CH"],
    ] as const) {
      const codes = formulas(lang, locale);
      expect(codes, `${lang} in ${locale}`).toContain("=CPE(S3:S, Y3:Y)");
      expect(codes.join(" "), `${lang} in ${locale}`).not.toContain(";");
    }
  });
});

describe("Insert templates, run from the menu in the bundle", () => {
  it("builds the three sheets in the in-memory workbook and says so in a toast", () => {
    const standIn = createAppsScript();
    loadBundle(standIn.globals).call("insertTemplatesFromMenu");
    expect(standIn.ui.alerts).toEqual([]);
    expect(standIn.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      "Settings",
      "Campaign Tracker",
      "KPI Framework",
    ]);
    expect(standIn.spreadsheet.toasts).toEqual([
      { title: "Influencer KPIs", message: "Added Settings, Campaign Tracker, KPI Framework." },
    ]);
    expect(standIn.ui.alerts).toEqual([]);
    expect(standIn.lock.hasLock()).toBe(false);
  });

  it("tells the user to try again when another run holds the lock", () => {
    const standIn = createAppsScript();
    standIn.lock.heldElsewhere = true;
    loadBundle(standIn.globals).call("insertTemplatesFromMenu");
    expect(standIn.ui.alerts[0]?.prompt).toMatch(/busy .* Try again in a moment\./);
    expect(standIn.spreadsheet.getSheets()).toHaveLength(1);
  });

  it("shows an unexpected failure in plain words, without a stack trace", () => {
    const standIn = createAppsScript();
    standIn.spreadsheet.insertSheet = () => {
      throw new Error("Service Spreadsheets failed while accessing document");
    };
    const bundle = loadBundle({ ...standIn.globals, console: { error: () => {} } });
    bundle.call("insertTemplatesFromMenu");
    const prompt = standIn.ui.alerts[0]?.prompt ?? "";
    expect(prompt).toBe(
      "Could not insert the templates: Service Spreadsheets failed while accessing document",
    );
    expect(prompt).not.toMatch(/\bat \w|\.js:\d/);
    expect(standIn.lock.hasLock()).toBe(false);
  });
});
