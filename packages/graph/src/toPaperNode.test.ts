import type { PaperNode } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { fromPaperNode, toPaperNode } from "./toPaperNode.ts";

const full: PaperNode = {
  id: "2401.00001",
  title: "A paper",
  abstract: "An abstract.",
  published: "2024-01-02",
  dateText: null,
  authors: ["A. Author"],
  authorsCount: 3,
  upvotes: 0,
  organization: "Some Lab",
  arxivId: "2401.00001",
  categories: ["cs.CL"],
  comment: "12 pages",
  codeUrl: "https://github.com/x/y",
  codeUrls: ["https://github.com/x/y"],
  sources: ["c:/odd:name.jsonl:3", "a.txt:12"],
};
const bare: PaperNode = {
  ...full,
  id: "a-title-only-paper",
  published: null,
  dateText: "spring 2024",
  authors: [],
  authorsCount: null,
  upvotes: null,
  organization: null,
  arxivId: null,
  categories: [],
  comment: null,
  codeUrl: null,
  codeUrls: [],
};

describe("fromPaperNode", () => {
  it("sets exactly the fields a node holds (no key for an empty one) and gives back the node through toPaperNode", () => {
    expect(fromPaperNode(full)).toStrictEqual({
      id: "2401.00001",
      title: "A paper",
      abstract: "An abstract.",
      authors: ["A. Author"],
      authorsCount: 3,
      published: "2024-01-02",
      upvotes: 0,
      organization: "Some Lab",
      arxivId: "2401.00001",
      categories: ["cs.CL"],
      comment: "12 pages",
      codeUrls: ["https://github.com/x/y"],
      sources: [
        { file: "c:/odd:name.jsonl", line: 3 },
        { file: "a.txt", line: 12 },
      ],
    });
    expect(fromPaperNode(bare)).toStrictEqual({
      id: "a-title-only-paper",
      title: "A paper",
      abstract: "An abstract.",
      dateText: "spring 2024",
      codeUrls: [],
      sources: [
        { file: "c:/odd:name.jsonl", line: 3 },
        { file: "a.txt", line: 12 },
      ],
    });
    for (const node of [full, bare]) expect(toPaperNode(fromPaperNode(node))).toEqual(node);
  });
});
