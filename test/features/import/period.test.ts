/** The days a GA4 export covers, from the comment lines above its header. */
import { describe, expect, it } from "vitest";
import { periodOf } from "../../../src/features/import/files/period";

describe("periodOf", () => {
  it("reads GA4's start and end dates", () => {
    expect(
      periodOf(["# Traffic acquisition", "# Start date: 20260301", "# End date: 20260430"]),
    ).toEqual({ from: "2026-03-01", to: "2026-04-30" });
  });

  it.each([
    ["no end date", ["# Start date: 20260301"]],
    ["a day that does not exist", ["# Start date: 20260230", "# End date: 20260430"]],
    ["an end before the start", ["# Start date: 20260501", "# End date: 20260430"]],
    ["dates not on a comment line", ["Start date: 20260301", "End date: 20260430"]],
    ["nothing above the header", []],
  ])("knows no period with %s", (_, lines) => {
    expect(periodOf(lines)).toBeNull();
  });
});
