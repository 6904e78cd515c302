/**
 * Knip's entries, derived from the list of features: each feature's server file, pages and
 * build-time files are entries, as build.mjs bundles them. Knip finds build.mjs (package.json
 * scripts run it), vitest.config.ts and test/global-setup.ts itself.
 */
import type { KnipConfig } from "knip";
import { FEATURES } from "./src/features/features";

const featureEntries = FEATURES.flatMap((feature) => {
  const folder = `src/features/${feature.id}`;
  return [
    `${folder}/server.ts`,
    ...feature.pages.map((page) => `${folder}/${page.folder}/main.{ts,tsx}`),
    ...(feature.files ? [`${folder}/files.ts`] : []),
  ];
});

export default {
  entry: [
    "src/main.ts",
    "src/apps-script/catalog-files.ts",
    ...featureEntries,
    "src/local/demo.ts",
    "src/local/preview.ts",
    "src/local/preview/shell/main.tsx",
    "test/bench.ts",
    "test/**/*.test.ts",
  ],
  project: ["src/**/*.{ts,tsx}", "test/**/*.ts", "*.{mjs,ts}"],
} satisfies KnipConfig;
