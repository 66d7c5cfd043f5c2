import type { ApiLink } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import {
  ModelLinksBuilder,
  ModelPropsBuilder,
  type ModelText,
  modelAbstract,
  modelLink,
  modelProperties,
} from "./ModelText.ts";

const title = "Ünïcode Títles: Self-Rewarding Models";
const abstract = "We propose Ω-Net — a model. It beats GPT-4o on GSM8K (93.1%). Ünïcode spans too.";

/** Links as Neo4j holds them: evidence in the abstract (after non-ASCII text), in the title, in neither. */
const cases: [what: string, link: Omit<ApiLink, "type">][] = [
  [
    "evidence after multi-byte characters, a stated result",
    {
      evidence: ["It beats GPT-4o on GSM8K (93.1%).", "Ünïcode spans too."],
      spans: ["abstract:40-45", "abstract:62-69"],
      confidence: 0.9,
      rule: "lexicon",
      metric: "accuracy",
      value: "93.1%",
    },
  ],
  [
    "evidence from the title",
    { evidence: [title], spans: ["title:16-37"], confidence: 0.5, rule: "title", metric: null, value: null },
  ],
  [
    "evidence in neither field, a span that does not parse, nulls",
    {
      evidence: ["A sentence the abstract does not hold."],
      spans: ["abstract:07-9", "body:1-2"],
      confidence: null,
      rule: null,
      metric: null,
      value: null,
    },
  ],
  ["no evidence", { evidence: [], spans: [], confidence: 1, rule: "lexicon", metric: null, value: "2x" }],
];

describe("ModelPropsBuilder and ModelLinksBuilder", () => {
  const props = new ModelPropsBuilder();
  const entity = props.addNode({
    id: "method:x",
    name: "X",
    aliases: ["x"],
    aliasesText: "x",
    paperCount: 3,
  });
  const paper = props.addNode({
    id: "2501.00001",
    title,
    abstract: null,
    authors: ["A. B."],
    upvotes: 7,
    x: 0.25,
  });
  const bare = props.addNode({ id: "2501.00002", title: "No abstract" });
  const links = new ModelLinksBuilder();
  links.addPaper("Another paper", "Its abstract, before this one's.");
  const slot = links.addPaper(title, abstract);
  const payloads = cases.map(([, link]) => links.addLink(link));
  const text: ModelText = { ...props.done(), ...links.done(), absSlot: Int32Array.from([-1, slot, -1]) };

  it("gives every link back as it was added", () => {
    cases.forEach(([what, link], i) => {
      expect(modelLink(text, payloads[i]!, "USES", paper, title), what).toEqual({ type: "USES", ...link });
    });
  });

  it("keeps evidence found in the abstract or title as offsets, not strings", () => {
    expect(new Set(text.strings)).toEqual(
      new Set(["abstract:07-9", "body:1-2", "A sentence the abstract does not hold."]),
    );
  });

  it("gives properties back, abstract included, aliasesText left out", () => {
    expect(modelProperties(text, paper)).toEqual({
      id: "2501.00001",
      title,
      abstract,
      authors: ["A. B."],
      upvotes: 7,
      x: 0.25,
    });
    expect(modelProperties(text, entity)).toEqual({
      id: "method:x",
      name: "X",
      aliases: ["x"],
      paperCount: 3,
    });
    expect(modelAbstract(text, bare)).toBeNull();
    expect(modelProperties(text, bare)).toEqual({ id: "2501.00002", title: "No abstract" });
  });
});
