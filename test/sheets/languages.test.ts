/**
 * The five languages: complete catalogs, templates inserted and run in each language, and a
 * switch of language that relabels the add-on's sheets without touching user data.
 */
import { describe, expect, it } from "vitest";
import { TIERS } from "../../src/core/defaults";
import type { Catalog, MessageKey } from "../../src/core/i18n/catalog";
import { en, en as english } from "../../src/core/i18n/en";
import { HOME_LOCALES, LANGUAGE_CODES, LANGUAGES, type Lang } from "../../src/core/i18n/languages";
import { columnLabel, sheetName } from "../../src/core/labels";
import { CELL_ERROR_PREFIX } from "../../src/core/ranges";
import { COMPUTED_KEYS, FRAMEWORK_KEYS, TRACKER_KEYS } from "../../src/core/tracker-columns";
import { FEATURES } from "../../src/features/features";
import { describeInsert } from "../../src/features/templates/describe";
import { saveFramework } from "../../src/features/wizard/wizard";
import { catalogOf } from "../../src/local/catalogs";
import { marksOf, sampleTracker } from "../../src/local/sample-tracker";
import { ownSheet } from "../../src/sheets/insert-templates";
import { SETTINGS_NAMES } from "../../src/sheets/templates/named-ranges";
import { appendTrackerRows } from "../../src/sheets/tracker-rows";
import { UserError } from "../../src/sheets/workbook";
import { env, frameworkColumn, inMemory, insert, trackerColumn } from "./helpers";

const TRANSLATED = LANGUAGE_CODES.filter((lang) => lang !== "en");
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Entries that may read as in English: abbreviations and names the field uses as they are,
 * and words that are spelled the same in the language.
 */
const ABBREVIATIONS = [
  ...["col.emv", "col.cpm", "col.cpe", "col.ctr", "col.roi", "col.roas", "source.crm"],
  ...["report.verdictMetric.cpe", "report.verdictMetric.roas", "arg.emv"],
];
/** Texts of placeholders and signs only ("{numerator} ÷ {denominator}"): nothing to translate. */
const wordless = (text: string) => !/\p{L}/u.test(text.replace(/\{\w+\}/g, ""));
const SAME_AS_ENGLISH: Readonly<Record<Lang, readonly string[]>> = {
  en: [],
  "zh-CN": [...ABBREVIATIONS, "settings.cpm", "col.kpi"],
  da: [
    ...ABBREVIATIONS,
    ...["col.kpi", "settings.cpm", "tier.Nano", "tier.Mega", "col.influencer", "col.platform"],
    ...["settings.platform", "col.status", "col.likes", "arg.likes", "arg.leads"],
    ...["arg.positive", "arg.negative"],
    // Words Danish marketers use as they are.
    ...["goal.engagement", "kpi.engagement", "kpi.leads", "metric.leads", "kpi.backlinks"],
    ...["metric.backlinks", "kpi.sentiment", "metric.likes", "metric.shareOfVoice"],
    ...["smart.relevant", "wizard.campaign.budget", "page.budget", "guide.status.title"],
    // "1 influencer": the Danish singular is the English one.
    "report.count.influencers.one",
    ...["import.influencer", "import.sales.influencer", "import.ledger.influencer"],
  ],
  it: [
    ...ABBREVIATIONS,
    ...["col.kpi", "settings.cpm", "tier.Nano", "tier.Micro", "tier.Macro", "tier.Mega"],
    ...["col.influencer", "col.formula", "arg.base"],
    // Terms Italian marketers use in English.
    ...["goal.awareness", "goal.leads", "goal.seo", "goal.engagement", "kpi.engagement"],
    ...["kpi.sentiment", "kpi.outreach", "metric.emv", "metric.shareOfVoice", "metric.brandLift"],
    ...["wizard.campaign.budget", "page.budget"],
    // "1 post", "1 influencer": English words Italian uses, in the singular.
    ...["report.count.posts.one", "report.count.influencers.one"],
    ...["import.influencer", "import.sales.influencer", "import.changes.post"],
    "import.ledger.influencer",
  ],
  ky: [...ABBREVIATIONS, "col.kpi", "settings.cpm"],
};

