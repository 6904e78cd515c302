/**
 * Every bad input of the wizard gets a clear error next to its field, and nothing is written:
 * in the sidebar before any server call, and on the server for payloads the sidebar would
 * never send. Names that look like formulas or HTML are kept as text everywhere.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { FrameworkDraft } from "../../src/core/framework/model";
import type { WriteOutcome } from "../../src/features/wizard/contract";
import type { Preview } from "../../src/local/preview-server";
import {
  expectReadable,
  fillWizard,
  next,
  openSidebar,
  type Plan,
  rowsOf,
  screenshot,
  snapshot,
  submit,
  toCampaignStep,
  useBrowserAndPreview,
  write,
} from "./helpers";

let browser: Browser;
let preview: Preview;

useBrowserAndPreview((b, p) => {
  browser = b;
  preview = p;
});

/** The error shown for a field, after checking it is tied to the field for screen readers. */
async function fieldError(page: Page, id: string): Promise<string> {
  const error = page.locator(`#${id}-error`);
  await error.waitFor();
  const field = page.locator(`#${id}`);
  expect(await field.getAttribute("aria-describedby")).toContain(`${id}-error`);
  const invalid = page.locator(`#${id}[aria-invalid=true], #${id} [aria-invalid=true]`);
  expect(await invalid.count()).toBeGreaterThan(0);
  return (await error.textContent()) ?? "";
}

/** The step the sidebar shows, by kind and position. */
const stepOf = async (page: Page) => ({
  kind: await page.locator("main").getAttribute("data-step"),
  at: Number(await page.locator("main").getAttribute("data-at")),
});

const SALES: Plan = {
  goal: "sales",
  campaign: "Summer Sun Sale",
  kpis: [{ kpi: "sales", baseline: "500,000", target: "900,000", owner: "Brand manager" }],
};

/** A draft the sidebar could send, to forge from. */
const DRAFT: FrameworkDraft = {
  goal: "sales",
  secondaryGoal: null,
  campaign: "Forged",
  start: "2026-06-08",
  end: "2026-07-19",
  budget: null,
  kpis: [
    {
      kpi: "sales",
      metrics: ["revenue"],
      baseline: 1,
      target: 2,
      deadline: "2026-07-19",
      owner: "",
      tactic: "",
    },
  ],
};

/** Calls writeFramework from the sidebar page, as google.script.run does, with any payload. */
function forge(page: Page, payload: unknown): Promise<WriteOutcome> {
  interface Run {
    withSuccessHandler(handler: (value: WriteOutcome) => void): Run;
    withFailureHandler(handler: (error: unknown) => void): Run;
    writeFramework(draft: unknown): void;
  }
  return page.evaluate(
    (draft) =>
      new Promise<WriteOutcome>((resolve, reject) => {
        const { run } = (window as unknown as { google: { script: { run: Run } } }).google.script;
        run.withSuccessHandler(resolve).withFailureHandler(reject).writeFramework(draft);
      }),
    payload,
  );
}

