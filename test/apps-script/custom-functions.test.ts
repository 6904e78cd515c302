import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callCustomFunction as call } from "../../src/apps-script/custom-functions";
import { PLATFORM_CPMS } from "../../src/core/defaults";
import type { FunctionEnvironment } from "../../src/core/environment";
import { CUSTOM_FUNCTIONS, findCustomFunction } from "../../src/core/function-specs";
import { type Catalog, format, type MessageKey } from "../../src/core/i18n/catalog";
import { en as english } from "../../src/core/i18n/en";
import type { Lang } from "../../src/core/i18n/languages";
import { CELL_ERROR_PREFIX, runCustomFunction } from "../../src/core/ranges";
import { catalogOf } from "../../src/local/catalogs";

const col = (...values: unknown[]) => values.map((v) => [v]);
const rows = (...lines: unknown[][]) => lines;

const globals = globalThis as Record<string, unknown>;

/**
 * Apps Script's SpreadsheetApp and HtmlService for callCustomFunction: a spreadsheet in this
 * locale (none: no spreadsheet to ask), and the catalog files build.mjs writes. Counts reads.
 */
function appsScript(locale: string | undefined, files: Record<string, string> = {}) {
  const counts = { locale: 0, files: [] as string[] };
  globals.SpreadsheetApp =
    locale === undefined
      ? undefined
      : {
          getActiveSpreadsheet: () => ({
            getSpreadsheetLocale: () => {
              counts.locale++;
              return locale;
            },
          }),
        };
  globals.HtmlService = {
    createHtmlOutputFromFile: (name: string) => {
      counts.files.push(name);
      const content = files[name];
      if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
      return { getContent: () => content };
    },
  };
  return counts;
}

// Sheets in en_US unless a test says otherwise: "1,234" is 1234 there.
beforeEach(() => {
  appsScript("en_US");
});
afterEach(() => {
  delete globals.SpreadsheetApp;
  delete globals.HtmlService;
  vi.restoreAllMocks();
});

describe("worked examples from the domain brief", () => {
  it("CPE: 1000 spent, 500 engagements is 2.00 per engagement", () => {
    expect(call("CPE", [1000, 500])).toBe(2);
  });
  it("ROI: 1000 spent, 3000 in sales is 2.0 (200 %)", () => {
    expect(call("ROI", [3000, 1000])).toBe(2);
  });
  it("EMV: 10,000 impressions at a 6.70 CPM is 67", () => {
    expect(call("EMV", [10_000, 6.7])).toBeCloseTo(67, 10);
  });
});

describe("each formula", () => {
  it.each([
    ["EMV", [250_000, 10], 2500],
    ["CPM", [500, 100_000], 5],
    ["ROAS", [3000, 1000], 3],
    ["CPC", [300, 150], 2],
    ["CPA", [1000, 40], 25],
    ["CPL", [900, 30], 30],
    ["CTR", [250, 10_000], 0.025],
    ["CONVRATE", [15, 300], 0.05],
    ["ENGRATE", [450, 9000], 0.05],
    ["ENGAGEMENTS", [100, 20, 5, 5], 130],
    ["ENGAGEMENTS", [100, 20, 5, 5, 10], 140],
    ["AOV", [4000, 80], 50],
    ["REACHFREQ", [15_000, 10_000], 1.5],
    ["FOLLOWERGROWTH", [10_000, 12_500], 0.25],
    ["SOV", [120, 480], 0.25],
    ["NETSENTIMENT", [60, 20, 20], 0.4],
    ["LIFT", [130, 100], 0.3],
    ["KPIPROGRESS", [150, 200, 100], 0.5],
    ["KPIPROGRESS", [50, 200], 0.25],
    ["KPIPROGRESS", [80, 50, 100], 0.4],
    ["ROI", [-200, 1000], -1.2],
    ["AOV", [-50, 2], -25],
  ] as const)("%s(%j) = %d", (name, args, expected) => {
    expect(call(name, args)).toBeCloseTo(expected, 10);
  });

  it.each([
    [999, "Emerging"],
    [1000, "Nano"],
    [9999, "Nano"],
    [10_000, "Micro"],
    [100_000, "Macro"],
    [999_999, "Macro"],
    [1_000_000, "Mega"],
  ])("TIER(%d) is %s", (followers, tier) => {
    expect(call("TIER", [followers])).toBe(tier);
  });

  it("TIER takes its thresholds as a range", () => {
    const thresholds = col(500, 5000, 50_000, 500_000);
    expect(call("TIER", [col(400, 600, 60_000, 600_000), thresholds])).toEqual(
      col("Emerging", "Nano", "Macro", "Mega"),
    );
    expect(call("TIER", [20_000, [[500, 5000, 50_000, 500_000]]])).toBe("Micro");
  });

  it.each([
    [col(1000, 10_000, 100_000), "are 1000, 10000, 100000"],
    [col(1000, 100_000, 10_000, 1_000_000), "are 1000, 100000, 10000, 1000000"],
    [col(1000, "lots", 10_000, 1_000_000), 'is "lots", not a number'],
    [col(-1, 10, 100, 1000), "are -1, 10, 100, 1000"],
  ])("TIER rejects thresholds %j", (thresholds, problem) => {
    expect(() => call("TIER", [5000, thresholds])).toThrow(`TIER: thresholds ${problem}`);
  });
});

