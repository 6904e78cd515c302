/**
 * The wizard at Google's 300 px in all five languages: every step, errors included, with no
 * text cut off or spilling over, and numbers read the way the spreadsheet's locale types them.
 */
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { HOME_LOCALES, LANGUAGE_CODES, type Lang } from "../../src/core/i18n/languages";
import type { Preview } from "../../src/local/preview-server";
import {
  expectReadable,
  next,
  openSidebar,
  rowsOf,
  screenshot,
  submit,
  toCampaignStep,
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

/** 500,000 / 900,000.5 / 2 / 3.5 / 12,500, typed as each home locale writes them. */
const TYPED: Readonly<Record<Lang, readonly string[]>> = {
  en: ["500,000", "900,000.5", "2", "3.5", "12,500"],
  "zh-CN": ["500,000", "900,000.5", "2", "3.5", "12,500"],
  da: ["500.000", "900.000,5", "2", "3,5", "12.500"],
  it: ["500.000", "900.000,5", "2", "3,5", "12.500"],
  ky: ["500 000", "900 000,5", "2", "3,5", "12 500"],
};

describe("the wizard in every language at 300 px", () => {
  for (const lang of LANGUAGE_CODES) {
    it(`${lang} (${HOME_LOCALES[lang]})`, async () => {
      const start = wizardStart(preview, lang);
      expect(start.language).toBe(lang);
      const page = await openSidebar(browser, preview, lang);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const shot = async (name: string) => {
        await expectReadable(page);
        await screenshot(page, `lang-${lang}-${name}`);
      };
      const [baseline, target, roasFrom, roasTo, budget] = TYPED[lang] as string[];

      // Campaign: first with the error for a budget in words.
      await toCampaignStep(page);
      const campaign = start.campaigns[1]?.name as string;
      await page.locator("select#f-campaign").selectOption(campaign);
      await page.locator("#f-budget").fill("a lot");
      await submit(page);
      await page.locator("#f-budget-error").waitFor();
      await shot("1-campaign-error");
      await page.locator("#f-budget").fill(budget as string);
      await shot("1-campaign");
      await next(page);

      // Goal: first with the error for no goal, then the longest names.
      await submit(page);
      await page.locator("#f-goal-error").waitFor();
      await shot("2-goal-error");
      await page.locator("input[name=goal][value=sales]").check();
      await page.locator("#f-secondaryGoal").selectOption("management");
      await shot("2-goal");
      await next(page);

      await shot("3-kpis");
      const kpis = await page.locator("#f-kpis input:checked").count();
      expect(kpis).toBe(3);
      await next(page);
      const typed = [
        [baseline, target],
        [roasFrom, roasTo],
        ["10", "15"],
      ];
      for (const [index, [from, to]] of typed.entries()) {
        await page.locator(`#f-kpis-${index}-baseline`).fill(from as string);
        await page.locator(`#f-kpis-${index}-target`).fill(to as string);
        await page.locator(`#f-kpis-${index}-owner`).fill("Marketing");
      }
      await shot("4-targets");
      await next(page);
      await shot("5-review");
      await write(page);
      expect(await page.locator("main").getAttribute("data-step")).toBe("done");
      await shot("6-done");

      // The numbers as the locale types them, read as the same numbers in every language.
      const rows = rowsOf(preview, campaign, lang);
      const numbers = rows.map((row) => [row.get("baseline"), row.get("target")]);
      expect(numbers).toEqual(
        expect.arrayContaining([
          [500_000, 900_000.5],
          [2, 3.5],
          [10, 15],
        ]),
      );
      await page.close();
    });
  }
});
