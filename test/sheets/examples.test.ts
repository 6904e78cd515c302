import { describe, expect, it } from "vitest";
import { type AnyFunctionSpec, CUSTOM_FUNCTIONS, isOptional } from "../../src/core/function-specs";
import { TRACKER_KEYS } from "../../src/core/tracker-columns";
import { columnLetter } from "../../src/sheets/a1";
import { TRACKER } from "../../src/sheets/templates/tracker";

/** Arguments whose tracker column has another key. */
const COLUMN_FOR: Record<string, string> = {
  cpm_or_platform: "platform",
  leads: "conversions",
  base: "followers",
  campaigns: "campaign",
  influencers: "influencer",
  handles: "handle",
};

const RANGE = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d*)$/;
const CELL = /^\$?[A-Z]+\$?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const TEXT = /^"[^"]*"$/;

/** The arguments of an example such as `=CPE(S3:S, X3:X)`, split on top-level commas. */
function exampleArguments(spec: AnyFunctionSpec): string[] {
  const call = spec.example.match(/^=(\w+)\((.*)\)$/);
  if (!call) throw new Error(`${spec.name}: cannot read the example ${spec.example}`);
  const args = (call[2] as string).match(/("[^"]*"|[^,])+/g) ?? [];
  return args.map((arg) => arg.trim());
}

const columnNumber = (letters: string) =>
  [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * The arguments of the example in parameter order: a range several columns wide feeds that
 * many parameters in a row (ENGAGEMENTS(K3:N) is ENGAGEMENTS(K3:K, L3:L, M3:M, N3:N)).
 */
function fedParams(spec: AnyFunctionSpec): { param: string; arg: string; column?: number }[] {
  const fed: { param: string; arg: string; column?: number }[] = [];
  const feed = (arg: string, column?: number) => {
    const param = spec.params[fed.length]?.name ?? "(none)";
    fed.push(column === undefined ? { param, arg } : { param, arg, column });
  };
  for (const arg of exampleArguments(spec)) {
    const range = arg.match(RANGE);
    if (!range) feed(arg);
    else {
      const last = columnNumber(range[3] as string);
      for (let column = columnNumber(range[1] as string); column <= last; column++) {
        feed(arg, column);
      }
    }
  }
  return fed;
}

const usesRange = (spec: AnyFunctionSpec) => exampleArguments(spec).some((a) => RANGE.test(a));
const trackerExamples = CUSTOM_FUNCTIONS.filter(usesRange);

describe("function examples", () => {
  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))(
    "%s's example calls it with arguments this test can read, as many as it takes",
    (_name, spec) => {
      expect(spec.example.startsWith(`=${spec.name}(`), spec.example).toBe(true);
      const args = exampleArguments(spec);
      for (const arg of args) {
        expect(
          [RANGE, CELL, NUMBER, TEXT].some((kind) => kind.test(arg)),
          `${spec.name}: unknown argument ${arg}; teach this test to read it`,
        ).toBe(true);
      }
      const required = spec.params.filter((p) => !isOptional(p)).length;
      const fed = fedParams(spec).length;
      expect(fed, `${spec.example} leaves out a required argument`).toBeGreaterThanOrEqual(
        required,
      );
      expect(fed, `${spec.example} has too many arguments`).toBeLessThanOrEqual(spec.params.length);
    },
  );

  it("include tracker examples, which the next test checks", () => {
    expect(trackerExamples.length).toBeGreaterThan(0);
  });

  it.each(trackerExamples.map((spec) => [spec.name, spec] as const))(
    "%s's example reads the tracker columns its arguments name, from the first data row",
    (_name, spec) => {
      const args = exampleArguments(spec);
      for (const arg of args) {
        expect(CELL.test(arg), `${spec.name}: ${arg} is a single cell in a tracker example`).toBe(
          false,
        );
      }
      for (const arg of args.filter((a) => RANGE.test(a))) {
        const firstRow = Number(arg.match(RANGE)?.[2]);
        expect(
          firstRow,
          `${spec.name}: ${arg} does not start on the tracker's first data row`,
        ).toBe(TRACKER.firstDataRow);
      }
      for (const { param, column, arg } of fedParams(spec)) {
        if (column === undefined) continue;
        expect(
          TRACKER_KEYS[column - 1],
          `${spec.name}: column ${columnLetter(column)} of ${arg} feeds ${param}`,
        ).toBe(COLUMN_FOR[param] ?? param);
      }
    },
  );
});
