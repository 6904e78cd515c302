/**
 * Browser tests of the KPI wizard: Debian's Chromium (never a downloaded browser) driving the
 * sidebar as `npm run preview` serves it, on the in-memory workbook behind dist/Code.js.
 * One browser and one preview per test file; screenshots land in test-output/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import type { GoalId, KpiId, MetricId, TacticId } from "../../src/core/framework/model";
import { en as english } from "../../src/core/i18n/en";
import type { Lang } from "../../src/core/i18n/languages";
import { FRAMEWORK_KEYS, type FrameworkKey } from "../../src/core/tracker-columns";
import type { WizardStart } from "../../src/features/wizard/contract";
import { projectPath } from "../../src/local/paths";
import { type Preview, startPreview } from "../../src/local/preview-server";

const CHROMIUM = "/usr/bin/chromium";
/** Google's sidebars are 300 px wide. */
const SIDEBAR_WIDTH = 300;
const SCREENSHOTS = projectPath("test-output", "screenshots");

const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ["--font-render-hinting=none"] });

/** One Chromium and one preview for a test file: started before its tests, closed after. */
export function useBrowserAndPreview(started: (browser: Browser, preview: Preview) => void): void {
  let browser: Browser | undefined;
  let preview: Preview | undefined;
  beforeAll(async () => {
    [browser, preview] = await Promise.all([launch(), startPreview()]);
    started(browser, preview);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), preview?.close()]);
  });
}

/** The sidebar at 300 px, loaded and showing its first step. Any script dialog fails the test. */
export async function openSidebar(
  browser: Browser,
  preview: Preview,
  lang: Lang = "en",
  delayMs = 0,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: 720 } });
  page.on("dialog", (dialog) => {
    throw new Error(`The sidebar opened a ${dialog.type()} dialog: ${dialog.message()}`);
  });
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(preview.sidebarUrl(lang, delayMs));
  await page.locator("h1").waitFor();
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** What wizardStart tells the sidebar, called as the sidebar does. */
export function wizardStart(preview: Preview, lang: Lang = "en"): WizardStart {
  const value = preview.workbook(lang).bundle.call("wizardStart");
  return JSON.parse(JSON.stringify(value)) as WizardStart;
}

/** The KPI Framework's rows (below the header) as values, and the formulas behind them. */
function frameworkRows(preview: Preview, lang: Lang = "en") {
  const workbook = preview.workbook(lang);
  const sheet = workbook.standIn.spreadsheet.sheetNamed(workbook.frameworkSheet);
  if (!sheet) throw new Error("No KPI Framework sheet");
  const range = sheet.getDataRange();
  const values = range.readValues();
  const formulas = range.getFormulas();
  const column = (key: FrameworkKey) => FRAMEWORK_KEYS.indexOf(key);
  return values
    .map((line, r) => ({ row: r + 1, line, formulas: formulas[r] ?? [] }))
    .slice(1)
    .filter(({ line }) => line[column("campaign")] !== "")
    .map(({ row, line, formulas }) => ({
      row,
      get: (key: FrameworkKey) => line[column(key)],
      formula: (key: FrameworkKey) => formulas[column(key)] ?? "",
    }));
}

export const rowsOf = (preview: Preview, campaign: string, lang: Lang = "en") =>
  frameworkRows(preview, lang).filter((row) => row.get("campaign") === campaign);

/** Everything the framework sheet holds, to prove nothing was written. */
export const snapshot = (preview: Preview, lang: Lang = "en"): string =>
  JSON.stringify(frameworkRows(preview, lang).map((row) => FRAMEWORK_KEYS.map(row.get)));

/**
 * Text that does not fit: a page that scrolls sideways, an element whose content is wider
 * than its box (cut off, or spilling over), anything reaching past the sidebar's edge, and
 * a select whose chosen option is wider than the select shows.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    const canvas = document.createElement("canvas").getContext("2d");
    for (const element of document.body.querySelectorAll("*")) {
      if (!(element instanceof HTMLElement) || element.offsetParent === null) continue;
      const rect = element.getBoundingClientRect();
      if (rect.right > root.clientWidth + 0.5 || rect.left < -0.5) {
        problems.push(`${name(element)} reaches past the sidebar (${rect.left}..${rect.right})`);
      }
      // Text typed into an input may be longer than the input: that scrolls, as inputs do.
      if (element instanceof HTMLInputElement) continue;
      if (element instanceof HTMLSelectElement) {
        const style = getComputedStyle(element);
        if (canvas) canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = element.selectedOptions[0]?.text ?? "";
        const room = element.clientWidth - 40; // padding and the arrow
        const width = canvas?.measureText(text).width ?? 0;
        if (width > room) problems.push(`${name(element)} cuts off "${text}" (${width} > ${room})`);
        continue;
      }
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        problems.push(
          `${name(element)} overflows (${element.scrollWidth} > ${element.clientWidth})`,
        );
      }
    }
    return problems;
  });
}

/** "wizard.next", "col.utmLink": a catalog key shown where its text should be. */
const CATALOG_KEY = new RegExp(
  `\\b(?:${[...new Set(Object.keys(english).map((key) => key.split(".")[0]))].join("|")})\\.[a-zA-Z]`,
);

/** Every text fits the 300 px sidebar, and none is a catalog key the server did not send. */
export async function expectReadable(page: Page): Promise<void> {
  expect(await layoutProblems(page)).toEqual([]);
  const texts = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest("script, style")) found.push(node.textContent ?? "");
    }
    return found;
  });
  expect(texts.filter((text) => CATALOG_KEY.test(text))).toEqual([]);
}

