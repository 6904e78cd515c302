/**
 * An import fails at any write and leaves the whole workbook as it was: posts updated and
 * added, sales credited into a new sales ledger or one that grows and loses a replaced line,
 * and the templates inserted first.
 */
import { describe } from "vitest";
import { failEveryWrite } from "../../sheets/all-or-nothing/actions";
import { inMemory } from "../../sheets/helpers";
import { importFile, testTracker } from "./helpers";

const run =
  (name: string, choices = {}) =>
  ({ port }: ReturnType<typeof inMemory>) => {
    const outcome = importFile(port, name, choices);
    if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
  };

describe.each([
  {
    name: "Import Instagram posts: rows updated and added",
    workbook: testTracker,
    run: run("instagram-posts.csv", { campaign: "Spring Glow" }),
  },
  {
    name: "Import Shopify orders: sales credited",
    workbook: testTracker,
    run: run("shopify-orders.csv"),
  },
  {
    name: "Import GA4 sessions into a ledger that has a line for them: ledger and rows updated",
    workbook: () => {
      const standIn = testTracker();
      run("shopify-orders.csv")(standIn);
      run("ga4-campaigns.csv")(standIn);
      return standIn;
    },
    run: ({ port }: ReturnType<typeof inMemory>) => {
      const text = "Session campaign,Sessions,Key events\nspring_anna,400,13\nspring_ben,150,4";
      const outcome = importFile(port, { text });
      if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
    },
  },
  {
    name: "Import into a spreadsheet without templates",
    workbook: () => {
      const standIn = inMemory();
      standIn.spreadsheet.getActiveSheet().getRange("A1").setValue("my own data");
      return standIn;
    },
    run: run("x-analytics.csv", { campaign: "Spring Glow" }),
  },
])("$name", failEveryWrite);
