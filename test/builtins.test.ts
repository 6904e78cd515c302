import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CUSTOM_FUNCTIONS } from "../src/core/function-specs";

const builtins = new Set(
  readFileSync(new URL("./data/sheets-builtin-functions.txt", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean),
);

describe("custom function names", () => {
  it("the built-in list is complete enough to be trusted", () => {
    expect(builtins.size).toBeGreaterThan(500);
    for (const name of ["FREQUENCY", "GROWTH", "SUM", "XLOOKUP", "T.TEST", "LAMBDA"]) {
      expect(builtins.has(name), name).toBe(true);
    }
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => spec.name))("%s is not a Sheets built-in", (name) => {
    expect(builtins.has(name)).toBe(false);
  });
});
