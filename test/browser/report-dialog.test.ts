/**
 * The report dialog and the report page in Chromium, through the preview: the dialog Code.js
 * writes (Generate report), its google.script.run calls to the same functions, the report
 * sheet they add to the in-memory workbook, and View report's page, rendered in the browser
 * from the model the server sends.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "../../src/core/i18n/languages";
import type { Preview } from "../../src/local/preview-server";
import { screenshot, useBrowserAndPreview } from "./helpers";

let browser: Browser;
let preview: Preview;
useBrowserAndPreview((b, p) => {
  browser = b;
  preview = p;
});

const reportSheets = () =>
  preview
    .workbook()
    .standIn.spreadsheet.getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => /\d{4}-\d{2}-\d{2}$/.test(name));

describe("the report dialog", () => {
  it("creates a report sheet of the campaign chosen", async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 380 } });
    await page.goto(preview.dialogUrl("showReportMaker"));
    await page.locator("#campaign").selectOption("Summer Sun Sale");
    await screenshot(page, "report-dialog-1-choose");
    await page.getByRole("button", { name: "Create report sheet" }).click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toMatch(/^Added Summer Sun Sale \d{4}-\d{2}-\d{2}/);
    await screenshot(page, "report-dialog-2-added");
    expect(reportSheets()).toHaveLength(1);
    expect(reportSheets()[0]).toMatch(/^Summer Sun Sale \d{4}-\d{2}-\d{2}$/);
    await page.close();
  });

  it("shows a problem in words and adds nothing: dates out of order", async () => {
    const before = reportSheets();
    const page = await browser.newPage({ viewport: { width: 420, height: 380 } });
    await page.goto(preview.dialogUrl("showReportMaker"));
    await page.locator("#from").fill("2026-06-30");
    await page.locator("#to").fill("2026-06-01");
    await page.getByRole("button", { name: "Create report sheet" }).click();
    await expect.poll(() => page.locator("#status").getAttribute("class")).toBe("error");
    expect(await page.locator("#status").textContent()).not.toBe("");
    await screenshot(page, "report-dialog-3-problem");
    expect(reportSheets()).toEqual(before);
    await page.close();
  });

  it("views the report of all campaigns as a page that fits a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(preview.dialogUrl("showReportViewer"));
    await page.getByRole("button", { name: "View report" }).click();
    await page.waitForSelector("h1");
    expect(await page.locator("h1").textContent()).toContain("All campaigns");
    // The funnel and EMV and cost by influencer (no KPI framework in the sample spreadsheet).
    expect(await page.locator("svg").count()).toBeGreaterThanOrEqual(2);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
    await screenshot(page, "report-page-all-360");
    await page.close();
  });

  it.each(LANGUAGE_CODES)("fits its dialog in %s", async (lang) => {
    const page = await browser.newPage({ viewport: { width: 420, height: 400 } });
    await page.goto(preview.dialogUrl("showReportMaker", lang));
    await page.waitForSelector("#form:not([hidden])");
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll("label, button, p, option")].flatMap((element) =>
        element.scrollWidth > (element as HTMLElement).clientWidth + 1 ||
        element.getBoundingClientRect().right > window.innerWidth
          ? [element.textContent]
          : [],
      ),
    );
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await screenshot(page, `report-dialog-${lang}`);
    await page.close();
  });
});
