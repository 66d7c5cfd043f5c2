import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";

const ids = (abstract: string) =>
  extractPaper({ id: "p", title: "A study", abstract }).entities.map((e) => e.id);

describe("findCapitalMethods: capitalised component names", () => {
  const cases: [string, string][] = [
    [
      "Our model adds a Quasi-Harmonic Residual Network to the decoder.",
      "method:quasi-harmonic-residual-network",
    ],
    ["Features pass through an Attention Mixer before the head.", "method:attention-mixer"],
    [
      "Training uses a Shadow-Edge-Aware Contour Loss on every batch.",
      "method:shadow-edge-aware-contour-loss",
    ],
    ["Entries are parsed by a Finite-State Transducer at load time.", "method:finite-state-transducer"],
  ];
  it.each(cases)("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("a name ending in a known head word outranks that word", () => {
    const out = ids("The prediction is refined with our proposed Tiered Sparse-Window Transformer blocks.");
    expect(out).toContain("method:tiered-sparse-window-transformer");
    expect(out).not.toContain("method:transformer");
  });

  it("a capitalised phrase in apposition to a short name is that name's long form", () => {
    const es = extractPaper({
      id: "p",
      title: "A study",
      abstract: "We propose ZorpFormer, a Spatio-Temporal Pattern-Aware Transformer for traffic.",
    }).entities;
    expect(es.find((e) => e.id === "method:zorpformer")?.aliases).toContain(
      "Spatio-Temporal Pattern-Aware Transformer",
    );
    expect(es.map((e) => e.id)).not.toContain("method:spatio-temporal-pattern-aware-transformer");
  });

  it("manner words alone before a component head describe, not name", () => {
    expect(
      ids("Our design uses an Efficient Lightweight Network for speed.").filter((i) =>
        i.startsWith("method:"),
      ),
    ).toEqual([]);
  });
});

describe("acronym long forms ending in a component head name a method", () => {
  const cases: [string, string][] = [
    ["It integrates a Regional Rhythm Aggregator (RRA) for temporal encoding.", "method:rra"],
    ["A Spatial and Channel Attention Refiner (SCAR) enhances features.", "method:scar"],
    ["We add a shared hint injector (SHI) to each agent.", "method:shi"],
  ];
  it.each(cases)("%s → %s", (text, id) => expect(ids(text)).toContain(id));
});
