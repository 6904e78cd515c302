/**
 * Counts with their noun, in the reader's language: "1 post", "2 posts". Each catalog has a
 * ".one" form for 1 and an ".other" form for any other count. That is all the five languages
 * need: English, Danish and Italian use the singular for 1 alone (counts here are whole);
 * Chinese and Kyrgyz keep the noun as it is after a numeral, so their two forms are the same.
 * A language with more forms (Russian: one, few, many) would need more keys. Plain code, so it
 * runs alike in Apps Script's V8 and in the browser, with or without Intl's plural data.
 */
import type { Formatter } from "../framework/format";
import type { FrameworkText } from "../framework/model";
import { say } from "../framework/text";

export type Counted = "posts" | "exposure" | "conversions" | "influencers" | "cells";

export const sayCount = (noun: Counted, count: number, format: Formatter): FrameworkText =>
  say(`report.count.${noun}.${count === 1 ? "one" : "other"}`, { count: format.number(count) });

/** Text from the sheet (a name), shown as it is among catalog texts. */
export const sayText = (text: string): FrameworkText => say("report.text", { text });
