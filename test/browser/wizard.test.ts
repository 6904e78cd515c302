/**
 * The KPI wizard end to end: Chromium clicks through the sidebar, the preview's stand-in
 * google.script.run calls dist/Code.js, and the test reads what landed in the in-memory
 * KPI Framework sheet: rows, statements, and Actual values computed live from the tracker.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { KpiId, MetricId } from "../../src/core/framework/model";
import type { Preview } from "../../src/local/preview-server";
import {
  expectReadable,
  fillWizard,
  openSidebar,
  type Plan,
  rowsOf,
  screenshot,
  snapshot,
  submit,
  tabTo,
  useBrowserAndPreview,
  wizardStart,
  write,
} from "./helpers";

let browser: Browser;
let preview: Preview;

useBrowserAndPreview((b, p) => {
  browser = b;
  preview = p;
});

const PLANS: readonly Plan[] = [
  {
    goal: "awareness",
    campaign: "Spring Glow Launch",
    budget: "25,000",
    kpis: [
      {
        kpi: "reach",
        metrics: ["reach", "impressions"],
        baseline: "1,000,000",
        target: "3,000,000",
        owner: "Social lead",
        tactic: "sponsoredPosts",
      },
      { kpi: "mediaValue", baseline: "10,000", target: "40,000", owner: "Social lead" },
    ],
  },
  {
    goal: "sales",
    secondaryGoal: "engagement",
    campaign: "Summer Sun Sale",
    kpis: [
      { kpi: "sales", baseline: "500,000", target: "900,000", owner: "Brand manager" },
      { kpi: "returnOnSpend", baseline: "2", target: "3", owner: "Brand manager" },
      { kpi: "engagement", baseline: "2%", target: "3.5%", owner: "Social lead" },
    ],
  },
  {
    goal: "conversions",
    campaign: "Autumn App Drive",
    kpis: [
      { kpi: "conversions", baseline: "2,000", target: "6,000", owner: "Growth lead" },
      { kpi: "clickThrough", baseline: "1%", target: "2%", owner: "Growth lead" },
    ],
  },
];

/** The headline metric of each KPI the plans choose, as the KPI catalog lists it first. */
const HEADLINE: Partial<Record<KpiId, MetricId>> = {
  reach: "reach",
  mediaValue: "emv",
  sales: "revenue",
  returnOnSpend: "roas",
  engagement: "engagementRate",
  conversions: "conversions",
  clickThrough: "ctr",
  salesConversion: "salesConversionRate",
};