describe("EMV's CPM or platform argument", () => {
  it.each(PLATFORM_CPMS.map((p) => [p.platform, p.cpm] as const))(
    "%s picks the catalog CPM %d",
    (platform, cpm) => {
      expect(call("EMV", [1000, platform])).toBeCloseTo(cpm, 10);
    },
  );

  it("reads platform names as users type them", () => {
    expect(call("EMV", [1000, " instagram "])).toBeCloseTo(6.7, 10);
    expect(call("EMV", [1000, "Twitter"])).toBeCloseTo(6.46, 10);
    expect(() => call("EMV", [1000, "$12.50"])).toThrow(
      'EMV: cpm_or_platform is text "$12.50", which reads as 12.5',
    );
  });

  it("takes a platform column row by row", () => {
    const result = call("EMV", [col(1000, 2000, 3000), col("TikTok", "YouTube", 5)]);
    expect(result).toEqual(col(10, 19.36, 15));
  });

  it("names an unknown platform", () => {
    expect(() => call("EMV", [1000, "Snapchat"])).toThrow(
      'EMV: cpm_or_platform is "Snapchat", not a CPM or a known platform — use a number or one of Instagram',
    );
  });

  it("every catalog default names its source and year", () => {
    for (const entry of PLATFORM_CPMS) {
      expect(entry.source).toMatch(/\w{4,}/);
      expect(entry.year).toBeGreaterThanOrEqual(2024);
      expect(entry.cpm).toBeGreaterThan(0);
    }
  });
});

describe("blank input", () => {
  it("a blank scalar gives a blank result", () => {
    expect(call("CPE", ["", 500])).toBe("");
    expect(call("CPE", [1000, "  "])).toBe("");
    expect(call("TIER", [""])).toBe("");
  });

  it("blank rows of a range come back blank", () => {
    expect(call("CPE", [col(1000, "", 300), col(500, 10, "")])).toEqual(col(2, "", ""));
  });

  it("trailing blank rows of an open range are trimmed, not computed", () => {
    const cost = col(100, 200, ...Array(99_998).fill(""));
    const engagements = col(50, 100, ...Array(99_998).fill(""));
    expect(call("CPE", [cost, engagements])).toEqual(col(2, 2));
  });

  it("an all-blank range gives one blank cell", () => {
    expect(call("CPE", [col("", ""), col("", "")])).toEqual([[""]]);
  });

  it("ENGAGEMENTS counts blanks as 0 only when some part is present", () => {
    const likes = col(100, "", "", 7);
    const comments = col("", 5, "", 3);
    const shares = col(1, "", "", "");
    expect(call("ENGAGEMENTS", [likes, comments, shares])).toEqual(col(101, 5, "", 10));
  });

  it("an optional argument left blank takes its default", () => {
    expect(call("KPIPROGRESS", [50, 200, ""])).toBe(0.25);
  });
});

