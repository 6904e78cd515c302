/** The demo's command line: a language it does not know is a clear message, and nothing runs. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectPath } from "../src/local/paths";

describe("npm run demo -- --lang", () => {
  it("refuses an unknown language, listing the five, before doing anything", () => {
    const run = spawnSync(
      process.execPath,
      ["build.mjs", "--run", "src/local/demo.ts", "--lang", "xx"],
      {
        cwd: projectPath(),
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'Unknown language "xx". Choose one of: en (English), zh-CN (简体中文), da (Dansk), it (Italiano), ky (Кыргызча).',
    );
    expect(run.stdout).not.toContain("Wrote");
  });
});