describe("the KPI wizard", () => {
  it("builds a framework for three goals, computing live from the tracker", async () => {
    const start = wizardStart(preview);
    for (const plan of PLANS) {
      const page = await openSidebar(browser, preview);
      const name = `goal-${plan.goal}`;
      await fillWizard(page, plan, name);
      await expectReadable(page);
      const statements = await page.locator(".statement").allInnerTexts();
      expect(statements).toHaveLength(plan.kpis.length);
      await write(page, name);
      expect(await page.locator("main").getAttribute("data-step")).toBe("done");

      const campaign = plan.campaign as string;
      const rows = rowsOf(preview, campaign);
      const values = start.campaigns.find((c) => c.name === campaign)?.values ?? {};
      expect(rows.map((row) => row.get("statement"))).toEqual(expect.arrayContaining(statements));
      expect(rows).toHaveLength(plan.kpis.length);
      for (const kpi of plan.kpis) {
        const row = rows.find((r) => r.get("kpi") === start.messages[`kpi.${kpi.kpi}`]);
        expect(row, kpi.kpi).toBeDefined();
        if (!row) continue;
        // Actual is a live formula over the campaign's tracker rows, never a pasted number.
        expect(row.formula("actual")).toMatch(/^=/);
        const metric = HEADLINE[kpi.kpi] as MetricId;
        expect(row.get("actual")).toBeCloseTo(values[metric] as number, 6);
        expect(typeof row.get("progress")).toBe("number");
        expect(row.get("status")).not.toBe("");
        expect(row.get("owner")).toBe(kpi.owner);
      }
      await page.close();
    }
    // The three campaigns' rows, one after another.
    expect(PLANS.flatMap((plan) => rowsOf(preview, plan.campaign as string))).toHaveLength(7);
  });

  it("updates a campaign's rows when run again: KPIs removed, changed and added", async () => {
    const others = () =>
      JSON.stringify(
        ["Spring Glow Launch", "Autumn App Drive"].map((c) =>
          rowsOf(preview, c).map((row) => [row.get("kpi"), row.get("target"), row.get("actual")]),
        ),
      );
    const before = others();
    const page = await openSidebar(browser, preview);
    await fillWizard(
      page,
      {
        goal: "sales",
        campaign: "Summer Sun Sale",
        kpis: [
          { kpi: "returnOnSpend", baseline: "2", target: "3.5", owner: "Brand manager" },
          { kpi: "salesConversion", baseline: "5", target: "8", owner: "Brand manager" },
        ],
      },
      "update",
    );
    await write(page, "update");
    const counts = await page.locator(".counts li").allInnerTexts();
    expect(counts).toEqual(["KPIs added: 1", "KPIs updated: 1", "KPIs removed: 2"]);

    const rows = rowsOf(preview, "Summer Sun Sale");
    const targets = Object.fromEntries(rows.map((row) => [row.get("kpi"), row.get("target")]));
    expect(targets).toEqual({ "Return on spend": 3.5, "Sales conversion": 0.08 });
    expect(others()).toBe(before);

    // The done step's button shows the campaign's rows in the sheet; the keyboard stays here.
    const show = page.getByRole("button", { name: "Show the rows" });
    await show.click();
    const { spreadsheet } = preview.workbook().standIn;
    await expect.poll(() => spreadsheet.selection?.row).toBe(Math.min(...rows.map((r) => r.row)));
    expect(spreadsheet.selection?.numRows).toBe(2);
    await expect
      .poll(() => show.evaluate((button) => button === document.activeElement))
      .toBe(true);
    await page.close();
  });

  it("opens a framework in the sheet at its review, one click from any KPI and back", async () => {
    const page = await openSidebar(browser, preview);
    // The sheet has frameworks: which campaign, first.
    expect(await page.locator("main").getAttribute("data-step")).toBe("choose");
    await screenshot(page, "again-0-choose");
    await page.locator("button[data-campaign='Summer Sun Sale']").click();
    await page.locator("main[data-step=review]").waitFor();
    expect(await page.locator("#f-kpis-0-target").inputValue()).toBe("3.5");
    expect(await page.locator(".kpi-review h2").allInnerTexts()).toEqual([
      "Return on spend",
      "Sales conversion",
      "The framework as a whole",
    ]);
    await screenshot(page, "again-1-review");
    // One click to the second KPI's fields, one click back.
    await page.getByRole("button", { name: "Edit this KPI" }).nth(1).click();
    await page.locator("main[data-step=targets]").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("kpi-1-name");
    expect(await page.locator("#f-kpis-1-baseline").inputValue()).toBe("5");
    expect(await page.locator("#f-kpis-1-baseline-typed").isChecked()).toBe(true);
    await screenshot(page, "again-2-kpi");
    await submit(page);
    await page.locator("main[data-step=review]").waitFor();
    // The five steps stay five, named, whatever the KPIs.
    expect(await page.locator(".stepper li").allInnerTexts()).toEqual([
      "Campaign",
      "Goal",
      "KPIs",
      "Targets",
      "Review",
    ]);
    await page.close();
  });

  it("undoes a write: the rows exactly as they were, then back at the review", async () => {
    const before = snapshot(preview);
    const page = await openSidebar(browser, preview);
    await page.locator("button[data-campaign='Summer Sun Sale']").click();
    await page.locator("#f-kpis-0-target").fill("4");
    await write(page);
    const target = (kpi: string) =>
      rowsOf(preview, "Summer Sun Sale")
        .find((row) => row.get("kpi") === kpi)
        ?.get("target");
    expect(target("Return on spend")).toBe(4);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.locator("main[data-step=review] .banner.info").waitFor();
    expect(snapshot(preview)).toBe(before);
    await screenshot(page, "undo-done");
    await page.close();
  });

  it("is busy while the server writes, nothing clickable, and shows a failure in words", async () => {
    const page = await openSidebar(browser, preview, "en", 1500);
    await fillWizard(page, {
      goal: "engagement",
      campaign: { new: "Winter Wonderland" },
      start: "2026-12-01",
      end: "2026-12-31",
      kpis: [{ kpi: "engagement", baseline: "2", target: "3", owner: "Social lead" }],
    });
    const before = snapshot(preview);
    // Another execution holds the document lock: the server says it is busy.
    const { lock } = preview.workbook().standIn;
    lock.heldElsewhere = true;
    await submit(page);
    const button = page.locator("button[type=submit]");
    expect(await button.isDisabled()).toBe(true);
    expect(await button.textContent()).toBe("Writing…");
    expect(await page.locator("main").getAttribute("aria-busy")).toBe("true");
    // Links are inert while writing: the KPI's Edit does nothing.
    expect(await page.locator(".content[inert]").count()).toBe(1);
    await page
      .locator("button.link", { hasText: "Edit this KPI" })
      .click({ force: true, timeout: 1000 });
    expect(await page.locator("main").getAttribute("data-step")).toBe("review");
    await screenshot(page, "busy-1-writing");
    await page.locator(".banner").waitFor();
    expect(await page.locator(".banner").textContent()).toContain("busy with another change");
    await screenshot(page, "busy-2-failed");
    expect(snapshot(preview)).toBe(before);

    lock.heldElsewhere = false;
    await submit(page);
    await page.locator("main[data-step=done]").waitFor();
    expect(rowsOf(preview, "Winter Wonderland")).toHaveLength(1);
    await page.close();
  });

  it("can be used with the keyboard alone, focus always visible", async () => {
    // From the sample data alone: no campaign has a framework to start from.
    preview.reset();
    const page = await openSidebar(browser, preview);
    const step = () => page.locator("main").getAttribute("data-step");
    // Enter in a field moves on, as in any form.
    await tabTo(page, "#f-budget");
    await page.keyboard.type("12,000");
    await screenshot(page, "keyboard-1-campaign");
    await page.keyboard.press("Enter");
    expect(await step()).toBe("goal");
    // The goal cards are one radio group: Tab in, arrows choose.
    await tabTo(page, "input[name=goal]");
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowDown");
    expect(await page.locator("input[name=goal]:checked").getAttribute("value")).toBe("sales");
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    expect(await step()).toBe("kpis");
    // Space toggles a KPI: the suggested Sales and Return on spend, and Sales conversion.
    await tabTo(page, "#f-kpis input[value=salesConversion]");
    await page.keyboard.press("Space");
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Space");
    expect(await step()).toBe("targets");

    const targets = ["200,000", "3", "7"];
    for (const [index, target] of targets.entries()) {
      await tabTo(page, `#f-kpis-${index}-target`);
      await page.keyboard.type(target);
      await tabTo(page, `#f-kpis-${index}-owner`);
      await page.keyboard.type("Keyboard user");
    }
    await screenshot(page, "keyboard-2-targets");
    await page.keyboard.press("Enter");
    expect(await step()).toBe("review");
    await tabTo(page, "button[type=submit]");
    await screenshot(page, "keyboard-3-review");
    await page.keyboard.press("Enter");
    await page.locator("main[data-step=done]").waitFor();
    expect(rowsOf(preview, "Spring Glow Launch").map((row) => row.get("owner"))).toContain(
      "Keyboard user",
    );
    await tabTo(page, "button.action");
    await page.keyboard.press("Enter");
    await expect.poll(() => preview.workbook().standIn.spreadsheet.selection).toBeDefined();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Show the rows");
    await screenshot(page, "keyboard-4-done");
    await page.close();
  });
});