describe("text pasted into cells", () => {
  it("leaves out a number typed as text, as SUM does, naming how it reads and the fix", () => {
    const fix = "Extensions → Influencer KPIs → Clean up numbers turns it into a number";
    expect(() => call("CPE", ["$1,200", 1200])).toThrow(
      `CPE: cost is text "$1,200", which reads as 1,200: sums and totals skip text — ${fix}`,
    );
    expect(() => call("EMV", [12_500, "€ 8"])).toThrow('cpm_or_platform is text "€ 8"');
    expect(() => call("CTR", [45, "4.5K"])).toThrow(
      'impressions is text "4.5K", which reads as 4,500',
    );
    expect(call("ROI", [col(" 3,000 ", 3000), col(1000, "1,000")])).toEqual(
      col(
        `${CELL_ERROR_PREFIX}revenue is text "3,000", which reads as 3,000: sums and totals skip text`,
        `${CELL_ERROR_PREFIX}cost is text "1,000", which reads as 1,000: sums and totals skip text`,
      ),
    );
  });

  it("a bad scalar throws naming the function, argument and problem", () => {
    expect(() => call("CPE", [1000, "lots"])).toThrow(
      'CPE: engagements is "lots", not a number — type a number such as 1200, 12.5K or 4.5%',
    );
    expect(() => call("CPE", [1000, new Date(2026, 0, 1)])).toThrow(
      "CPE: engagements is a date, not a number",
    );
    expect(() => call("CPE", [true, 10])).toThrow("CPE: cost is TRUE, not a number");
  });
});

describe("zero denominators and negative input", () => {
  it("names the zero denominator, as in CPE's example", () => {
    expect(() => call("CPE", [1000, 0])).toThrow(
      "CPE: engagements is 0 — no cost per engagement without engagements",
    );
  });

  it.each([
    ["ROI", [1000, 0], "ROI: cost is 0 — no return on a zero investment"],
    ["ROAS", [1000, 0], "ROAS: cost is 0"],
    ["CPM", [10, 0], "CPM: impressions is 0"],
    ["CPC", [10, 0], "CPC: clicks is 0"],
    ["CPA", [10, 0], "CPA: conversions is 0"],
    ["CPL", [10, 0], "CPL: leads is 0"],
    ["CTR", [10, 0], "CTR: impressions is 0"],
    ["CONVRATE", [1, 0], "CONVRATE: clicks is 0"],
    ["ENGRATE", [1, 0], "ENGRATE: base is 0"],
    ["AOV", [10, 0], "AOV: orders is 0"],
    ["REACHFREQ", [10, 0], "REACHFREQ: reach is 0"],
    ["FOLLOWERGROWTH", [0, 10], "FOLLOWERGROWTH: start is 0"],
    ["SOV", [0, 0], "SOV: all_mentions is 0"],
    ["SOV", [5, 4], "SOV: brand_mentions (5) is more than all_mentions (4)"],
    ["NETSENTIMENT", [0, 0, 0], "NETSENTIMENT: positive + negative + neutral is 0"],
    ["LIFT", [10, 0], "LIFT: before is 0"],
    ["LIFT", [10, -5], "LIFT: before is negative (-5)"],
    ["KPIPROGRESS", [10, 100, 100], "KPIPROGRESS: target equals baseline (100)"],
    ["KPIPROGRESS", [5, 0.1 + 0.2, 0.3], "KPIPROGRESS: target equals baseline (0.3)"],
    ["KPIPROGRESS", [5, 1e300 + 1e284, 1e300], "KPIPROGRESS: target equals baseline (1e+300)"],
  ] as const)("%s(%j) throws", (name, args, message) => {
    expect(() => call(name, args)).toThrow(message);
  });

  it.each([
    ["CPE", [-1000, 500], "CPE: cost is negative (-1000) — costs cannot be negative"],
    ["CPE", [1000, -5], "CPE: engagements is negative (-5) — counts cannot be negative"],
    ["EMV", [1000, -6], "EMV: cpm_or_platform is negative (-6) — a CPM cannot be negative"],
    ["ROI", [100, -50], "ROI: cost is negative (-50)"],
    ["TIER", [-3], "TIER: followers is negative (-3)"],
  ] as const)("%s(%j) rejects a negative", (name, args, message) => {
    expect(() => call(name, args)).toThrow(message);
  });

  it("KPIPROGRESS measures tiny but real distances to the target", () => {
    expect(call("KPIPROGRESS", [5e-21, 1e-20])).toBe(0.5);
    expect(call("KPIPROGRESS", [0.3, 0.3 + 1e-12, 0])).toBeCloseTo(1, 10);
  });

  it("allows negative revenue and negative KPI values", () => {
    expect(call("ROAS", [-100, 50])).toBe(-2);
    expect(call("KPIPROGRESS", [-5, 10, -10])).toBe(0.25);
  });
});

