/**
 * Import data in Chromium, through the preview: the dialog Code.js opens from its menu item,
 * a file picked, its preview, a mapping changed, the import confirmed and the tracker read
 * back, in English and in Danish, with a formula and HTML in the file that stay text.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/i18n/languages";
import { TRACKER_COLUMNS, type TrackerInputKey } from "../../src/core/tracker-columns";
import { catalogOf } from "../../src/local/catalogs";
import { projectPath } from "../../src/local/paths";
import type { Preview } from "../../src/local/preview-server";
import { instagramExport } from "../features/import/large-export";
import { screenshot, useBrowserAndPreview } from "./helpers";

let browser: Browser;
let preview: Preview;
useBrowserAndPreview((b, p) => {
  browser = b;
  preview = p;
});

/** A post of the sample tracker (Mia Hoffmann, Summer Sun Sale) and a new one. */
const MIA = "https://www.instagram.com/p/QBQ8vx6LZui/";
const HTML = '<img src=x onerror="window.hacked=1">';
const FORMULA = '=IMPORTXML("http://evil.example","//a")';
const FILE = [
  "Creator,Link,Date posted,Plays,Hearts,Fee (USD),Remarks",
  `Mia Hoffmann,${MIA},2026-06-11,999,77,50,`,
  `"${HTML.replace(/"/g, '""')}",https://www.tiktok.com/@newface/video/7401111111111111111,2026-07-02,15000,900,300,"${FORMULA.replace(/"/g, '""')}"`,
].join("\n");

/** Text to find as it is, in a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function openDialog(lang: Lang): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 760, height: 640 } });
  page.on("dialog", (dialog) => {
    throw new Error(`The dialog opened a ${dialog.type()} dialog: ${dialog.message()}`);
  });
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(preview.dialogUrl("showImportDialog", lang));
  await page.waitForSelector("#file");
  return page;
}

/** The tracker's rows of the preview workbook, by input key. */
function trackerRows(lang: Lang) {
  const { standIn } = preview.workbook(lang);
  const sheet = standIn.spreadsheet.sheetNamed(catalogOf(lang)["sheet.tracker"]);
  if (!sheet) throw new Error("no tracker");
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  return values.map((line, r) => {
    const at = (key: TrackerInputKey) => TRACKER_COLUMNS.findIndex((c) => c.key === key);
    return {
      get: (key: TrackerInputKey) => line[at(key)],
      formula: (key: TrackerInputKey) => formulas[r]?.[at(key)] ?? "",
    };
  });
}

describe.each(["en", "da"] as const)("Import data in %s", (lang) => {
  const t = catalogOf(lang);

  it("picks a file, previews it, takes a changed mapping and imports text as text", async () => {
    preview.reset(lang);
    const page = await openDialog(lang);
    await page.setInputFiles("#file", {
      name: "creators.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(FILE),
    });
    await page.waitForSelector("table.mapping");
    expect(await page.locator("main").textContent()).toContain(t["import.notRecognised"]);
    // The best guess: Plays are views; the fee is the cost, which this import leaves out.
    expect(await page.locator("#map-3").inputValue()).toBe("views");
    expect(await page.locator("#map-5").inputValue()).toBe("cost");
    await page.locator("#map-5").selectOption("");
    await page.locator("#campaign").fill("Summer Sun Sale");
    await screenshot(page, `import-dialog-${lang}-1-mapping`);
    await page.getByRole("button", { name: t["import.check"] }).click();
    await page.waitForSelector(".preview");
    const counts = await page.locator(".counts").textContent();
    expect(counts).toContain(`${t["import.counts"].split(":")[0]}: 1`);
    // The file's HTML is shown as text, never run.
    expect(await page.locator("main").textContent()).toContain(HTML);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    await screenshot(page, `import-dialog-${lang}-2-preview`);

    await page.getByRole("button", { name: t["import.confirm"], exact: true }).click();
    await page.waitForSelector(".banner.ok");
    await screenshot(page, `import-dialog-${lang}-3-done`);

    const rows = trackerRows(lang);
    const mia = rows.find((r) => r.get("postUrl") === MIA);
    expect(mia?.get("views")).toBe(999);
    expect(mia?.get("likes")).toBe(77);
    const added = rows.find((r) => r.get("influencer") === HTML);
    expect(added?.get("campaign")).toBe("Summer Sun Sale");
    expect(added?.get("handle")).toBe("@newface");
    expect(added?.get("platform")).toBe("TikTok");
    expect(added?.get("notes")).toBe(FORMULA);
    expect(added?.formula("notes")).toBe("");
    expect(added?.get("cost")).toBe("");
  });

  it("says why a bad file cannot be read, and writes nothing", async () => {
    const page = await openDialog(lang);
    const before = JSON.stringify(trackerRows(lang).map((r) => r.get("views")));
    await page.setInputFiles("#file", {
      name: "empty.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(""),
    });
    await expect
      .poll(() => page.locator("[role=alert]").textContent())
      .toBe(t["import.file.empty"]);
    await page.setInputFiles("#file", {
      name: "broken.csv",
      mimeType: "text/csv",
      buffer: Buffer.from('Link,Likes\nhttps://x.com/a/status/1,"5\n'),
    });
    await expect
      .poll(() => page.locator("[role=alert]").textContent())
      .toBe(t["import.file.quotes"].replace("{row}", "2"));
    await screenshot(page, `import-dialog-${lang}-4-bad-file`);
    // A header row of words no export uses: said, and nothing to check until columns are chosen.
    await page.setInputFiles("#file", {
      name: "notes.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Alpha,Beta,Gamma\n1,2,3\n4,5,6\n"),
    });
    await expect
      .poll(() => page.locator("[role=alert]").first().textContent())
      .toBe(t["import.nothingKnown"].replace("{row}", "1"));
    expect(await page.locator("main").textContent()).toContain(t["import.needs.posts"]);
    expect(await page.getByRole("button", { name: t["import.check"] }).count()).toBe(0);
    await screenshot(page, `import-dialog-${lang}-5-unknown-header`);
    expect(JSON.stringify(trackerRows(lang).map((r) => r.get("views")))).toBe(before);
  });
});

