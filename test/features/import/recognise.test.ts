/**
 * Files recognised by their headers (the tracker's own in every language among them), their
 * columns mapped; a file nobody documented gets a guess from the words of its headers.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "../../../src/core/i18n/languages";
import { columnLabel } from "../../../src/core/labels";
import { TRACKER_KEYS } from "../../../src/core/tracker-columns";
import { readFileBytes } from "../../../src/features/import/files/read-file";
import { recognise } from "../../../src/features/import/recognise";
import { SOURCES } from "../../../src/features/import/sources";
import { catalogOf } from "../../../src/local/catalogs";
import { labelsOf } from "../../../src/sheets/headers";
import { fixture } from "./helpers";

const catalogs = LANGUAGE_CODES.map(catalogOf);
const headers = Object.fromEntries(TRACKER_KEYS.map((key) => [key, labelsOf(catalogs)(key)]));
const headerOf = (name: string) => {
  const read = readFileBytes(fixture(name));
  if (!("table" in read)) throw new Error(read.problem.key);
  return read.table.header;
};

describe("recognise", () => {
  it.each([
    ["instagram-posts.csv", "instagram", "posts"],
    ["instagram-posts-es.csv", "instagram", "posts"],
    ["facebook-posts-utf16.csv", "facebook", "posts"],
    ["tiktok-content.xlsx", "tiktok", "posts"],
    ["youtube-table-data.csv", "youtube", "posts"],
    ["x-analytics.csv", "x", "posts"],
    ["tracker-da.csv", "tracker", "posts"],
    ["shopify-orders.csv", "shopify", "orders"],
    ["ga4-campaigns.csv", "ga4", "sessions"],
  ])("%s is %s", (name, source, kind) => {
    const found = recognise(headerOf(name), headers);
    expect([found.source, found.kind]).toEqual([source, kind]);
  });

  it("maps Instagram's Views to views, never impressions, and leaves the Lifetime Date out", () => {
    const header = headerOf("instagram-posts.csv");
    const found = recognise(header, headers);
    const mapped = Object.fromEntries(header.map((h, i) => [h, found.mapping[i]]));
    expect(mapped).toMatchObject({
      Views: "views",
      Permalink: "postUrl",
      "Publish time": "postDate",
      "Account username": "handle",
      Date: null,
      "Post ID": null,
    });
    expect(found.entries[header.indexOf("Date")]?.why).toBe("period");
  });

  it.each(LANGUAGE_CODES)("knows a tracker exported in %s", (lang) => {
    const header = TRACKER_KEYS.map((key) => columnLabel(catalogOf(lang), key));
    const found = recognise(header, headers);
    expect(found.source).toBe("tracker");
    expect(found.mapping.slice(0, 3)).toEqual(["campaign", "influencer", "handle"]);
    // The computed columns are the tracker's own to compute.
    expect(found.mapping.slice(-10)).toEqual(Array(10).fill(null));
  });

  it("guesses the columns of a file nobody documented", () => {
    const found = recognise(headerOf("unknown-creators.csv"), headers);
    expect(found.source).toBeNull();
    expect(found.mapping).toEqual([
      "influencer",
      "postUrl",
      "postDate",
      "views",
      "likes",
      "cost",
      "notes",
    ]);
  });

  it("guesses a shop's orders from a file of order numbers, coupons and totals", () => {
    const found = recognise(["Order #", "Coupon", "Order total", "Status"], headers);
    expect([found.kind, found.mapping]).toEqual([
      "orders",
      ["orderId", "promoCode", "revenue", "orderStatus"],
    ]);
  });

  it("guesses nothing from headers that name nothing", () => {
    expect(recognise(["a", "b", "c"], headers).mapping).toEqual([null, null, null]);
  });

  it("says where each header was seen", () => {
    for (const source of SOURCES) {
      for (const entry of source.headers)
        expect(entry.seen.length, entry.header).toBeGreaterThan(30);
    }
  });
});
