import { describe, expect, it } from "vitest";
import { CUSTOM_FUNCTIONS } from "../../src/core/function-specs";
import { columnLetter } from "../../src/sheets/a1";
import { TRACKER, TRACKER_HEADERS } from "../../src/sheets/templates/tracker";

/** Arguments whose tracker column has another name. */
const COLUMN_FOR: Record<string, string> = {
  cpm_or_platform: "platform",
  leads: "conversions",
  base: "followers",
};

const trackerExamples = CUSTOM_FUNCTIONS.filter((spec) =>
  new RegExp(`\\(\\w+${TRACKER.firstDataRow}:`).test(spec.example),
);

describe("function examples", () => {
  it.each(trackerExamples.map((spec) => [spec.name, spec] as const))(
    "%s's example points at the tracker columns its arguments name",
    (_name, spec) => {
      const ranges = [...spec.example.matchAll(/([A-Z]+)(\d+):([A-Z]+)/g)];
      expect(ranges.length).toBeGreaterThan(0);
      ranges.forEach((range, i) => {
        const param = spec.params[i]?.name ?? "";
        const header = TRACKER_HEADERS.find((_, c) => columnLetter(c + 1) === range[1]) ?? "";
        expect(range[2]).toBe(String(TRACKER.firstDataRow));
        expect(header.toLowerCase()).toBe(COLUMN_FOR[param] ?? param);
      });
    },
  );
});