describe("a Shopify orders export", () => {
  it.each(["en", "da"] as const)(
    "credits the codes' orders through the sales ledger, in %s",
    async (lang) => {
      preview.reset(lang);
      const t = catalogOf(lang);
      const ledgerName = t["import.ledger.sheet"];
      const sheet = () => preview.workbook(lang).standIn.spreadsheet.sheetNamed(ledgerName);
      const shop = readFileSync(projectPath("src", "local", "samples", "shopify-orders.csv"));
      const importShop = async () => {
        const page = await openDialog(lang);
        await page.setInputFiles("#file", {
          name: "orders.csv",
          mimeType: "text/csv",
          buffer: shop,
        });
        await page.waitForSelector("table.mapping");
        await page.getByRole("button", { name: t["import.check"] }).click();
        await page.waitForSelector(".preview");
        return page;
      };
      const page = await importShop();
      const line = (added: number) =>
        t["import.sales.ledger"]
          .replace("{sheet}", ledgerName)
          .replace("{added}", String(added))
          .replace("{updated}", "0")
          .replace("{removed}", "0");
      expect(await page.locator(".ledger").textContent()).toBe(line(51));
      // Jonas's other rows keep the figures typed on them; his first row gets the rest.
      const jonas = page.locator("table.sales tbody tr", { hasText: "Jonas Berg" });
      expect(await jonas.textContent()).toContain(
        t["import.sales.typed"].replace("{rows}", "66, 85, 108, 121"),
      );
      expect(sheet()).toBeUndefined();
      await screenshot(page, `import-dialog-${lang}-6-sales`);
      await page.getByRole("button", { name: t["import.confirm"], exact: true }).click();
      await page.waitForSelector(".banner.ok");
      expect(sheet()?.getLastRow()).toBe(52);
      await page.close();
      // The same export again adds nothing.
      const again = await importShop();
      expect(await again.locator(".ledger").textContent()).toBe(line(0));
      await again.close();
    },
  );
});

describe("an export of 50,000 rows", () => {
  it("is read and checked in the dialog, which says how long each took", {
    timeout: 180_000,
  }, async () => {
    preview.reset("en");
    const t = catalogOf("en");
    const page = await openDialog("en");
    const rows = 50_000;
    await page.setInputFiles("#file", {
      name: "instagram-50000.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        instagramExport(
          rows,
          (i) => (i === 0 ? MIA : `https://www.instagram.com/p/BIG${i}/`),
          1000,
        ),
      ),
    });
    await page.waitForSelector("table.mapping", { timeout: 60_000 });
    const read = t["import.read"]
      .replace("{name}", "instagram-50000.csv")
      .replace("{rows}", "50,000");
    const [before] = read.split("{seconds}");
    expect(await page.locator("main").textContent()).toMatch(
      new RegExp(`${literal(before ?? "")}\\d+(\\.\\d)?`),
    );
    // Every unreadable cell is counted, the first of them shown.
    expect(await page.locator("main").textContent()).toContain(
      t["import.problems"].replace("{count}", "50"),
    );
    expect(await page.locator("table.problems tbody tr").first().textContent()).toContain("lots");
    await page.locator("#campaign").fill("Summer Sun Sale");
    await page.getByRole("button", { name: t["import.check"] }).click();
    await page.waitForSelector(".preview", { timeout: 120_000 });
    expect(await page.locator(".counts").textContent()).toBe(
      t["import.counts"]
        .replace("{added}", "49,999")
        .replace("{updated}", "1")
        .replace("{unchanged}", "0"),
    );
    expect(await page.locator(".preview .hint").first().textContent()).toMatch(
      new RegExp(literal(t["import.checked"]).replace("\\{seconds\\}", "\\d+(\\.\\d)?")),
    );
    await screenshot(page, "import-dialog-en-50000-rows");
  });
});

describe("the dialog's layout", () => {
  it.each(["en", "zh-CN", "da", "it", "ky"] as const)("fits in %s", async (lang) => {
    const page = await openDialog(lang);
    await page.setInputFiles("#file", {
      name: "creators.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(FILE),
    });
    await page.waitForSelector("table.mapping");
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await screenshot(page, `import-dialog-${lang}`);
    await page.close();
  });
});