describe("range calls", () => {
  it("return the shape of the range, broadcasting single values", () => {
    expect(call("EMV", [col(1000, 2000), 10])).toEqual(col(10, 20));
    expect(call("CPM", [[[100, 200]], [[1000, 4000]]])).toEqual([[100, 50]]);
    expect(call("ENGRATE", [col(10, 20), [[100]]])).toEqual(col(0.1, 0.2));
  });

  it("a bad cell gets a short error text and the rest compute", () => {
    const result = call("CPE", [col(1000, 1000, "oops", -5, 300), col(500, 0, 10, 10, 100)]);
    expect(result).toEqual(
      col(
        2,
        `${CELL_ERROR_PREFIX}engagements is 0`,
        `${CELL_ERROR_PREFIX}cost is "oops", not a number`,
        `${CELL_ERROR_PREFIX}cost is negative (-5)`,
        3,
      ),
    );
  });

  it("a bad single value broadcast against a range fails the whole call", () => {
    expect(() => call("EMV", [col(1000, 2000), "Myspace"])).toThrow(
      'EMV: cpm_or_platform is "Myspace"',
    );
  });

  it("ranges of different sizes throw a clear error", () => {
    expect(() => call("CPE", [col(1, 2, 3), col(1, 2)])).toThrow(
      "CPE: engagements covers 2 × 1 cells but cost covers 3 × 1 — give ranges of the same size, or a single value",
    );
    expect(() => call("CTR", [col(1, 2), [[1, 2]]])).toThrow(
      "CTR: impressions covers 1 × 2 cells but clicks covers 2 × 1",
    );
  });

  it("a result too large for a number is an error, never Infinity", () => {
    const tooLarge = "result is too large to show (over 1e308)";
    expect(() => call("EMV", [1e308, 1e10])).toThrow(`EMV: ${tooLarge}`);
    expect(() => call("ROI", [1e308, 1e-10])).toThrow(`ROI: ${tooLarge}`);
    expect(() => call("KPIPROGRESS", [1.7e308, 1.7e308, -1.7e308])).toThrow(
      `KPIPROGRESS: ${tooLarge}`,
    );
    expect(call("EMV", [col(1000, 1e308), 1e10])).toEqual(
      col(1e10, `${CELL_ERROR_PREFIX}${tooLarge}`),
    );
  });

  it("text scaling past the largest number is a bad cell, not Infinity", () => {
    const huge = `${"9".repeat(300)}B`;
    expect(() => call("CPE", [huge, 1])).toThrow(
      'CPE: cost is "99999999999999999999999…", too large (over 1e308)',
    );
    expect(call("CPE", [col(10, huge), 5])).toEqual(
      col(2, `${CELL_ERROR_PREFIX}cost is "99999999999999999999999…", too large (over 1e308)`),
    );
  });

  it("a missing argument names the signature", () => {
    expect(() => call("CPE", [1000])).toThrow(
      "CPE: engagements is missing — use CPE(cost, engagements)",
    );
  });

  it("handles a huge range in one call", () => {
    const rows = 200_000;
    const impressions = Array.from({ length: rows }, (_, i) => [i * 10]);
    const result = call("EMV", [impressions, "TikTok"]) as number[][];
    expect(result).toHaveLength(rows);
    expect(result[rows - 1]?.[0]).toBeCloseTo(((rows - 1) * 10 * 10) / 1000, 6);
  });

  it("an unknown function name is a clear error", () => {
    expect(() => call("NOPE", [])).toThrow("NOPE is not a function of this add-on");
  });
});

