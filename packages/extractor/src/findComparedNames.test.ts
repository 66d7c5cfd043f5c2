import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";

const methods = (abstract: string) =>
  extractPaper({ id: "p", title: "A study", abstract })
    .entities.filter((e) => e.type === "method")
    .map((e) => e.name);

describe("findComparedNames: a list after a kind noun and a colon", () => {
  it("names every listed system", () => {
    const out = methods(
      "The benchmark compares four temporal models built on shared features: ZorpNet, KlimFormer, TUV and QuaxAct.",
    );
    expect(out).toEqual(expect.arrayContaining(["ZorpNet", "KlimFormer", "TUV", "QuaxAct"]));
  });

  it("needs three names: a colon before one or two is no list of systems", () => {
    expect(methods("We compare two methods: ZorpNet and KlimFormer perform alike.")).not.toContain(
      "KlimFormer",
    );
  });

  it("a list of data after the kind noun is no list of systems", () => {
    const out = methods(
      "We compare methods across three datasets: ZorpSet, KlimData and QuaxCorpus. Models trained on four corpora: ZorpText, KlimWeb, QuaxNews and TuvBooks.",
    );
    expect(out).not.toEqual(expect.arrayContaining(["ZorpSet"]));
    expect(out).not.toEqual(expect.arrayContaining(["ZorpText"]));
  });
});
