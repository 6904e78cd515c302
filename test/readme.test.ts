import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLATFORM_CPMS } from "../src/core/defaults";
import { CUSTOM_FUNCTIONS, isOptional } from "../src/core/function-specs";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  scripts: Record<string, string>;
};

/** The cheat sheet's rows: function name, then its cells. */
const cheatSheet = readme
  .split("\n")
  .filter((line) => /^\| `[A-Z]+` /.test(line))
  .map((line) => line.split("|").map((cell) => cell.trim()));

/** The contents of the README's ```sh blocks. */
const shellBlocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]?.trim());

describe("README", () => {
  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))(
    "cheat sheet lists %s with its arguments",
    (name, spec) => {
      const args = spec.params.map((p) => (isOptional(p) ? `[${p.name}]` : p.name)).join(", ");
      const row = cheatSheet.find((cells) => cells[1] === `\`${name}\``);
      expect(row?.[2], `no cheat sheet row for ${name}`).toBe(args);
    },
  );

  it("cheat sheet lists only the add-on's functions, in their order", () => {
    expect(cheatSheet.map((cells) => cells[1])).toEqual(
      CUSTOM_FUNCTIONS.map((spec) => `\`${spec.name}\``),
    );
  });

  it("states the catalog's default CPMs", () => {
    const paragraph = readme.slice(readme.indexOf("Default CPMs"));
    for (const { platform, cpm } of PLATFORM_CPMS) {
      expect(paragraph.split("\n\n")[0]).toContain(`${platform} ${cpm.toFixed(2)}`);
    }
  });

  it("gives the two commands, each in a shell block of its own", () => {
    expect(shellBlocks).toEqual(["npm ci && npm run demo", "npm test"]);
  });

  it("says what the browser tests need as npm test does when it cannot install it", () => {
    const script = readFileSync(new URL("../scripts/browser-deps.sh", import.meta.url), "utf8");
    const command = script.match(/: (sudo apt-get install [^"]+)"/)?.[1];
    expect(command).toBe("sudo apt-get install chromium fonts-noto-cjk");
    expect(readme).toContain(`\`${command}\``);
  });

  it("names only npm scripts that package.json has", () => {
    const named = [...readme.matchAll(/\bnpm (?:run (\w+)|(test)\b)/g)].map((m) => m[1] ?? m[2]);
    expect(named).toEqual(expect.arrayContaining(["demo", "test", "bench", "push"]));
    for (const script of named)
      expect(Object.keys(pkg.scripts), `npm run ${script}`).toContain(script);
  });
});