describe("ENGAGEMENTS over one range of side-by-side parts", () => {
  // Likes, comments, shares and saves as K3:N hands them over: one row per post.
  const parts = rows([100, 20, 5, 5], ["", 3, "", ""], ["", "", "", ""], [1200, "", 10, 1]);
  // The stub passes every parameter; the omitted ones arrive as undefined.
  const omitted = [undefined, undefined, undefined, undefined];

  it("sums each row into one column", () => {
    expect(call("ENGAGEMENTS", [parts, ...omitted])).toEqual(col(130, 3, "", 1211));
    expect(call("ENGAGEMENTS", [parts])).toEqual(col(130, 3, "", 1211));
  });

  it("takes a range of some parts next to single columns or values", () => {
    const likesAndComments = parts.map((row) => row.slice(0, 2));
    const shares = parts.map((row) => [row[2]]);
    expect(call("ENGAGEMENTS", [likesAndComments, shares])).toEqual(col(125, 3, "", 1210));
    expect(call("ENGAGEMENTS", [col(1, 2), rows([10, 20], [30, 40]), 100])).toEqual(col(131, 172));
  });

  it("sums one row of parts to a single value", () => {
    expect(call("ENGAGEMENTS", [[[100, 20, 5, 5, 10]]])).toBe(140);
    expect(call("ENGAGEMENTS", [7])).toBe(7);
  });

  it("names the part of a bad cell", () => {
    expect(call("ENGAGEMENTS", [rows([1, 2, "lots"], [1, 1, 1])])).toEqual(
      col(`${CELL_ERROR_PREFIX}shares is "lots", not a number`, 3),
    );
    expect(() => call("ENGAGEMENTS", [[[1, 2, -3]]])).toThrow("ENGAGEMENTS: shares is negative");
  });

  it("rejects more columns than parts, naming the maximum", () => {
    const six = [[1, 2, 3, 4, 5, 6]];
    const message =
      "ENGAGEMENTS: the arguments give 6 columns, but ENGAGEMENTS adds at most 5 — one column each for likes, comments, shares, saves, clicks";
    expect(() => call("ENGAGEMENTS", [six])).toThrow(message);
    expect(() => call("ENGAGEMENTS", [1, [[2, 3, 4, 5, 6]]])).toThrow(message);
  });

  it("other functions keep a multi-column range's shape", () => {
    expect(call("CPE", [rows([100, 200], [300, 400]), 10])).toEqual(rows([10, 20], [30, 40]));
  });
});

const spec = (name: string) => {
  const found = findCustomFunction(name);
  if (!found) throw new Error(`no function ${name}`);
  return found;
};

/** An environment that counts what a call asks of it. */
function countingEnv(locale: string | undefined) {
  const asked = { locale: 0, catalog: [] as Lang[] };
  const env: FunctionEnvironment = {
    locale: () => {
      asked.locale++;
      return locale;
    },
    catalog: (lang) => {
      asked.catalog.push(lang);
      return catalogOf(lang);
    },
  };
  return { env, asked };
}

/** A message as the catalog words it, with argument labels from the same catalog. */
const say = (catalog: Catalog, key: MessageKey, params?: Record<string, string | number>) =>
  format(catalog, key, params);