interface KpiPlan {
  readonly kpi: KpiId;
  /** The metrics to tick, headline first as the KPI lists them; its headline alone if unset. */
  readonly metrics?: readonly MetricId[];
  /** Typed, or one of the choices: 0 or the campaign's value now; the default choice if unset. */
  readonly baseline?: string | { readonly from: "zero" | "current" };
  readonly target: string;
  readonly deadline?: string;
  readonly owner?: string;
  readonly tactic?: TacticId;
}

export interface Plan {
  readonly goal: GoalId;
  readonly secondaryGoal?: GoalId;
  /** A tracker campaign by name, or a new one. */
  readonly campaign: string | { readonly new: string };
  readonly start?: string;
  readonly end?: string;
  readonly budget?: string;
  readonly kpis: readonly KpiPlan[];
}

export const submit = (page: Page) => page.locator("form button[type=submit]").click();

/** Moves on from the step shown, waiting for the next. */
export async function next(page: Page): Promise<void> {
  const at = Number(await page.locator("main").getAttribute("data-at"));
  await submit(page);
  await page.locator(`main[data-at="${at + 1}"]`).waitFor();
}

/** The campaign step, past the question which campaign when frameworks are in the sheet. */
export async function toCampaignStep(page: Page): Promise<void> {
  await page.locator("main[data-step]").waitFor();
  if ((await page.locator("main").getAttribute("data-step")) === "choose") {
    await page.locator(".choose-other").click();
    await page.locator("main[data-step=campaign]").waitFor();
  }
}

/**
 * Fills the wizard from the campaign up to the SMART review, as a user clicking would (past
 * the question which campaign, when frameworks are in the sheet, to go through every step),
 * with a screenshot of each step when `shots` names them.
 */
export async function fillWizard(page: Page, plan: Plan, shots?: string): Promise<void> {
  const step = async (name: string) => {
    if (shots) await screenshot(page, `${shots}-${name}`);
    await next(page);
  };
  await toCampaignStep(page);
  if (typeof plan.campaign === "string") {
    await page.locator("select#f-campaign, select#f-campaign-choice").selectOption(plan.campaign);
  } else {
    const choice = page.locator("select#f-campaign, #f-campaign-choice");
    if ((await choice.count()) > 0) await choice.selectOption("");
    await page.locator("input#f-campaign").fill(plan.campaign.new);
  }
  if (plan.start !== undefined) await page.locator("#f-start").fill(plan.start);
  if (plan.end !== undefined) await page.locator("#f-end").fill(plan.end);
  if (plan.budget !== undefined) await page.locator("#f-budget").fill(plan.budget);
  await step("1-campaign");

  await page.locator(`input[name=goal][value=${plan.goal}]`).check();
  await page.locator("#f-secondaryGoal").selectOption(plan.secondaryGoal ?? "");
  await step("2-goal");

  const wanted = new Set<string>(plan.kpis.map((k) => k.kpi));
  for (const box of await page.locator("#f-kpis input[type=checkbox]").all()) {
    await box.setChecked(wanted.has(await box.inputValue()));
  }
  await step("3-kpis");

  const sections = await page.locator("section[data-kpi]").all();
  for (const [index, section] of sections.entries()) {
    const kpi = await section.getAttribute("data-kpi");
    const typed = plan.kpis.find((k) => k.kpi === kpi);
    if (!typed) throw new Error(`The wizard asks about ${kpi}, which the plan does not choose`);
    const at = (name: string) => page.locator(`#f-kpis-${index}-${name}`);
    if (typed.metrics) {
      const boxes = await at("metrics").locator("input[type=checkbox]").all();
      for (const box of boxes) {
        if (!typed.metrics.includes((await box.inputValue()) as MetricId)) await box.uncheck();
      }
      for (const box of boxes) {
        if (typed.metrics.includes((await box.inputValue()) as MetricId)) await box.check();
      }
    }
    if (typeof typed.baseline === "string") await at("baseline").fill(typed.baseline);
    else if (typed.baseline) await at(`baseline-${typed.baseline.from}`).check();
    await at("target").fill(typed.target);
    if (typed.deadline !== undefined) await at("deadline").fill(typed.deadline);
    if (typed.owner !== undefined) await at("owner").fill(typed.owner);
    if (typed.tactic !== undefined) await at("tactic").selectOption(typed.tactic);
  }
  await step("4-targets");
  if (shots) await screenshot(page, `${shots}-5-review`);
}

/** Writes from the review and waits for the outcome: the done step, or problems shown. */
export async function write(page: Page, shots?: string): Promise<void> {
  await submit(page);
  await page.locator("main[data-step=done], .banner").first().waitFor();
  if (shots) await screenshot(page, `${shots}-6-written`);
}

/** Whether the focused element shows it: its own outline, or its goal card's. */
const focusShows = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return false;
    // A date field's calendar button, last of its Tab stops, draws the browser's own ring.
    if (
      focused instanceof HTMLInputElement &&
      focused.type === "date" &&
      !focused.matches(":focus")
    ) {
      return true;
    }
    const shown = focused.closest(".card") ?? focused;
    const style = getComputedStyle(shown);
    return style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
  });

/**
 * Presses Tab until the focused element matches the selector, checking on the way that every
 * element Tab reaches shows its focus. Fails after `max` presses.
 */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const focused = document.activeElement;
      return focused ? `${focused.tagName.toLowerCase()}#${focused.id}` : "nothing";
    });
    expect(await focusShows(page), `focus on ${where} is visible`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