describe("bad input in the wizard", () => {
  it("asks for a goal before the KPIs", async () => {
    const page = await openSidebar(browser, preview);
    const before = snapshot(preview);
    await toCampaignStep(page);
    await next(page);
    await submit(page);
    expect(await fieldError(page, "f-goal")).toBe("Pick a goal.");
    expect(await stepOf(page)).toEqual({ kind: "goal", at: 1 });
    // Focus lands on the goal choice, where the user fixes it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("goal");
    await expectReadable(page);
    await screenshot(page, "bad-no-goal");
    expect(snapshot(preview)).toBe(before);
    await page.close();
  });

  it("refuses an end before the start, a negative budget and a budget in words", async () => {
    const page = await openSidebar(browser, preview);
    await toCampaignStep(page);
    await page.locator("#f-start").fill("2026-07-01");
    await page.locator("#f-end").fill("2026-06-01");
    await page.locator("#f-budget").fill("-500");
    await submit(page);
    expect(await fieldError(page, "f-end")).toBe("The end date is before the start date.");
    expect(await fieldError(page, "f-budget")).toBe("Enter 0 or more.");
    expect(await stepOf(page)).toEqual({ kind: "campaign", at: 0 });
    await expectReadable(page);
    await screenshot(page, "bad-dates-budget");

    await page.locator("#f-budget").fill("lots");
    // Fixing a field clears its error at once; the other stays until the next check.
    expect(await page.locator("#f-budget-error").count()).toBe(0);
    expect(await page.locator("#f-end-error").count()).toBe(1);
    await submit(page);
    expect(await fieldError(page, "f-budget")).toBe('Budget is "lots", not a number');
    await page.close();
  });

  it("refuses a target equal to the baseline, a target in words and an early deadline", async () => {
    const page = await openSidebar(browser, preview);
    const before = snapshot(preview);
    await fillWizard(page, {
      ...SALES,
      kpis: [{ kpi: "sales", baseline: "500,000", target: "900,000", owner: "Brand manager" }],
    });
    // Back from the review to the targets, then the bad values.
    await page.getByRole("button", { name: "Back" }).click();
    await page.locator("#f-kpis-0-target").fill("500000");
    await submit(page);
    expect(await fieldError(page, "f-kpis-0-target")).toBe(
      "The target equals the baseline: set the value to reach.",
    );
    await page.locator("#f-kpis-0-target").fill("ten thousand");
    await page.locator("#f-kpis-0-deadline").fill("2026-01-31");
    await submit(page);
    expect(await fieldError(page, "f-kpis-0-target")).toBe(
      'Target is "ten thousand", not a number',
    );
    expect(await fieldError(page, "f-kpis-0-deadline")).toBe(
      "The deadline is before the campaign starts.",
    );
    expect(await stepOf(page)).toEqual({ kind: "targets", at: 3 });
    await expectReadable(page);
    await screenshot(page, "bad-target-deadline");
    expect(snapshot(preview)).toBe(before);
    await page.close();
  });

  it("lets a KPI have 3 metrics at most, and the server refuses a fourth", async () => {
    const page = await openSidebar(browser, preview);
    await toCampaignStep(page);
    await next(page);
    await page.locator("input[name=goal][value=awareness]").check();
    await next(page);
    await page.locator("#f-kpis input[value=reach]").check();
    await next(page);
    const boxes = page.locator("#f-kpis-0-metrics input[type=checkbox]");
    expect(await boxes.count()).toBe(4);
    for (const box of await boxes.all()) {
      if (await box.isEnabled()) await box.check();
    }
    expect(await page.locator("#f-kpis-0-metrics input:checked").count()).toBe(3);
    const fourth = page.locator("#f-kpis-0-metrics input:not(:checked)");
    expect(await fourth.isDisabled()).toBe(true);
    expect(await page.locator("#f-kpis-0-metrics-hint").textContent()).toBe(
      "3 chosen: clear one to pick another.",
    );
    await expectReadable(page);
    await screenshot(page, "bad-four-metrics");

    const before = snapshot(preview);
    const outcome = await forge(page, {
      ...DRAFT,
      goal: "awareness",
      kpis: [
        {
          ...DRAFT.kpis[0],
          kpi: "reach",
          metrics: ["reach", "impressions", "views", "frequency"],
        },
      ],
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ field: "kpis.0.metrics", message: "Pick at most 3 metrics." }],
    });
    expect(snapshot(preview)).toBe(before);
    await page.close();
  });

  it("refuses unknown goal, KPI and metric ids sent to the server, and shows them", async () => {
    const page = await openSidebar(browser, preview);
    const before = snapshot(preview);
    const unknownGoal = await forge(page, { ...DRAFT, goal: "world-domination" });
    expect(unknownGoal.ok).toBe(false);
    expect(!unknownGoal.ok && unknownGoal.problems).toEqual([
      { field: "goal", message: "Not a goal the add-on knows: pick one from the list." },
    ]);
    const unknownMetric = await forge(page, {
      ...DRAFT,
      kpis: [{ ...DRAFT.kpis[0], kpi: "sales", metrics: ["revenue", "vibes"] }],
    });
    expect(!unknownMetric.ok && unknownMetric.problems).toEqual([
      {
        field: "kpis.0.metrics.1",
        message: "Not a metric the add-on knows: pick one from the list.",
      },
    ]);
    const unknownKpi = await forge(page, { ...DRAFT, kpis: [{ ...DRAFT.kpis[0], kpi: "fame" }] });
    expect(!unknownKpi.ok && unknownKpi.problems.map((p) => p.field)).toContain("kpis.0.kpi");
    // Not even the shape of a draft.
    const shapeless = await forge(page, { goal: 42, kpis: "all of them" });
    expect(shapeless.ok).toBe(false);
    expect(snapshot(preview)).toBe(before);

    // A payload changed on its way: the server's problem shows beside the field it names, on
    // the step that holds it.
    await page.route("**/run*", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}");
      if (body.name === "writeFramework") body.args[0].kpis[0].metrics = ["revenue", "vibes"];
      await route.continue({ postData: JSON.stringify(body) });
    });
    await fillWizard(page, SALES);
    await write(page);
    expect(await page.locator(".banner").textContent()).toBe(
      "Nothing was written. Fix the fields marked.",
    );
    expect(await stepOf(page)).toEqual({ kind: "targets", at: 3 });
    expect(await fieldError(page, "f-kpis-0-metrics")).toBe(
      "Not a metric the add-on knows: pick one from the list.",
    );
    await expectReadable(page);
    await screenshot(page, "bad-forged-metric");
    expect(snapshot(preview)).toBe(before);
    await page.close();
  });

  it("refuses a 10,000-character campaign name, in the sidebar and on the server", async () => {
    const page = await openSidebar(browser, preview);
    const before = snapshot(preview);
    const long = "Summer ".repeat(1429).concat("Sale").slice(0, 10_000);
    expect(long).toHaveLength(10_000);
    await toCampaignStep(page);
    await page.locator("select#f-campaign, select#f-campaign-choice").selectOption("");
    await page.locator("input#f-campaign").fill(long);
    await page.locator("#f-start").fill("2026-12-01");
    await page.locator("#f-end").fill("2026-12-31");
    await submit(page);
    expect(await fieldError(page, "f-campaign")).toBe("Too long: keep it to 100 characters.");
    await expectReadable(page);
    await screenshot(page, "bad-long-name");
    const outcome = await forge(page, { ...DRAFT, campaign: long });
    expect(!outcome.ok && outcome.problems).toEqual([
      { field: "campaign", message: "Too long: keep it to 100 characters." },
    ]);
    expect(snapshot(preview)).toBe(before);
    await page.close();
  });

  it("writes a campaign name that looks like a formula as text", async () => {
    const name = '=HYPERLINK("http://x","y")';
    const page = await openSidebar(browser, preview);
    await fillWizard(page, {
      ...SALES,
      campaign: { new: name },
      start: "2026-12-01",
      end: "2026-12-31",
      kpis: [{ kpi: "sales", baseline: "0", target: "10,000", owner: "Brand manager" }],
    });
    await write(page, "formula-name");
    const rows = rowsOf(preview, name);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.get("campaign")).toBe(name);
    expect(rows[0]?.formula("campaign")).toBe("");
    // Other cells starting with =, +, - or @, straight to the server: text as well.
    for (const campaign of ["+1 Launch", "-5% Sale", "@brand drop"]) {
      const outcome = await forge(page, {
        ...DRAFT,
        campaign,
        kpis: [{ ...DRAFT.kpis[0], owner: "=1+1" }],
      });
      expect(outcome.ok).toBe(true);
      const [row] = rowsOf(preview, campaign);
      expect([row?.get("campaign"), row?.get("owner")]).toEqual([campaign, "=1+1"]);
      expect([row?.formula("campaign"), row?.formula("owner")]).toEqual(["", ""]);
    }
    await page.close();
  });

  it("shows a campaign name that is HTML as text, and stores it as text", async () => {
    const name = "<img src=x onerror=alert(1)>";
    const page = await openSidebar(browser, preview);
    await fillWizard(page, {
      ...SALES,
      campaign: { new: name },
      start: "2026-12-01",
      end: "2026-12-31",
      kpis: [{ kpi: "sales", baseline: "0", target: "10,000", owner: name }],
    });
    expect(await page.locator(".statement").count()).toBe(1);
    await write(page, "html-name");
    expect(await page.locator("main").textContent()).toContain(name);
    expect(await page.locator("img").count()).toBe(0);
    expect(rowsOf(preview, name).map((row) => row.get("campaign"))).toEqual([name]);

    // The next run starts afresh; the name is still nowhere an element.
    await page.getByRole("button", { name: "Another campaign" }).click();
    await toCampaignStep(page);
    await page.locator("#f-campaign").waitFor();
    expect(await page.locator("img").count()).toBe(0);
    await expectReadable(page);
    await screenshot(page, "html-name-again");
    await page.close();
  });
});
