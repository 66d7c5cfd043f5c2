import { describe, expect, it } from "vitest";
import { cleanText } from "./cleanText.ts";
import { findCodeUrls } from "./findCodeUrls.ts";
import { normalizeArxivId } from "./normalizeArxivId.ts";
import { parseDate } from "./parseDate.ts";

describe("parseDate", () => {
  const cases: [string | undefined, object][] = [
    ["2025-03-18", { published: "2025-03-18" }],
    ["2025-03-18T23:59:59Z", { published: "2025-03-18" }],
    ["Sep 8, 2025", { published: "2025-09-08" }],
    ["September 8 2025", { published: "2025-09-08" }],
    ["Mon, 2 Apr 2007 19:18:42 GMT", { published: "2007-04-02" }],
    ["May 27", { dateText: "May 27" }],
    ["Feb 30, 2024", { dateText: "Feb 30, 2024" }],
    ["2024-13-01", { dateText: "2024-13-01" }],
    ["last week", { dateText: "last week" }],
    ["", {}],
    [undefined, {}],
  ];
  it.each(cases)("%s", (input, expected) => expect(parseDate(input)).toEqual(expected));
});

describe("findCodeUrls", () => {
  const cases: [string, string[]][] = [
    ["Code: https://github.com/a/b.", ["https://github.com/a/b"]],
    [
      "see (github.com/a/b-c) and http://www.gitlab.com/x/y/tree/main, twice github.com/a/b",
      ["https://github.com/a/b-c", "https://gitlab.com/x/y/tree/main", "https://github.com/a/b"],
    ],
    ["project page https://acme.github.io/site and https://notgithub.com/a/b", []],
    ["just https://github.com/ alone", []],
  ];
  it.each(cases)("%s", (text, expected) => expect(findCodeUrls(text)).toEqual(expected));
});

describe("normalizeArxivId", () => {
  const cases: [unknown, string | undefined][] = [
    ["2101.00001v2", "2101.00001"],
    ["arXiv:2101.00001", "2101.00001"],
    ["http://arxiv.org/abs/2101.12345v1", "2101.12345"],
    ["https://arxiv.org/pdf/2101.12345v3.pdf", "2101.12345"],
    ["hep-th/9901001v1", "hep-th/9901001"],
    ["10.1145/1234", undefined],
    [2101.00001, undefined],
    [null, undefined],
  ];
  it.each(cases)("%s", (input, expected) => expect(normalizeArxivId(input)).toBe(expected));
});

describe("cleanText", () => {
  const cases: [string, string][] = [
    ["  plain   text\n here ", "plain text here"],
    ["<p>Hello <b>bold</b> world</p>", "Hello bold world"],
    ["x &lt; y &amp;&amp; p&#39;s &#x263A; &unknown;", "x < y && p's ☺ &unknown;"],
    ["p < 0.05 and a<b", "p < 0.05 and a<b"],
    ["tab\tand\u0007bell", "tab andbell"],
    ["<!-- note -->kept", "kept"],
  ];
  it.each(cases)("%s", (input, expected) => expect(cleanText(input)).toBe(expected));
});