describe("messages in the spreadsheet's language", () => {
  const da = catalogOf("da");

  it("are English, byte for byte as before, without an environment", () => {
    expect(() => runCustomFunction(spec("CPE"), [1000, 0])).toThrow(
      "CPE: engagements is 0 — no cost per engagement without engagements",
    );
    expect(runCustomFunction(spec("CPE"), [col(1000, "oops"), col(0, 10)])).toEqual(
      col(
        `${CELL_ERROR_PREFIX}engagements is 0`,
        `${CELL_ERROR_PREFIX}cost is "oops", not a number`,
      ),
    );
  });

  it("follow the locale's language: a thrown error and bad cells in Danish", () => {
    const { env } = countingEnv("da_DK");
    const engagementsZero = `${da["arg.engagements"]} ${da["problem.zero"]}`;
    expect(() => runCustomFunction(spec("CPE"), [1000, 0], env)).toThrow(
      `CPE: ${engagementsZero}${da["join.hint"]}${da["hint.cpe"]}`,
    );
    const oops = say(da, "problem.textNotNumber", { text: '"oops"' });
    expect(runCustomFunction(spec("CPE"), [col(1000, "oops"), col(0, 10)], env)).toEqual(
      col(
        `${CELL_ERROR_PREFIX}${engagementsZero}`,
        `${CELL_ERROR_PREFIX}${da["arg.cost"]} ${oops}`,
      ),
    );
    expect(engagementsZero).not.toBe("engagements is 0");
  });

  it("name other arguments by their labels in the language", () => {
    const { env } = countingEnv("da_DK");
    const sizes = say(da, "problem.sizes", {
      rows: 2,
      columns: 1,
      other: da["arg.cost"],
      otherRows: 3,
      otherColumns: 1,
    });
    expect(() => runCustomFunction(spec("CPE"), [col(1, 2, 3), col(1, 2)], env)).toThrow(
      `CPE: ${da["arg.engagements"]} ${sizes}${da["join.hint"]}${da["hint.sameSize"]}`,
    );
    const parts = ["likes", "comments", "shares", "saves", "clicks"] as const;
    const hint = say(da, "hint.parts", { parts: parts.map((p) => da[`arg.${p}`]).join(", ") });
    expect(() => runCustomFunction(spec("ENGAGEMENTS"), [[[1, 2, 3, 4, 5, 6]]], env)).toThrow(
      `${da["join.hint"]}${hint}`,
    );
  });

  it.each([
    ["da_DK", "da"],
    ["it_IT", "it"],
    ["zh_CN", "zh-CN"],
    ["ky_KG", "ky"],
    ["fr_FR", "en"],
    ["zh_TW", "en"],
    [undefined, "en"],
  ] as const)("a spreadsheet in %s gets messages in %s", (locale, lang) => {
    const { env, asked } = countingEnv(locale);
    expect(() => runCustomFunction(spec("ROI"), [1000, 0], env)).toThrow(
      `ROI${catalogOf(lang)["join.label"]}${[catalogOf(lang)["arg.cost"], catalogOf(lang)["problem.zero"]].join(catalogOf(lang)["join.words"])}`,
    );
    expect(asked.catalog).toEqual([lang]);
  });

  it("are punctuated as the language punctuates: full-width marks in Chinese", () => {
    const zh = catalogOf("zh-CN");
    const { env } = countingEnv("zh_CN");
    expect(() => runCustomFunction(spec("CPE"), [1000, 0], env)).toThrow(
      `CPE：${zh["arg.engagements"]}${zh["problem.zero"]}——${zh["hint.cpe"]}`,
    );
  });

  it("name the signature as the locale types formulas: semicolons where a comma marks decimals", () => {
    const { env } = countingEnv("da_DK");
    expect(() => runCustomFunction(spec("CPE"), [1000], env)).toThrow(
      format(da, "hint.signature", { signature: "CPE(cost; engagements)" }),
    );
    expect(() => runCustomFunction(spec("CPE"), [1000], countingEnv("en_US").env)).toThrow(
      "use CPE(cost, engagements)",
    );
  });

  it("a column of numbers and blanks asks for neither locale nor catalog", () => {
    const { env, asked } = countingEnv("da_DK");
    const cost = col(100, "", 300, 2.5, "", "");
    const engagements = col(50, 10, "", 5, "", "");
    expect(runCustomFunction(spec("CPE"), [cost, engagements], env)).toEqual(col(2, "", "", 0.5));
    expect(runCustomFunction(spec("EMV"), [col(1000, 2000), "Instagram"], env)).toEqual(
      col(6.7, 13.4),
    );
    expect(asked).toEqual({ locale: 0, catalog: [] });
  });

  it("TIER names tiers in the spreadsheet's language, asking once per call", () => {
    const danish = countingEnv("da_DK");
    const args = [col(5, 50_000), col(1, 10, 100, 1000)];
    expect(runCustomFunction(spec("TIER"), args, danish.env)).toEqual(
      col(catalogOf("da")["tier.Nano"], catalogOf("da")["tier.Mega"]),
    );
    expect(danish.asked).toEqual({ locale: 1, catalog: ["da"] });
    expect(runCustomFunction(spec("TIER"), args)).toEqual(col("Nano", "Mega"));
  });

  it("numbers ask for nothing; text cells ask for the locale and the catalog once per call", () => {
    const { env, asked } = countingEnv("da_DK");
    expect(runCustomFunction(spec("CPE"), [col(1200, 2.5, 4), 10], env)).toEqual(
      col(120, 0.25, 0.4),
    );
    expect(asked).toEqual({ locale: 0, catalog: [] });
    runCustomFunction(spec("CPE"), [col("1.200", "2,5", "12,5K", 4), 10], env);
    expect(asked).toEqual({ locale: 1, catalog: ["da"] });
  });
});

