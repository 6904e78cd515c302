/**
 * The whole add-on in the preview, used as a person uses Sheets: a new spreadsheet, Extensions
 * → Influencer KPIs → Insert templates, a post typed into the tracker, a first KPI framework
 * built in the sidebar, another post typed and the framework's status moving, a target
 * changed, a report sheet generated with its charts drawn and the report viewed in its
 * dialog. In English and in Danish (a decimal comma), each action a click or a typed field.
 */
import type { Browser, FrameLocator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { MessageKey } from "../../src/core/i18n/catalog";
import type { Lang } from "../../src/core/i18n/languages";
import { FEATURES } from "../../src/features/features";
import { catalogOf } from "../../src/local/catalogs";
import type { Preview } from "../../src/local/preview-server";
import { screenshot, useBrowserAndPreview } from "./helpers";

let browser: Browser;
let preview: Preview;
useBrowserAndPreview((b, p) => {
  browser = b;
  preview = p;
});

/** A menu item's label in a language, as onOpen names it. */
function menuLabel(run: string, lang: Lang): string {
  const item = FEATURES.flatMap((feature) => feature.menu).find((entry) => entry.run === run);
  if (!item) throw new Error(`No menu item runs ${run}`);
  return item.labels[lang];
}

/** The person's clicks and typed fields, counted as they go. */
class Session {
  actions = 0;
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  get sidebar(): FrameLocator {
    return this.page.frameLocator("aside.sidebar iframe");
  }
  get dialog(): FrameLocator {
    return this.page.frameLocator(".dialog iframe");
  }
  text(key: MessageKey): string {
    return catalogOf(this.lang)[key];
  }

  async click(target: { click(): Promise<void> }): Promise<void> {
    this.actions++;
    await target.click();
  }
  async fill(target: { fill(text: string): Promise<void> }, text: string): Promise<void> {
    this.actions++;
    await target.fill(text);
  }

  /** Extensions → Influencer KPIs → an item: three clicks. */
  async menu(run: string): Promise<void> {
    await this.click(this.page.getByRole("button", { name: "Extensions" }));
    await this.click(this.page.getByRole("menuitem", { name: "Influencer KPIs" }));
    await this.click(this.page.getByRole("menuitem", { name: menuLabel(run, this.lang) }));
  }

  async openTab(name: string): Promise<void> {
    await this.click(this.page.locator("nav.tabs button", { hasText: name }));
    await this.page.locator(`.grid[aria-label="${name}"]`).waitFor();
  }

  /** Types into a cell as in Sheets: a click on it, the text, Enter. One action per cell. */
  async type(row: number, column: number, text: string): Promise<void> {
    this.actions++;
    await this.page.locator(`td[data-cell="${row}:${column}"]`).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
    await this.page.locator(`td[data-cell="${row + 1}:${column}"].selected`).waitFor();
  }

  /** The shown texts of a column, below its header, of the sheet shown, blanks left out. */
  async column(header: string): Promise<string[]> {
    const grid = this.page.locator(".grid");
    const headers = await grid.locator("tbody tr").first().locator("td").allInnerTexts();
    const at = headers.indexOf(header);
    if (at < 0) throw new Error(`No column "${header}" in ${headers.join(" | ")}`);
    const texts = await grid.locator(`tbody td[data-cell$=":${at + 1}"]`).allInnerTexts();
    return texts.slice(1).filter((text) => text !== "");
  }
}

/** A post for the tracker's first columns and its money ones, as the locale types numbers. */
const POSTS: Readonly<Record<"en" | "da", { first: string[]; second: string[] }>> = {
  en: { first: ["1,000", "250.50"], second: ["9,000", "300"] },
  da: { first: ["1.000", "250,50"], second: ["9.000", "300"] },
};

describe("the add-on in the preview", () => {
  for (const lang of ["en", "da"] as const) {
    it(`runs a first session in ${lang}: templates, framework, posts, target, report`, async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // A step that hangs fails by name, well before the test's own limit.
      page.setDefaultTimeout(10_000);
      page.on("pageerror", (error) => {
        throw error;
      });
      const shot = (name: string) => screenshot(page, `preview-${lang}-${name}`);
      await page.goto(preview.pageUrl(lang));
      await page.locator("nav.tabs").waitFor();

      // Reset to an empty spreadsheet, as a new one is.
      await page.locator("#start").selectOption("empty");
      await page.locator("#reset").click();
      await page.locator("nav.tabs").waitFor();
      expect(await page.locator("nav.tabs button").count()).toBe(1);
      const you = new Session(page, lang);

      // Extensions → Influencer KPIs → Insert templates: the add-on's sheets, as tabs.
      await you.menu("insertTemplatesFromMenu");
      await expect.poll(() => page.locator("nav.tabs button").count()).toBeGreaterThan(1);
      const tabs = await page.locator("nav.tabs button").allInnerTexts();
      const tracker = you.text("sheet.tracker");
      const framework = you.text("sheet.framework");
      expect(tabs).toEqual(expect.arrayContaining([tracker, framework]));
      await shot("1-templates");

      // A post, typed into the tracker's first row (below its totals).
      const setUp = you.actions;
      await you.openTab(tracker);
      const [revenue, cost] = POSTS[lang].first;
      const post = { campaign: "Nordic Launch", influencer: "Ada Berg", platform: "Instagram" };
      await you.type(3, 1, post.campaign);
      await you.type(3, 2, post.influencer);
      await you.type(3, 4, post.platform);
      await you.type(3, 5, "2026-12-01");
      await you.type(3, 18, revenue as string);
      await you.type(3, 19, cost as string);
      const typing = you.actions - setUp;
      await shot("2-first-post");

      // The first framework, for a sales goal, with the wizard's defaults.
      const started = you.actions;
      await you.menu("showKpiWizard");
      const sidebar = you.sidebar;
      await sidebar.locator("main[data-step=campaign]").waitFor();
      expect(await sidebar.locator("select#f-campaign").inputValue()).toBe(post.campaign);
      await you.click(sidebar.locator("button[type=submit]"));
      await you.click(sidebar.locator("input[name=goal][value=sales]"));
      await you.click(sidebar.locator("button[type=submit]"));
      await sidebar.locator("main[data-step=kpis]").waitFor();
      await you.click(sidebar.locator("button[type=submit]"));
      await sidebar.locator("main[data-step=targets]").waitFor();
      const targets = sidebar.locator("input[id$=-target]");
      for (const target of await targets.all()) {
        const kpi = await target.getAttribute("id");
        // Sales of 5,000 (the post sold 1,000); a return on spend of 10.
        await you.fill(target, kpi === "f-kpis-0-target" ? "5000" : "10");
      }
      await you.click(sidebar.locator("button[type=submit]"));
      await sidebar.locator("main[data-step=review]").waitFor();
      await shot("3-review");
      await you.click(sidebar.locator("button[type=submit]"));
      await sidebar.locator("main[data-step=done]").waitFor();
      const firstFramework = you.actions - started;
      expect(firstFramework).toBeLessThanOrEqual(12);

      // Right after writing: no KPI missed.
      await you.openTab(framework);
      const status = you.text("col.status");
      const before = await you.column(status);
      expect(before).toHaveLength(2);
      expect(before).not.toContain(you.text("status.missed"));
      await shot("4-framework");

      // A second post, and the sales KPI is met.
      await you.openTab(tracker);
      const [more, moreCost] = POSTS[lang].second;
      await you.type(4, 1, post.campaign);
      await you.type(4, 2, "Bo Lund");
      await you.type(4, 4, "TikTok");
      await you.type(4, 5, "2026-12-03");
      await you.type(4, 18, more as string);
      await you.type(4, 19, moreCost as string);
      await you.openTab(framework);
      const after = await you.column(status);
      expect(after[0]).toBe(you.text("status.met"));
      expect(after).not.toEqual(before);
      await shot("5-status-moved");

      // One target changed: Another campaign, the campaign, the target, Write.
      const editing = you.actions;
      await you.click(sidebar.getByRole("button", { name: you.text("wizard.done.again") }));
      await you.click(sidebar.locator(`button[data-campaign="${post.campaign}"]`));
      await you.fill(sidebar.locator("#f-kpis-1-target"), "12");
      await you.click(sidebar.locator("button[type=submit]"));
      await sidebar.locator("main[data-step=done]").waitFor();
      const changeTarget = you.actions - editing;
      expect(changeTarget).toBeLessThanOrEqual(4);
      const targetHeader = you.text("col.target");
      // Shown as the sheet formats it, with the locale's decimal mark.
      const twelve = lang === "da" ? "12,00" : "12.00";
      await expect.poll(async () => (await you.column(targetHeader))[1]).toBe(twelve);

      // A report sheet, its charts drawn; then the report viewed in its dialog.
      const reporting = you.actions;
      await you.menu("showReportMaker");
      await you.dialog.locator("#campaign").selectOption(post.campaign);
      you.actions++;
      await you.click(you.dialog.locator("#create"));
      await expect.poll(() => you.dialog.locator("#status").textContent()).toContain(post.campaign);
      await page.getByRole("button", { name: "Close the dialog" }).click();
      you.actions++;
      const report = page.locator("nav.tabs button", { hasText: post.campaign });
      await report.waitFor();
      await expect.poll(() => page.locator(".grid figure.chart svg").count()).toBeGreaterThan(0);
      // Every bar of the first chart (KPI progress, one per KPI) is there to see, none clipped.
      const bars = await page
        .locator(".grid figure.chart")
        .first()
        .locator("rect")
        .evaluateAll((rects) =>
          rects.map((rect) => {
            const box = rect.getBoundingClientRect();
            return document.elementFromPoint(box.left + 2, box.top + box.height / 2) === rect;
          }),
        );
      expect(bars).toEqual([true, true]);
      await shot("6-report-sheet");
      await you.menu("showReportViewer");
      await you.dialog.locator("#campaign").selectOption(post.campaign);
      you.actions++;
      await you.click(you.dialog.locator("#view"));
      await you.dialog.locator("h1").waitFor();
      expect(await you.dialog.locator("h1").textContent()).toContain(post.campaign);
      expect(await you.dialog.locator("svg").count()).toBeGreaterThan(0);
      await shot("7-report-viewed");
      const reportActions = you.actions - reporting;

      console.log(
        `${lang}: typing a post ${typing} actions, first framework ${firstFramework}, ` +
          `changing a target ${changeTarget}, a report made and viewed ${reportActions}`,
      );
      await page.close();
    }, 120_000);
  }
});