describe("catalogs", () => {
  const keys = Object.keys(en) as MessageKey[];

  it.each(TRANSLATED)("%s has every key, with the same placeholders as English", (lang) => {
    const catalog = catalogOf(lang);
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(placeholders(catalog[key]), `${lang} ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it.each(TRANSLATED)("%s leaves no entry in English but the listed names", (lang) => {
    const catalog = catalogOf(lang);
    const same = keys.filter((key) => catalog[key] === en[key] && !wordless(en[key]));
    expect(same.sort()).toEqual([...SAME_AS_ENGLISH[lang]].sort());
  });

  it("the menu, which travels in Code.js, has every item in every language", () => {
    for (const feature of FEATURES) {
      for (const item of feature.menu) {
        for (const lang of LANGUAGE_CODES) expect(item.labels[lang].trim(), lang).not.toBe("");
        const translated = TRANSLATED.filter((lang) => item.labels[lang] !== item.labels.en);
        expect(translated, item.run).toEqual(TRANSLATED);
      }
    }
  });

  it("every language names itself in its own script", () => {
    expect(Object.values(LANGUAGES)).toEqual([
      "English",
      "简体中文",
      "Dansk",
      "Italiano",
      "Кыргызча",
    ]);
  });
});

/** The sample tracker in a new spreadsheet whose user speaks lang. */
function sampleIn(lang: Lang) {
  const locale = HOME_LOCALES[lang];
  const standIn = inMemory({ locale });
  const result = insert(standIn.port, lang);
  appendTrackerRows(
    standIn.port,
    ownSheet(standIn.port, "tracker"),
    sampleTracker(marksOf(locale)),
  );
  return { ...standIn, result, catalog: catalogOf(lang) };
}

/** Every computed value of the tracker's posts, by row. */
function computed(standIn: ReturnType<typeof sampleIn>) {
  const sheet = standIn.spreadsheet.sheetNamed(ownSheet(standIn.port, "tracker").name);
  const first = trackerColumn(COMPUTED_KEYS[0]);
  const rows = sheet?.getLastRow() ?? 0;
  // Posts only: the native totals row sums what each locale types as numbers, and an Italian
  // sheet types "€ 760" as the number 760 where a US sheet keeps it as text.
  const values = sheet?.getRange(3, first, rows - 2, COMPUTED_KEYS.length).getValues() ?? [];
  // A flagged cell says why in the sheet's language, and a tier is named in it: compare that
  // a cell is flagged, and which tier it names.
  const catalog = standIn.catalog;
  const tierOf = new Map(TIERS.map((tier) => [catalog[`tier.${tier}`], tier]));
  return values.map((line) =>
    line.map((v) => {
      if (typeof v !== "string") return v;
      if (v.startsWith(CELL_ERROR_PREFIX)) return "⚠";
      return tierOf.get(v) ?? v;
    }),
  );
}

describe.each(LANGUAGE_CODES)("templates in %s", (lang) => {
  it("label every sheet, header, note, rule and status word in the language", () => {
    const { spreadsheet, result, catalog } = sampleIn(lang);
    expect(result.language).toBe(lang);
    expect(result.created).toEqual(
      ["settings", "tracker", "framework"].map((k) => sheetName(catalog, k as never)),
    );
    const tracker = spreadsheet.sheetNamed(sheetName(catalog, "tracker"));
    expect(tracker?.getRange(1, 1, 1, TRACKER_KEYS.length).getValues()[0]).toEqual(
      TRACKER_KEYS.map((key) => columnLabel(catalog, key)),
    );
    expect(tracker?.getRange(2, 1).getValue()).toBe(catalog["tracker.totals"]);
    const note = tracker?.getRange(1, trackerColumn("emv")).getNotes()[0]?.[0] ?? "";
    expect(note.startsWith(catalog["tracker.computedNote"].split("{")[0] ?? "")).toBe(true);
    // The note shows the formula as people type it in the locale: semicolons where a comma
    // marks decimals.
    expect(note).toContain(
      lang === "en" || lang === "zh-CN"
        ? '=EMV(ARRAYFORMULA(IF(H3:H="", I3:I, H3:H)), '
        : '=EMV(ARRAYFORMULA(IF(H3:H=""; I3:I; H3:H)); ',
    );
    const rule = tracker?.getRange(3, trackerColumn("postDate")).getDataValidations()[0]?.[0];
    expect(rule?.getHelpText()).toBe(catalog["help.postDate"]);
    const framework = spreadsheet.sheetNamed(sheetName(catalog, "framework"));
    expect(framework?.getRange(1, 1, 1, FRAMEWORK_KEYS.length).getValues()[0]).toEqual(
      FRAMEWORK_KEYS.map((key) => columnLabel(catalog, key)),
    );
    framework?.getRange(2, frameworkColumn("kpi")).setValue(catalog["kpi.sales"]);
    framework?.getRange(2, frameworkColumn("baseline"), 1, 2).setValues([[0, 10]]);
    framework?.getRange(2, frameworkColumn("actual")).setValue(12);
    expect(framework?.getRange(2, frameworkColumn("status")).getValue()).toBe(
      catalog["status.met"],
    );
    const settings = spreadsheet.sheetNamed(sheetName(catalog, "settings"));
    expect(settings?.getRange(4, 1).getValue()).toBe(catalog["settings.currency"]);
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.getValue()).toBe(LANGUAGES[lang]);
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.engagementBase)?.getValue()).toBe(
      catalog["base.followers"],
    );
    expect(describeInsert(result, catalog)).toContain(sheetName(catalog, "tracker"));
  });

  it("show money and dates the way the spreadsheet's locale writes them, in US dollars until Settings says otherwise", () => {
    const { spreadsheet, catalog } = sampleIn(lang);
    const tracker = spreadsheet.sheetNamed(sheetName(catalog, "tracker"));
    const formats = tracker?.getRange(3, trackerColumn("postDate"), 1, 1).getNumberFormats();
    expect([
      formats?.[0]?.[0],
      tracker?.getRange(3, trackerColumn("cost")).getNumberFormats()[0]?.[0],
    ]).toEqual(
      {
        en: ["m/d/yyyy", "[$$]#,##0.00"],
        "zh-CN": ["yyyy-mm-dd", "[$$]#,##0.00"],
        da: ["dd-mm-yyyy", "#,##0.00 [$$]"],
        it: ["dd/mm/yyyy", "#,##0.00 [$$]"],
        ky: ["dd.mm.yyyy", "#,##0.00 [$$]"],
      }[lang],
    );
  });

  it("compute the same numbers as in English", () => {
    expect(computed(sampleIn(lang))).toEqual(computed(sampleIn("en")));
  });

  it("are checked again without a second set of warnings", () => {
    const { spreadsheet, port, catalog } = sampleIn(lang);
    insert(port, lang);
    expect(spreadsheet.sheetNamed(sheetName(catalog, "tracker"))?.protections).toHaveLength(2);
  });
});

describe("switching the language", () => {
  it("relabels the add-on's sheets in the new language and keeps every user cell", () => {
    const standIn = sampleIn("en");
    const { spreadsheet, port } = standIn;
    spreadsheet.getRangeByName(SETTINGS_NAMES.engagementBase)?.setValue("Reach");
    const before = computed(standIn);
    const tracker = spreadsheet.sheetNamed("Campaign Tracker");
    const inputs = tracker?.getRange(3, 1, 231, 22).getValues();
    spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.setValue("Dansk");
    const result = insert(port);
    const da = catalogOf("da");
    expect(result.language).toBe("da");
    expect(result.relabelled).toEqual(
      ["Indstillinger", "Kampagnetracker", "KPI-ramme"].map((n) => n),
    );
    expect(describeInsert(result, da)).toContain("Dansk");
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      sheetName(da, "settings"),
      sheetName(da, "tracker"),
      sheetName(da, "framework"),
    ]);
    expect(tracker?.getRange(1, 1, 1, TRACKER_KEYS.length).getValues()[0]).toEqual(
      TRACKER_KEYS.map((key) => columnLabel(da, key)),
    );
    expect(tracker?.getRange(3, 1, 231, 22).getValues()).toEqual(inputs);
    const settings = spreadsheet.sheetNamed(sheetName(da, "settings"));
    expect(settings?.getRange(9, 3).getValue()).toBe(
      'ad-calc.com, "Digital Advertising Benchmarks 2024" (gennemsnitlig CPM pr. platform, USD)',
    );
    // "Reach" is now the Danish word for it, and the engagement rate still divides by reach.
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.engagementBase)?.getValue()).toBe(
      da["base.reach"],
    );
    expect(computed(standIn)).toEqual(before);
    // A second run finds nothing left to do; switching back restores English.
    expect(insert(port).relabelled).toEqual([]);
    spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.setValue("English");
    insert(port);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      "Settings",
      "Campaign Tracker",
      "KPI Framework",
    ]);
    expect(computed(standIn)).toEqual(before);
  });

  it("keeps a name the user gave a sheet", () => {
    const { spreadsheet, port } = sampleIn("en");
    spreadsheet.sheetNamed("Campaign Tracker")?.setName("Posts 2026");
    spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.setValue("Italiano");
    insert(port);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toContain("Posts 2026");
    expect(spreadsheet.getSheets().map((s) => s.getName())).toContain(
      sheetName(catalogOf("it"), "framework"),
    );
  });

  it("refuses a language the add-on does not speak, naming the five, and writes nothing", () => {
    const { spreadsheet, port } = sampleIn("en");
    spreadsheet.getRangeByName(SETTINGS_NAMES.language)?.setValue("Klingon");
    spreadsheet.log.reset();
    let error: unknown;
    try {
      insert(port);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      '"Klingon" is not a language Influencer KPIs speaks. Choose one of: English, 简体中文, Dansk, Italiano, Кыргызча.',
    );
    const writes = [...spreadsheet.log.counts.keys()].filter((k) => /\.set|insert|protect/.test(k));
    expect(writes).toEqual([]);
  });
});

describe("a header renamed since an earlier release", () => {
  /** A KPI Framework in lang whose statement column still has the header it had. */
  function oldFramework(lang: Lang, header: string) {
    const standIn = inMemory({ locale: HOME_LOCALES[lang] });
    insert(standIn.port, lang);
    const catalog = catalogOf(lang);
    const sheet = standIn.spreadsheet.sheetNamed(sheetName(catalog, "framework"));
    sheet?.getRange(1, frameworkColumn("statement")).setValue(header);
    return { ...standIn, catalog, sheet };
  }

  it.each([
    ["it", "Obiettivo", /^Ricavi: crescita da 100 \$ a 20\.000 \$ entro il 30\/06\/2027$/],
    [
      "ky",
      "Максат",
      /^30\.06\.2027 датасына чейин киреше 100\s\$ деңгээлинен 20\s000\s\$ деңгээлине чейин өсүшү керек$/,
    ],
  ] as const)(
    "%s: the statement column headed %s is still found, and gets its new header from Insert templates",
    (lang, header, statement) => {
      const { port, catalog, sheet } = oldFramework(lang, header);
      // The goal has the same header: each column is told apart by its place.
      expect(catalog["col.goal"]).toBe(header);
      const width = sheet?.getLastColumn();
      const draft = {
        goal: "sales",
        secondaryGoal: null,
        campaign: "Summer Sun Sale",
        start: "2027-01-01",
        end: "2027-06-30",
        budget: 5000,
        kpis: [
          {
            kpi: "sales",
            metrics: ["revenue"],
            baseline: 100,
            target: 20_000,
            deadline: "2027-06-30",
            owner: "Mia",
            tactic: "promoCodes",
          },
        ],
      };
      expect(saveFramework(port, draft, env(lang)).ok).toBe(true);
      const row = sheet?.getRange(2, 1, 1, width ?? 1).getValues()[0] ?? [];
      expect(row[frameworkColumn("goal") - 1]).toBe(catalog["goal.sales"]);
      expect(row[frameworkColumn("statement") - 1]).toMatch(statement);
      expect(row[frameworkColumn("statement") - 1]).not.toContain(header);
      expect(sheet?.getLastColumn()).toBe(width);

      const result = insert(port, lang);
      expect(result.repaired).toContain(sheetName(catalog, "framework"));
      expect(sheet?.getRange(1, 1, 1, FRAMEWORK_KEYS.length).getValues()[0]).toEqual(
        FRAMEWORK_KEYS.map((key) => columnLabel(catalog, key)),
      );
      expect(sheet?.getLastColumn()).toBe(width);
      expect(sheet?.getRange(2, 1, 1, width ?? 1).getValues()[0]).toEqual(row);
    },
  );
});

describe("headers as an earlier release wrote them", () => {
  it.each([
    ["zh-CN", "tracker", "engagementRate", "参与度"],
    ["zh-CN", "framework", "kpi", "关键绩效指标"],
    ["da", "tracker", "saves", "Gemte"],
    ["da", "framework", "actual", "Aktuel værdi"],
  ] as const)(
    "%s: the %s's %s column headed %s gets its new header, in its place",
    (lang, kind, key, old) => {
      const { spreadsheet, port } = inMemory({ locale: HOME_LOCALES[lang] });
      insert(port, lang);
      const catalog = catalogOf(lang);
      const sheet = spreadsheet.sheetNamed(sheetName(catalog, kind));
      const keys: readonly string[] = kind === "tracker" ? TRACKER_KEYS : FRAMEWORK_KEYS;
      const column = keys.indexOf(key) + 1;
      sheet?.getRange(1, column).setValue(old);
      const width = sheet?.getLastColumn();
      expect(insert(port, lang).repaired).toContain(sheetName(catalog, kind));
      expect(sheet?.getRange(1, column).getValue()).toBe(columnLabel(catalog, key));
      expect(sheet?.getLastColumn()).toBe(width);
    },
  );
});

describe("a sheet or a Settings text as an earlier release wrote it", () => {
  it.each([
    [
      "ky",
      "KPI системасы",
      "B мамычасындагы маанилерди өзгөртүңүз; трекер жана KPI системасы аларды окуйт.",
    ],
    [
      "da",
      "KPI-rammeværk",
      "Redigér værdierne i kolonne B; arkene Kampagnetracker og KPI-rammeværk henter dem herfra.",
    ],
  ] as const)(
    "%s: %s is renamed, and the Settings intro reworded, by Insert templates",
    (lang, name, intro) => {
      const { spreadsheet, port } = inMemory({ locale: HOME_LOCALES[lang] });
      insert(port, lang);
      const catalog = catalogOf(lang);
      spreadsheet.sheetNamed(sheetName(catalog, "framework"))?.setName(name);
      const settings = spreadsheet.sheetNamed(sheetName(catalog, "settings"));
      settings?.getRange(2, 1).setValue(intro);
      insert(port, lang);
      expect(spreadsheet.getSheets().map((s) => s.getName())).toContain(
        sheetName(catalog, "framework"),
      );
      expect(spreadsheet.sheetNamed(name)).toBeUndefined();
      expect(settings?.getRange(2, 1).getValue()).toBe(catalog["settings.intro"]);
    },
  );
});

describe("SMART notes written in the framework", () => {
  it.each([
    ["en", "Specific: Name an owner"],
    ["da", "Specifik: Udpeg en ansvarlig"],
    ["it", "Specifico: indica un responsabile"],
    ["ky", "Конкреттүү: жооптуу адамды белгилеңиз"],
    ["zh-CN", "具体：请指定负责人"],
  ] as const)(
    "%s: a criterion and its reason, punctuated and cased as the language does",
    (lang, note) => {
      const { spreadsheet, port } = inMemory({ locale: HOME_LOCALES[lang] });
      insert(port, lang);
      const draft = {
        goal: "sales",
        secondaryGoal: null,
        campaign: "Summer Sun Sale",
        start: "2027-01-01",
        end: "2027-06-30",
        budget: 5000,
        kpis: [
          {
            kpi: "sales",
            metrics: ["revenue"],
            baseline: 100,
            target: 200,
            deadline: "2027-06-30",
            owner: "",
            tactic: "promoCodes",
          },
        ],
      };
      expect(saveFramework(port, draft, env(lang)).ok).toBe(true);
      const sheet = spreadsheet.sheetNamed(sheetName(catalogOf(lang), "framework"));
      expect(String(sheet?.getRange(2, frameworkColumn("smartNotes")).getValue())).toMatch(
        new RegExp(`^${note}`),
      );
    },
  );
});

describe("a KPI as an earlier release named it", () => {
  it('da: a row still naming ROAS "Afkast af investeringen" is updated, not written again', () => {
    const { spreadsheet, port } = inMemory({ locale: "da_DK" });
    insert(port, "da");
    const da = catalogOf("da");
    const draft = {
      goal: "sales",
      secondaryGoal: null,
      campaign: "Sommerudsalg",
      start: "2027-01-01",
      end: "2027-06-30",
      budget: 5000,
      kpis: [
        {
          kpi: "returnOnSpend",
          metrics: ["roas"],
          baseline: 1,
          target: 3,
          deadline: "2027-06-30",
          owner: "Mia",
          tactic: "promoCodes",
        },
      ],
    };
    expect(saveFramework(port, draft, env("da")).ok).toBe(true);
    const sheet = spreadsheet.sheetNamed(sheetName(da, "framework"));
    sheet?.getRange(2, frameworkColumn("kpi")).setValue("Afkast af investeringen");
    expect(saveFramework(port, draft, env("da"))).toMatchObject({ ok: true, added: 0, updated: 1 });
    expect(sheet?.getRange(2, frameworkColumn("kpi")).getValue()).toBe(da["kpi.returnOnSpend"]);
    expect(sheet?.getRange(3, frameworkColumn("kpi")).getValue()).toBe("");
  });
});

describe("Settings as an earlier release labelled it", () => {
  it("zh-CN: the tiers and the engagement-rate base get their new names", () => {
    const { spreadsheet, port } = inMemory({ locale: "zh_CN" });
    insert(port, "zh-CN");
    const zh = catalogOf("zh-CN");
    const settings = spreadsheet.sheetNamed(sheetName(zh, "settings"));
    const labels =
      settings
        ?.getRange(1, 1, 30, 1)
        .getValues()
        .map((row) => row[0]) ?? [];
    const at = (text: string) => labels.indexOf(text) + 1;
    const old = {
      "tier.Nano": "纳米级",
      "tier.Mega": "超级",
      "settings.engagementBase": "参与度基数",
    };
    const rows = Object.keys(old).map((key) => at(zh[key as keyof typeof old]));
    for (const [i, text] of Object.values(old).entries()) {
      settings?.getRange(rows[i] ?? 1, 1).setValue(text);
    }
    insert(port, "zh-CN");
    expect(rows.map((row) => settings?.getRange(row, 1).getValue())).toEqual(
      Object.keys(old).map((key) => zh[key as keyof typeof old]),
    );
  });
});

describe("what Insert templates says", () => {
  it("joins its sentences as the language does: no space after a Chinese full stop", () => {
    const zh = catalogOf("zh-CN");
    const result = {
      language: "zh-CN" as const,
      created: [sheetName(zh, "framework")],
      upgraded: [],
      repaired: [],
      relabelled: [],
      kept: [sheetName(zh, "settings"), sheetName(zh, "tracker")],
    };
    expect(describeInsert(result, zh)).toBe(
      "已添加：KPI 框架。已保留，原有数据不变：设置、活动追踪表。",
    );
  });
});

describe("the first insert", () => {
  it("speaks the user's language, English when it is none of the five", () => {
    for (const [locale, lang] of [
      ["da", "da"],
      ["fr", "en"],
    ] as const) {
      const { port } = inMemory();
      const result = insert(port, locale === "da" ? "da" : "en");
      expect(result.language).toBe(lang);
    }
    const catalog: Catalog = english;
    expect(catalog["sheet.tracker"]).toBe("Campaign Tracker");
  });
});

describe("the currency chosen in Settings", () => {
  it("shows its own sign, on the side the locale puts it", () => {
    const { spreadsheet, port } = inMemory({ locale: "da_DK" });
    insert(port, "da");
    spreadsheet.getRangeByName(SETTINGS_NAMES.currency)?.setValue("DKK");
    const tracker = spreadsheet.sheetNamed(sheetName(catalogOf("da"), "tracker"));
    if (tracker) spreadsheet.deleteSheet(tracker);
    insert(port, "da");
    const cost = spreadsheet
      .sheetNamed(sheetName(catalogOf("da"), "tracker"))
      ?.getRange(3, trackerColumn("cost"));
    expect(cost?.getNumberFormats()).toEqual([["#,##0.00 [$kr.]"]]);
    expect(spreadsheet.getRangeByName(SETTINGS_NAMES.cpmValues)?.getNumberFormats()[0]).toEqual([
      "#,##0.00 [$kr.]",
    ]);
  });
});
