/** Values in statements, written as the spreadsheet's locale writes them. */
import { describe, expect, it } from "vitest";
import { formatter } from "../../src/core/framework/format";
import { renderText, say } from "../../src/core/framework/text";
import { en as english } from "../../src/core/i18n/en";

describe("formatter", () => {
  const us = formatter("en_US", "USD");
  const dk = formatter("da_DK", "DKK");

  it("groups thousands and drops trailing zeros", () => {
    expect(us.value("count", 1_234_567)).toBe("1,234,567");
    expect(us.value("count", 2.5)).toBe("2.5");
    expect(us.value("ratio", 3.456)).toBe("3.46");
    expect(dk.value("count", 1_234_567.5)).toBe("1.234.567,5");
    expect(us.number(-1234.5)).toBe("-1,234.5");
    expect(us.number(-0.001)).toBe("0");
  });

  it("shows money with the currency where the locale puts it, cents only when there are any", () => {
    expect(us.value("money", 50_000)).toBe("$50,000");
    expect(us.value("money", 2.5)).toBe("$2.50");
    expect(dk.value("money", 1250.5)).toBe("1.250,50 kr.");
    expect(formatter("en_US", "EUR").value("money", 9.99)).toBe("€9.99");
    expect(formatter("en_US", "CHF").value("money", 10)).toBe("CHF 10");
  });

  it("shows rates as percents", () => {
    expect(us.value("rate", 0.035)).toBe("3.5%");
    expect(us.value("rate", 2)).toBe("200%");
    expect(dk.value("rate", 0.035)).toBe("3,5\u00a0%");
    expect(formatter("it_IT", "EUR").value("rate", 0.0125)).toBe("1,25%");
  });

  it("groups with no-break spaces where the locale groups with spaces", () => {
    expect(formatter("ky_KG", "KGS").value("count", 12_500)).toBe("12\u00a0500");
  });

  it("writes dates in the locale's format, ISO where it is unknown", () => {
    expect(us.date("2026-06-05")).toBe("6/5/2026");
    expect(dk.date("2026-06-05")).toBe("05-06-2026");
    expect(formatter("en_GB", "GBP").date("2026-06-05")).toBe("05/06/2026");
    expect(formatter("de_DE", "EUR").date("2026-06-05")).toBe("05.06.2026");
    expect(formatter("xx", "USD").date("2026-06-05")).toBe("2026-06-05");
  });
});

describe("renderText", () => {
  it("fills values and shows labels in the catalog's words", () => {
    const text = say(
      "statement.reach",
      { target: "40", deadline: "6/30/2026" },
      { metric: "metric.posts" },
    );
    expect(renderText(english, text)).toBe("Reach 40 posts published by 6/30/2026");
  });

  it("leaves unknown placeholders and prototype names alone", () => {
    expect(renderText({ k: "{constructor} {a}" }, { key: "draft.noGoal", params: { a: 1 } })).toBe(
      "draft.noGoal",
    );
    expect(
      renderText(
        { "draft.noGoal": "{constructor} {a}" },
        { key: "draft.noGoal", params: { a: 1 } },
      ),
    ).toBe("{constructor} 1");
  });
});
