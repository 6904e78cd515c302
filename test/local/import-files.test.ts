/**
 * The demo's imports (npm run demo -- --import FILE...): the samples shipped with the repo go
 * through Import data's own code into the sample tracker, and say what they did.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spreadsheetAppWorkbook } from "../../src/apps-script/spreadsheet-app-workbook";
import { loadBundle } from "../../src/local/bundle";
import { catalogOf } from "../../src/local/catalogs";
import { ArgumentError, importArguments, importFile } from "../../src/local/import-files";
import { createAppsScript, installAppsScript } from "../../src/local/in-memory/index";
import { projectPath } from "../../src/local/paths";
import { sampleTracker } from "../../src/local/sample-tracker";
import { ownSheet } from "../../src/sheets/insert-templates";
import { appendTrackerRows } from "../../src/sheets/tracker-rows";
import { POSTS } from "../features/import/helpers";

/** The bundle over a workbook with the templates and these tracker rows (the sample's). */
function demoWorkbook(rows = sampleTracker()) {
  const standIn = createAppsScript({ locale: "en_US", userLocale: "en_US" });
  const bundle = loadBundle(standIn.globals);
  bundle.call("insertTemplatesFromMenu");
  const uninstall = installAppsScript(standIn);
  try {
    appendTrackerRows(
      spreadsheetAppWorkbook(),
      ownSheet(spreadsheetAppWorkbook(), "tracker"),
      rows,
    );
  } finally {
    uninstall();
  }
  return bundle;
}

const sample = (name: string) => projectPath("src", "local", "samples", name);

describe("the demo's imports", () => {
  it("update the sample tracker's posts and credit the shop's orders, and say so", () => {
    const bundle = demoWorkbook();
    const catalog = catalogOf("en");
    const instagram = importFile(
      bundle,
      sample("instagram-posts.csv"),
      { campaign: "Summer Sun Sale" },
      catalog,
    );
    expect(instagram[0]).toMatch(
      /^instagram-posts\.csv: 5 rows read in .* Recognised: Instagram posts/,
    );
    expect(instagram[1]).toBe("  New rows: 1. Updated rows: 4. Unchanged: 0.");
    const shop = importFile(bundle, sample("shopify-orders.csv"), {}, catalog).join("\n");
    expect(shop).toContain("Sales Ledger – lines added: 51 · changed: 0");
    expect(shop).toContain("Mia Hoffmann · Summer Sun Sale (MIA15): Row 59, Orders 3");
    // Jonas's other rows hold 7 orders and 551.86 typed by hand: his first row gets the rest
    // of the shop's 10 orders and 703.80.
    expect(shop).toContain(
      "Jonas Berg · Summer Sun Sale (JONAS15): Row 65, Orders 10, Revenue 703.8; 66, 85, 108, 121: typed figures kept",
    );
    expect(shop).toContain("Row 65: Orders 2 → 3, Revenue 126.37 → 151.94");
    expect(shop).toContain("WELCOME10: Records: 2");
    expect(shop).toContain("is in EUR, not USD");
    // Again: nothing changes.
    expect(importFile(bundle, sample("shopify-orders.csv"), {}, catalog)[1]).toBe(
      "  New rows: 0. Updated rows: 0. Unchanged: 3.",
    );
  });

  it("add a GA4 export's period once through the bundle: the ledger's days read back as days", () => {
    const bundle = demoWorkbook(POSTS);
    const catalog = catalogOf("en");
    const file = projectPath("test", "fixtures", "exports", "ga4-campaigns.csv");
    expect(importFile(bundle, file, {}, catalog).join("\n")).toContain("lines added: 2");
    const again = importFile(bundle, file, {}, catalog);
    expect(again[1]).toBe("  New rows: 0. Updated rows: 0. Unchanged: 2.");
    expect(again.join("\n")).toContain(
      "lines added: 0 · changed: 0 · replaced by an overlapping period: 0",
    );
  });

  it("say why a file cannot be read, in the demo's language", () => {
    const bundle = demoWorkbook();
    const file = join(mkdtempSync(join(tmpdir(), "import-")), "links.csv");
    writeFileSync(file, "Link\nhttps://x.com/a/status/1\n");
    expect(importFile(bundle, file, {}, catalogOf("da"))).toEqual([
      "links.csv: Filen har kun én kolonne og kan derfor ikke matches med trackeren. Hvis værdierne er adskilt af andet end kommaer, semikoloner, tabulatorer eller lodrette streger, så gem den som CSV.",
    ]);
  });

  it("read the files and choices of the command line", () => {
    const folder = mkdtempSync(join(tmpdir(), "import-"));
    const [a, b] = [join(folder, "a.csv"), join(folder, "b.xlsx")];
    writeFileSync(a, "Link,Likes\n");
    writeFileSync(b, "");
    expect(
      importArguments(["--lang", "da", "--import", a, b, "--decimal", ",", "--year", "2025"]),
    ).toEqual({ files: [a, b], options: { decimal: ",", year: 2025 } });
    expect(importArguments(["--import", a, "--dates", "dmy", "--campaign", "Spring Glow"])).toEqual(
      { files: [a], options: { dates: "dmy", campaign: "Spring Glow" } },
    );
    expect(importArguments(["--lang", "da"])).toEqual({ files: [], options: {} });
  });

  it.each([
    [["--import"], "--import needs one file or more."],
    [["--import", "no-such-export.csv"], "no-such-export.csv: no such file."],
    [["--import", "."], ".: no such file."],
    [["--decimal", ";"], '--decimal is "," or "." (the file\'s decimal mark), not ";".'],
    [["--dates", "ymd"], '--dates is dmy (day first) or mdy (month first), not "ymd".'],
    [["--year", "25"], '--year is a year such as 2025, not "25".'],
    [["--campaign"], "--campaign needs a value."],
    [["--campaign", "--year", "2025"], "--campaign needs a value."],
  ])("refuse a command line they cannot follow: %j", (argv, said) => {
    expect(() => importArguments(argv)).toThrow(new ArgumentError(said));
  });
});
