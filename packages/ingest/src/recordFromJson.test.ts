import { describe, expect, it } from "vitest";
import { recordFromJson } from "./recordFromJson.ts";

describe("recordFromJson: categories and the comment field as the corpus holds them", () => {
  const base = { id: "2503.00001", title: "T", abstract: "A" };
  const cases: [string, Record<string, unknown>, { categories?: string[]; comment?: string }][] = [
    [
      "a list with MSC and ACM classes",
      { categories: ["cs.CV", "cs.AI", "68T45, 62H30", "I.5.3; I.2.10"], comment: "Accepted to ACL 2019" },
      { categories: ["cs.CV", "cs.AI"], comment: "Accepted to ACL 2019" },
    ],
    [
      "a Python-list string",
      { categories: "['cs.CV', 'cs.LG']", comment: null },
      { categories: ["cs.CV", "cs.LG"] },
    ],
    [
      "a space-separated string",
      { categories: "cs.CL stat.ML", comments: "9 pages" },
      {
        categories: ["cs.CL", "stat.ML"],
        comment: "9 pages",
      },
    ],
    ["no code at all", { categories: ["I.2.7"] }, {}],
  ];
  it.each(cases)("%s", (_name, fields, expected) => {
    const event = recordFromJson({ ...base, ...fields }, "f.jsonl", 1);
    expect(event.type).toBe("record");
    const record = event.type === "record" ? event.record : null;
    expect({ categories: record?.categories, comment: record?.comment }).toEqual({
      categories: expected.categories,
      comment: expected.comment,
    });
  });
});