describe("text read in the spreadsheet's locale", () => {
  it("says how text reads: 2,500 as 2,500 in en_US and 2,5 in da_DK and it_IT", () => {
    expect(() => call("CPE", ["2,500", 5])).toThrow('cost is text "2,500", which reads as 2,500');
    appsScript("da_DK");
    const danish = call("CPE", [col("1.234,5", "12,5K", "4,5 %"), 1]) as string[][];
    expect(danish.map((line) => line[0])).toEqual([
      `${CELL_ERROR_PREFIX}cost is text "1.234,5", which reads as 1.234,5: sums and totals skip text`,
      expect.stringContaining("12.500"),
      expect.stringContaining("0,045"),
    ]);
    appsScript("it_IT");
    expect(() => call("CPE", ["€ 1.200,50", 2])).toThrow(
      'cost is text "€ 1.200,50", which reads as 1.200,5',
    );
  });

  it("reads the spreadsheet's locale once per call, and only for text", () => {
    const counts = appsScript("ky_KG");
    expect(call("CPE", [col(1000, "", 2000, ""), 10])).toEqual(col(100, "", 200));
    expect(counts.locale).toBe(0);
    const kyrgyz = call("CPE", [col("сом 12 500", "1 000", 4), 10]) as string[][];
    expect(kyrgyz[0]?.[0]).toContain("12\u00a0500");
    expect(kyrgyz[2]?.[0]).toBe(0.4);
    expect(counts.locale).toBe(1);
  });

  it("refuses text that could mean two numbers where there is no spreadsheet to ask", () => {
    appsScript(undefined);
    expect(() => call("CPE", ["2,500", 5])).toThrow(
      'CPE: cost is "2,500", which reads as 2500 or 2.5 — type a number such as 1200, 12.5K or 4.5%',
    );
    expect(() => call("CPE", ["1,234.5", 5])).toThrow(
      'cost is text "1,234.5", which reads as 1,234.5',
    );
  });

  it("says so when the text uses another locale's marks", () => {
    const { env } = countingEnv("da_DK");
    const da = catalogOf("da");
    const problem = say(da, "problem.textNotNumber", { text: '"1,234.5"' });
    expect(() => runCustomFunction(spec("CPE"), ["1,234.5", 5], env)).toThrow(
      `CPE: ${da["arg.cost"]} ${problem}${da["join.hint"]}${da["hint.typeNumber"]}`,
    );
  });

  it("a spreadsheet that cannot be asked is an unknown locale, not a failed call", () => {
    globals.SpreadsheetApp = {
      getActiveSpreadsheet: () => {
        throw new Error("Exception: You do not have permission");
      },
    };
    expect(() => call("CPE", ["1.5", 3])).toThrow('cost is text "1.5", which reads as 1.5');
    expect(() => call("CPE", [1000, 0])).toThrow("CPE: engagements is 0 — no cost per");
  });
});

