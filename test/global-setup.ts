import { execFileSync } from "node:child_process";

/** Tests load dist/Code.js, so build it once before any test runs. */
export default function setup(): void {
  execFileSync(process.execPath, ["build.mjs"], { stdio: "inherit" });
}
