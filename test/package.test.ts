/**
 * What package.json promises a newcomer and CI: the checks run, installs stay quiet, and
 * npm test gets the browser tests Debian's Chromium and CJK fonts, or says what to install.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

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
  it("npm test runs lint, the typechecks, knip, the build and the tests", () => {
    expect(pkg.scripts.test?.split(" && ")).toEqual(
      expect.arrayContaining([
        "npm run lint",
        "npm run typecheck",
        "npm run knip",
        "npm run build",
        "vitest run",
      ]),
    );
    // The typechecks are derived from the features' pages (build.mjs --typecheck).
    expect(pkg.scripts.typecheck).toBe("node build.mjs --typecheck");
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

const NEEDED =
  "The browser tests need Debian's Chromium and CJK fonts: sudo apt-get install chromium fonts-noto-cjk";

describe("npm test's pretest, scripts/browser-deps.sh", () => {
  const script = fileURLToPath(new URL("../scripts/browser-deps.sh", import.meta.url));
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The script on a machine of stand-ins: `id` says the user, `sudo -n` works only when
   * allowed, `dpkg-query` says whether fonts-noto-cjk is installed, and `apt-get` notes each
   * call (as which user) and installs it, or fails. /usr/bin/chromium is this machine's own.
   */
  function run(
    machine: { uid: number; sudo?: boolean; fonts?: boolean; broken?: boolean },
    args: string[] = [],
  ) {
    const root = mkdtempSync(join(tmpdir(), "browser-deps-"));
    made.push(root);
    const bin = join(root, "bin");
    const state = join(root, "state");
    mkdirSync(bin);
    mkdirSync(state);
    const stub = (name: string, ...lines: string[]) => {
      writeFileSync(join(bin, name), ["#!/bin/sh", ...lines, ""].join("\n"));
      chmodSync(join(bin, name), 0o755);
    };
    stub("id", 'echo "$FAKE_UID"');
    stub(
      "sudo",
      '[ "$1" = -n ] && shift',
      '[ -e "$STATE/sudo" ] || exit 1',
      'FAKE_UID=0 exec "$@"',
    );
    stub("dpkg-query", '[ -e "$STATE/fonts" ] && printf "install ok installed"', "true");
    stub(
      "apt-get",
      'echo "uid=$(id -u) $DEBIAN_FRONTEND apt-get $*" >>"$STATE/calls"',
      'echo "Reading package lists..."',
      '[ -e "$STATE/broken" ] && { echo "E: Unable to locate package chromium" >&2; exit 100; }',
      'case " $* " in *" install "*) touch "$STATE/fonts" ;; esac',
    );
    for (const flag of ["sudo", "fonts", "broken"] as const) {
      if (machine[flag]) writeFileSync(join(state, flag), "");
    }
    const result = spawnSync("sh", [script, ...args], {
      encoding: "utf8",
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        STATE: state,
        FAKE_UID: String(machine.uid),
      },
    });
    const calls = existsSync(join(state, "calls"))
      ? readFileSync(join(state, "calls"), "utf8").trim().split("\n")
      : [];
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
  }
  const INSTALL = [
    "uid=0 noninteractive apt-get -qq update",
    "uid=0 noninteractive apt-get -qq install -y --no-install-recommends chromium fonts-noto-cjk",
  ];

  it("is npm test's pretest, and never downloads a browser", () => {
    expect(pkg.scripts.pretest).toBe("sh scripts/browser-deps.sh");
    expect(readFileSync(script, "utf8")).not.toMatch(/playwright|curl|wget|npx/);
  });

  // Each case needs /usr/bin/chromium, which the pretest saw to before any test ran.
  describe.runIf(existsSync("/usr/bin/chromium"))("on a machine", () => {
    it("does nothing when Chromium and the fonts are installed", () => {
      expect(run({ uid: 1000, fonts: true })).toEqual({
        status: 0,
        stdout: "",
        stderr: "",
        calls: [],
      });
    });

    it("installs them quietly with apt-get as root, or with passwordless sudo", () => {
      const quiet = { status: 0, stdout: "", stderr: "", calls: INSTALL };
      expect(run({ uid: 0 })).toEqual(quiet);
      expect(run({ uid: 1000, sudo: true })).toEqual(quiet);
    });

    it("otherwise says in one line what to install, and fails", () => {
      expect(run({ uid: 1000 })).toEqual({
        status: 1,
        stdout: "",
        stderr: `${NEEDED}\n`,
        calls: [],
      });
    });

    it("shows apt-get's output when it fails", () => {
      const failed = run({ uid: 0, broken: true });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toBe(
        `Reading package lists...\nE: Unable to locate package chromium\n${NEEDED}\n`,
      );
    });

    it("with --upgrade, as CI runs it, installs or upgrades them every time", () => {
      expect(run({ uid: 0, fonts: true }, ["--upgrade"])).toMatchObject({
        status: 0,
        calls: INSTALL,
      });
    });
  });
});

describe(".ci/run", () => {
  it("upgrades Chromium and the fonts, installs from the lock file, then runs npm test", () => {
    const steps = readFileSync(new URL("../.ci/run", import.meta.url), "utf8")
      .split("\n")
      .filter(
        (line) =>
          line && !line.startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "),
      );
    expect(steps).toEqual([
      "sh scripts/browser-deps.sh --upgrade",
      "npm ci --no-audit --no-fund",
      "npm test",
    ]);
  });
});