describe("catalogs in Apps Script", () => {
  /** functions.ts with a fresh module-level catalog cache, as in a new execution. */
  async function freshFunctions() {
    vi.resetModules();
    return (await import("../../src/apps-script/custom-functions")).callCustomFunction;
  }
  const da = catalogOf("da");

  it("loads a language's catalog from its HTML file once per execution", async () => {
    const counts = appsScript("da_DK", { i18n_da: JSON.stringify(da) });
    const fresh = await freshFunctions();
    const danish = `CPE: ${da["arg.engagements"]} ${da["problem.zero"]}${da["join.hint"]}${da["hint.cpe"]}`;
    expect(() => fresh("CPE", [1000, 0])).toThrow(danish);
    expect(() => fresh("CPE", [1000, 0])).toThrow(danish);
    expect(fresh("CPE", [col(1, 2), col(0, 0)])).toEqual(
      col(...Array(2).fill(`${CELL_ERROR_PREFIX}${da["arg.engagements"]} ${da["problem.zero"]}`)),
    );
    expect(counts.files).toEqual(["i18n_da"]);
  });

  it("loads no file for English, nor where no message is shown", async () => {
    const fresh = await freshFunctions();
    const inEnglish = appsScript("en_US");
    expect(() => fresh("CPE", [1000, 0])).toThrow("CPE: engagements is 0");
    expect(inEnglish.files).toEqual([]);
    const danish = appsScript("da_DK");
    expect(fresh("CPE", [1000, 4])).toBe(250);
    expect(danish.files).toEqual([]);
  });

  it("falls back to English when the file is missing or broken", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    appsScript("it_IT", { i18n_ky: "{not json" });
    const fresh = await freshFunctions();
    expect(() => fresh("CPE", [1000, 0])).toThrow(
      "CPE: engagements is 0 — no cost per engagement without engagements",
    );
    appsScript("ky_KG", { i18n_ky: "{not json" });
    expect(() => fresh("ROI", [1000, 0])).toThrow("ROI: cost is 0 — no return on a zero");
    expect(logged).toHaveBeenCalledTimes(2);
  });

  it("shows a key a catalog file lacks in English", async () => {
    const partial = Object.fromEntries(Object.entries(da).filter(([key]) => key !== "hint.cpe"));
    appsScript("da_DK", { i18n_da: JSON.stringify(partial) });
    const fresh = await freshFunctions();
    expect(() => fresh("CPE", [1000, 0])).toThrow(
      `CPE: ${da["arg.engagements"]} ${da["problem.zero"]}${da["join.hint"]}${english["hint.cpe"]}`,
    );
  });
});

describe("the function catalog", () => {
  it("has every function the issue names, each with a full spec", () => {
    expect(CUSTOM_FUNCTIONS.map((s) => s.name).sort()).toEqual(
      [
        "EMV",
        "CPE",
        "ROI",
        "ROAS",
        "CPM",
        "CPC",
        "CPA",
        "CPL",
        "CTR",
        "CONVRATE",
        "ENGRATE",
        "ENGAGEMENTS",
        "AOV",
        "REACHFREQ",
        "FOLLOWERGROWTH",
        "SOV",
        "NETSENTIMENT",
        "LIFT",
        "KPIPROGRESS",
        "TIER",
        "KPIACTUAL",
        "KPIRANGE",
      ].sort(),
    );
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(spec.summary.length).toBeGreaterThan(10);
      expect(spec.example).toMatch(new RegExp(`^=${spec.name}\\(`));
      if (spec.kind !== "table") {
        expect(spec.compute.length).toBeLessThanOrEqual(spec.params.length);
      }
      for (const p of spec.params) expect(p.name).toMatch(/^[a-z_]+$/);
    }
  });
});
