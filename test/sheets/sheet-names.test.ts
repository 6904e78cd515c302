/** Sheet names the add-on creates: free whatever the case, and within Excel's 31 characters. */
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "../../src/core/i18n/languages";
import { sheetName, TEMPLATE_KINDS } from "../../src/core/labels";
import { catalogOf } from "../../src/local/catalogs";
import { freeName, reportSheetName, SHEET_NAME_LIMIT, shorten } from "../../src/sheets/sheet-names";

/** A lone half of a surrogate pair: what a cut inside a pair leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("shorten", () => {
  it("keeps a text that fits, and cuts one that does not with …", () => {
    expect(shorten("Summer Sun Sale", 15)).toBe("Summer Sun Sale");
    expect(shorten("Summer Sun Sale", 9)).toBe("Summer S…");
    // No space left before the "…".
    expect(shorten("Summer Sun Sale", 8)).toBe("Summer…");
  });

  it("never cuts inside a surrogate pair", () => {
    // "🌞" is two UTF-16 code units, as Excel counts them.
    const sunny = "🌞🌞🌞 Sale";
    for (let room = 1; room <= sunny.length; room++) {
      const cut = shorten(sunny, room);
      expect(cut.length, cut).toBeLessThanOrEqual(room);
      expect(cut, cut).not.toMatch(LONE_SURROGATE);
    }
    expect(shorten(sunny, 4)).toBe("🌞…");
  });
});

describe("freeName", () => {
  it("adds the first free number, whatever the case of the names taken", () => {
    expect(freeName("Settings", [])).toBe("Settings");
    expect(freeName("Settings", ["settings", "Settings (2)"])).toBe("Settings (3)");
    expect(freeName("Settings", (name) => name.toLowerCase() === "settings")).toBe("Settings (2)");
  });

  it("shortens a long name so that it fits with its number", () => {
    const long = "A sheet name far longer than Excel allows";
    const first = freeName(long, []);
    expect(first).toBe("A sheet name far longer than E…");
    expect(freeName(long, [first])).toBe("A sheet name far longer th… (2)");
  });

  it("fits every template sheet name in every language, with its number", () => {
    for (const lang of LANGUAGE_CODES) {
      for (const kind of TEMPLATE_KINDS) {
        const wanted = sheetName(catalogOf(lang), kind);
        // The template's own name is never shortened: the add-on finds its variants by it.
        expect(`${wanted} (999)`.length, wanted).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
        expect(freeName(wanted, [wanted])).toBe(`${wanted} (2)`);
      }
    }
  });
});

describe("a report sheet's name", () => {
  const date = "2026-05-01";

  it("is whole when it fits", () => {
    expect(reportSheetName(catalogOf("en"), "Spring", date, [])).toBe("Spring 2026-05-01");
  });

  it.each(LANGUAGE_CODES)(
    "in %s, shortens the campaign first and keeps the date, for 120 reports on one day",
    (lang) => {
      const catalog = catalogOf(lang);
      const [before] = catalog["sheet.report"].split("{campaign}");
      for (const campaign of [
        "Summer Sun Sale with our Nordic creators, second wave",
        catalog["page.allCampaigns"],
        "🌞🌞🌞🌞🌞🌞🌞🌞🌞🌞🌞🌞🌞🌞🌞🌞 Sale",
        "夏日阳光促销活动第二波北欧创作者合作",
      ]) {
        const taken: string[] = ["Campaign Tracker"];
        for (let i = 0; i < 120; i++) {
          const name = reportSheetName(catalog, campaign, date, taken);
          expect(name.length, name).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
          expect(name, name).not.toMatch(LONE_SURROGATE);
          expect(name.startsWith(before as string), name).toBe(true);
          expect(name, name).toMatch(i === 0 ? / 2026-05-01$/ : / 2026-05-01 \(\d+\)$/);
          expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
          // Taken in another case: Sheets' names are unique whatever the case.
          taken.push(i % 2 ? name.toUpperCase() : name);
        }
      }
    },
  );

  it("says which campaign where there is room for its beginning", () => {
    const long = "Summer Sun Sale with the Nordic creators";
    const name = reportSheetName(catalogOf("en"), long, date, []);
    expect(name).toBe("Summer Sun Sale wit… 2026-05-01");
    const second = reportSheetName(catalogOf("en"), long, date, [name]);
    expect(second).toBe("Summer Sun Sale… 2026-05-01 (2)");
    expect(reportSheetName(catalogOf("en"), "Summer Sun Sale", date, [])).toBe(
      "Summer Sun Sale 2026-05-01",
    );
  });
});
