/**
 * The HTML report in Debian's Chromium at desktop (1200 px) and phone (360 px) widths, in all
 * five languages: nothing scrolls the page sideways or spills out of its box (wide tables
 * scroll inside their own), chart texts stay inside their chart without overlapping, the
 * influencer named `<img src=x onerror=…>` shows as text and runs nothing. Screenshots land in
 * test-output/screenshots/report-<lang>-<width>.png, and one of the printed page.
 */
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en as english } from "../../src/core/i18n/en";
import { HOME_LOCALES, LANGUAGE_CODES, type Lang } from "../../src/core/i18n/languages";
import { renderReportHtml } from "../../src/features/report/pages/view/render";
import { catalogOf } from "../../src/local/catalogs";
import { FIXTURE_MESSAGES, INJECTION, reportFixture } from "../report/fixture";
import { screenshot } from "./helpers";

const CURRENCIES: Readonly<Record<Lang, string>> = {
  en: "USD",
  "zh-CN": "CNY",
  da: "DKK",
  it: "EUR",
  ky: "KGS",
};
const WIDTHS = [1200, 360];

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--font-render-hinting=none"],
  });
});
afterAll(async () => {
  await browser?.close();
});

function reportIn(lang: Lang): string {
  const model = reportFixture();
  const currency = CURRENCIES[lang];
  return renderReportHtml(
    { ...model, header: { ...model.header, currency } },
    {
      messages: { ...FIXTURE_MESSAGES, ...catalogOf(lang) },
      locale: HOME_LOCALES[lang],
      currency,
      lang,
    },
  );
}

/** The report opened at a width; any script dialog or page error is recorded. */
async function open(html: string, width: number, events: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  page.on("dialog", async (dialog) => {
    events.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => events.push(`error: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith("data:")) events.push(`request: ${request.url()}`);
  });
  await page.setContent(html, { waitUntil: "load" });
  return page;
}

/**
 * What does not fit: the page scrolling sideways; an element outside a table's scroll box
 * whose content is wider than it or that reaches past the window; a chart text less than a
 * pixel inside its chart, or over another text of the chart.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    for (const element of document.body.querySelectorAll("*")) {
      // A table's scroll box must fit; what it scrolls may be as wide as it needs.
      if (!(element instanceof HTMLElement) || element.parentElement?.closest(".scroll")) continue;
      const rect = element.getBoundingClientRect();
      if (rect.right > root.clientWidth + 0.5 || rect.left < -0.5) {
        problems.push(`${name(element)} reaches past the window (${rect.left}..${rect.right})`);
      }
      if (element.classList.contains("scroll")) continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        problems.push(
          `${name(element)} overflows (${element.scrollWidth} > ${element.clientWidth})`,
        );
      }
    }
    for (const svg of document.querySelectorAll("svg")) {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll("text")].map((text) => ({
        text,
        rect: text.getBoundingClientRect(),
      }));
      // Each text's box (its glyphs' advances times the font's ascent and descent) keeps at
      // least a pixel inside every side of its chart; 0.01 px allows for rounding alone.
      const inner = {
        left: box.left + 1,
        right: box.right - 1,
        top: box.top + 1,
        bottom: box.bottom - 1,
      };
      for (const [i, { text, rect }] of texts.entries()) {
        if (
          rect.left < inner.left - 0.01 ||
          rect.right > inner.right + 0.01 ||
          rect.top < inner.top - 0.01 ||
          rect.bottom > inner.bottom + 0.01
        ) {
          problems.push(
            `chart text "${text.textContent}" is not a pixel inside its chart (${rect.left}..${rect.right} × ${rect.top}..${rect.bottom} in ${box.left}..${box.right} × ${box.top}..${box.bottom})`,
          );
        }
        for (const other of texts.slice(i + 1)) {
          const o = other.rect;
          const overlap =
            Math.min(rect.right, o.right) - Math.max(rect.left, o.left) > 1 &&
            Math.min(rect.bottom, o.bottom) - Math.max(rect.top, o.top) > 3;
          if (overlap) {
            problems.push(
              `chart texts "${text.textContent}" and "${other.text.textContent}" overlap`,
            );
          }
        }
      }
    }
    return problems;
  });
}

/** "page.funnel", "col.emv": a catalog key shown where its text should be. */
const CATALOG_KEY = new RegExp(
  `\\b(?:${[...new Set(Object.keys(english).map((key) => key.split(".")[0]))].join("|")})\\.[a-zA-Z]`,
);

describe("the HTML report in Chromium", () => {
  for (const lang of LANGUAGE_CODES) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width} px`, async () => {
        const events: string[] = [];
        const page = await open(reportIn(lang), width, events);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await screenshot(page, `report-${lang}-${width}`);
        expect(await layoutProblems(page)).toEqual([]);

        // The injected name is text: no image, no dialog, nothing fetched.
        expect(await page.locator("img").count()).toBe(0);
        expect(await page.getByText(INJECTION, { exact: true }).count()).toBeGreaterThan(0);
        expect(events).toEqual([]);

        const texts = await page.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const found: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            found.push(node.textContent ?? "");
          }
          return found;
        });
        expect(texts.filter((text) => CATALOG_KEY.test(text))).toEqual([]);
        expect(await page.locator("svg[role=img]").count()).toBe(4);

        if (width === 360) {
          // Wide tables scroll inside their box, which keyboard users can focus.
          const scrolling = await page.$$eval(".scroll", (boxes) =>
            boxes.filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.tabIndex),
          );
          expect(scrolling.length).toBeGreaterThan(0);
          expect(scrolling.every((index) => index === 0)).toBe(true);
        }
        await page.close();
      });
    }
  }

  it("prints on A4 landscape with every table whole and every chart text inside", async () => {
    const events: string[] = [];
    // A4 landscape at 96 dpi less 12 mm margins: about 1032 px wide.
    const page = await open(reportIn("it"), 1032, events);
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "report-it-print");
    expect(await layoutProblems(page)).toEqual([]);
    const cut = await page.$$eval(
      ".scroll",
      (boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).length,
    );
    expect(cut).toBe(0);
    const pdf = await page.pdf({ format: "A4", landscape: true, preferCSSPageSize: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(events).toEqual([]);
    await page.close();
  });
});
