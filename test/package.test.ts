/** What package.json promises a newcomer and CI: the checks run, installs stay quiet. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
const pkg = read("package.json") as {
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = read("package-lock.json") as {
  packages: Record<string, { hasInstallScript?: boolean; optional?: boolean }>;
};

describe("package.json", () => {
  it("npm test runs lint, both typechecks, knip, the build and the tests", () => {
    expect(pkg.scripts.test?.split(" && ")).toEqual(
      expect.arrayContaining([
        "npm run lint",
        "npm run typecheck",
        "npm run knip",
        "npm run build",
        "vitest run",
      ]),
    );
    expect(pkg.scripts.typecheck?.split(" && ")).toEqual(
      expect.arrayContaining(["tsc --noEmit", "tsc --noEmit -p src/core"]),
    );
  });

  it("npm run push runs every test before it pushes", () => {
    expect(pkg.scripts.push).toMatch(/^npm test && .*\bclasp push$/);
  });

  it("allows the install script of every dependency that has one, so npm ci warns of none", () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path && entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ""));
    for (const name of withScripts) {
      expect(pkg.allowScripts?.[name], `npm install-scripts approve ${name}`).toBe(true);
    }
  });
});
