import { describe, expect, it } from "vitest";
import { DetailNode } from "./NodeDetail.ts";

describe("DetailNode", () => {
  it("types properties by kind", () => {
    const paper = DetailNode.parse({
      id: "2501.01234",
      kind: "paper",
      label: "A paper",
      community: 2,
      properties: { id: "2501.01234", title: "A paper", authorsCount: 3, extra: "kept" },
    });
    expect(paper.kind === "paper" && paper.properties.authorsCount).toBe(3);
    expect(paper.properties.extra).toBe("kept");
    const entity = DetailNode.parse({
      id: "benchmark:gsm8k",
      kind: "benchmark",
      label: "GSM8K",
      community: null,
      properties: { id: "benchmark:gsm8k", type: "benchmark", name: "GSM8K", aliases: ["GSM-8K"] },
    });
    expect(entity.kind === "benchmark" && entity.properties.aliases).toEqual(["GSM-8K"]);
  });

  it("rejects properties of another kind", () => {
    const asPaper = { id: "benchmark:gsm8k", type: "benchmark", name: "GSM8K" };
    expect(
      DetailNode.safeParse({ id: "x", kind: "paper", label: "x", community: null, properties: asPaper })
        .success,
    ).toBe(false);
    expect(
      DetailNode.safeParse({
        id: "community:1",
        kind: "community",
        label: "c",
        community: 1,
        properties: { id: "community:1", label: "c" },
      }).success,
    ).toBe(false);
  });
});
