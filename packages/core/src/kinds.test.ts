import { describe, expect, it } from "vitest";
import {
  ENTITY_TYPES,
  type EntityType,
  kindOfLabel,
  NODE_LABEL_LIST,
  PAPER_LINKS,
  RELATIONSHIP_TYPES,
  relationshipOf,
  relationshipsTo,
} from "./kinds.ts";

describe("relationshipOf", () => {
  const cases: [EntityType, boolean, string][] = [
    ["method", false, "USES"],
    ["method", true, "PROPOSES"],
    ["benchmark", false, "EVALUATES_ON"],
    ["benchmark", true, "PROPOSES"],
    ["model", false, "USES_MODEL"],
    ["model", true, "PROPOSES"],
    ["task", false, "ADDRESSES"],
    ["task", true, "ADDRESSES"],
    ["concept", false, "MENTIONS"],
    ["concept", true, "MENTIONS"],
  ];
  it.each(cases)("%s (proposed %s) → %s", (type, proposed, rel) => {
    expect(relationshipOf(type, proposed)).toBe(rel);
  });
});

describe("the graph model of the README", () => {
  it("has six Paper → entity relationship types and seven labels", () => {
    expect([...RELATIONSHIP_TYPES].sort()).toEqual(
      ["ADDRESSES", "EVALUATES_ON", "MENTIONS", "PROPOSES", "USES", "USES_MODEL"].sort(),
    );
    expect(PAPER_LINKS.split("|").sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(NODE_LABEL_LIST).toEqual([
      "Paper",
      "Method",
      "Benchmark",
      "Model",
      "Task",
      "Concept",
      "Community",
      "Area",
    ]);
  });

  it("links benchmarks by EVALUATES_ON or PROPOSES, tasks only by ADDRESSES", () => {
    expect(relationshipsTo("benchmark").sort()).toEqual(["EVALUATES_ON", "PROPOSES"]);
    expect(relationshipsTo("task")).toEqual(["ADDRESSES"]);
  });

  it("maps every label back to its kind, and nothing else", () => {
    const cases: [string, string | null][] = [
      ["Paper", "paper"],
      ["Benchmark", "benchmark"],
      ["Community", "community"],
      ["Area", "area"],
      ["benchmark", null],
      ["Author", null],
    ];
    for (const [label, kind] of cases) expect(kindOfLabel(label), label).toBe(kind);
    expect(ENTITY_TYPES.map((t) => kindOfLabel(t[0]!.toUpperCase() + t.slice(1)))).toEqual([...ENTITY_TYPES]);
  });
});
