import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: the nearest folder above this module holding build.mjs. Works both
 * from src/ (tests) and from the bundled copy build.mjs --run writes under node_modules/.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "build.mjs"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Cannot find the project root (no build.mjs above)");
    dir = parent;
  }
  return dir;
}

const PROJECT_ROOT = findRoot();

export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
