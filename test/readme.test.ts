import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLATFORM_CPMS } from "../src/core/catalog";
import { CUSTOM_FUNCTIONS, isOptional } from "../src/core/function-specs";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))(
    "cheat sheet lists %s with its arguments",
    (name, spec) => {
      const args = spec.params.map((p) => (isOptional(p) ? `[${p.name}]` : p.name)).join(", ");
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${name}\` `)) ?? "";
      expect(row.split("|").map((cell) => cell.trim())[2]).toBe(args);
    },
  );

  it("states the catalog's default CPMs", () => {
    for (const { platform, cpm } of PLATFORM_CPMS) {
      expect(readme).toContain(`${platform} ${cpm.toFixed(2)}`);
    }
  });

  it("gives the two commands", () => {
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm test");
  });
});
