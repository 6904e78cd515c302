/** The shape check of a draft arriving from the sidebar. */
import { describe, expect, it } from "vitest";
import { frameworkDraftSchema, readDraft } from "../../src/core/framework/schema";
import { draft, en, kpi } from "./helpers";

const problems = (payload: unknown) => {
  const read = readDraft(payload);
  return read.ok ? [] : read.errors.map((error) => `${error.field}: ${en(error.problem)}`);
};

describe("readDraft", () => {
  it("passes a draft of the right shape, unknown ids and all: the builder judges those", () => {
    const input = draft({ goal: "fame", kpis: [kpi({ kpi: "fame" })] });
    expect(readDraft(input)).toEqual({ ok: true, draft: input });
  });

  it("drops keys it does not know", () => {
    const read = readDraft({ ...draft(), extra: "<script>" });
    expect(read.ok && "extra" in read.draft).toBe(false);
  });

  it("says a number is missing where NaN crossed JSON as null", () => {
    const payload = JSON.parse(JSON.stringify(draft({ kpis: [kpi({ target: Number.NaN })] })));
    expect(problems(payload)).toEqual(["kpis.0.target: Enter a number."]);
    expect(problems({ ...draft(), budget: "12" })).toEqual(["budget: Enter a number."]);
  });

  it("calls anything else malformed, by field", () => {
    const malformed = "This value is not in the expected form: reload the sidebar and try again.";
    expect(problems(null)).toEqual([`draft: ${malformed}`]);
    expect(problems({ ...draft(), campaign: 5 })).toEqual([`campaign: ${malformed}`]);
    expect(problems({ ...draft(), kpis: [{ ...kpi(), metrics: "roas" }] })).toEqual([
      `kpis.0.metrics: ${malformed}`,
    ]);
    expect(problems({ ...draft(), kpis: Array.from({ length: 51 }, () => kpi()) })).toEqual([
      `kpis: ${malformed}`,
    ]);
  });

  it("builds its schema once, on first use", () => {
    expect(frameworkDraftSchema()).toBe(frameworkDraftSchema());
  });
});
