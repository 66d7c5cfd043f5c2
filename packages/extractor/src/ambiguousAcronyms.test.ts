import type { Extraction } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import type { PaperText } from "./extractPaper.ts";
import { extractPapers } from "./extractPapers.ts";
import { longFormKey } from "./longFormKey.ts";
import { memoryStores } from "./memoryStores.testSupport.ts";

/** The entity a paper links the acronym `short` to (by a mention spelling it). */
function linkOf(x: Extraction, short: string) {
  return x.entities.find((e) => e.mentions.some((m) => m.text === short || m.text === `${short}s`));
}

const paper = (id: string, abstract: string): PaperText => ({ id, title: id.toUpperCase(), abstract });

describe("acronyms with several meanings in one corpus", () => {
  it("links each paper defining BC to its own meaning, never to another paper's", async () => {
    const out = await extractPapers([
      paper("a1", "We train the policy with behavior cloning (BC) from expert demonstrations."),
      paper("a2", "Behaviour cloning (BC) imitates the expert; BC needs few rollouts."),
      paper("b", "We propose Block Compression (BC), a quantization method; BC shrinks weights."),
      paper("c", "Breast cancer (BC) screening with mammograms; BC is common."),
      paper("d", "Backscatter coefficients (BC) of the tissue are estimated by ultrasound."),
    ]);
    const [a1, a2, b, c, d] = out.map((x) => linkOf(x, "BC"));
    expect(a1?.id).toBe("method:bc");
    expect(a2?.id).toBe("method:bc");
    for (const other of [b, c, d]) {
      expect(other).toBeDefined();
      expect(other?.id).not.toBe("method:bc");
    }
    expect(new Set([b?.id, c?.id, d?.id]).size).toBe(3);
    expect(b?.name).toBe("BC (block compression)");
    expect(c?.name).toBe("breast cancer");
    expect(d?.name).toBe("backscatter coefficient");
    // the lexicon's entity keeps its own long form only
    for (const e of [a1, a2])
      for (const alias of e?.aliases ?? []) expect(alias).not.toMatch(/compression|cancer/i);
  });

  it("never links a paper's own SD to the lexicon's Stable Diffusion, whatever matcher names it", async () => {
    const out = await extractPapers([
      paper(
        "a",
        "We propose an online Standard Definition (SD) map matching method. The SD map is enriched.",
      ),
      paper("b", "Images are generated with Stable Diffusion (SD) and SD is fine-tuned."),
    ]);
    const a = out[0]!.entities.filter((e) => e.mentions.some((m) => m.text === "SD"));
    expect(a.length).toBeGreaterThan(0);
    for (const e of a) expect(e.id).not.toBe(linkOf(out[1]!, "SD")?.id);
    expect(linkOf(out[1]!, "SD")?.id).toBe("model:stable-diffusion");
  });

  it("gives each meaning of an acronym no lexicon knows its own entity, named by its long form", async () => {
    const out = await extractPapers([
      paper("a", "We present Zorp Kernel Decoding (ZKD) for fast inference; ZKD halves latency."),
      paper("b", "Zeta Knowledge Distillation (ZKD) transfers skills; ZKD uses a teacher."),
    ]);
    const [a, b] = out.map((x) => linkOf(x, "ZKD"));
    expect(a?.id).not.toBe(b?.id);
    expect(a?.name).toBe("ZKD (zorp kernel decoding)");
    expect(b?.name).toBe("ZKD (zeta knowledge distillation)");
  });

  it("keeps the plain acronym for a meaning three quarters of the definitions share", async () => {
    const main = "Zorp Kernel Decoding (ZKD) speeds up inference; ZKD is simple.";
    const out = await extractPapers([
      paper("a1", main),
      paper("a2", `We extend ${main}`),
      paper("a3", `Recently, ${main}`),
      paper("b", "Zeta Knowledge Distillation (ZKD) transfers skills; ZKD uses a teacher."),
    ]);
    const links = out.map((x) => linkOf(x, "ZKD"));
    expect(links.slice(0, 3).map((e) => e?.id)).toEqual(["method:zkd", "method:zkd", "method:zkd"]);
    expect(links[3]?.id).not.toBe("method:zkd");
    expect(links[3]?.name).toBe("ZKD (zeta knowledge distillation)");
  });

  it("keeps spelling variants of one meaning together", async () => {
    expect(longFormKey("Behaviour Cloning")).toBe(longFormKey("behavior-cloning"));
    expect(longFormKey("Zorp Kernel Decodings")).toBe(longFormKey("zorp-kernel decoding"));
    expect(longFormKey("breast cancer")).not.toBe(longFormKey("behavior cloning"));
    const out = await extractPapers([
      paper("a1", "We present Zorp Kernel Decoding (ZKD) for fast inference; ZKD halves latency."),
      paper("a2", "A zorp-kernel decoding (ZKD) variant; ZKD is cheap."),
      paper("b", "Zeta Knowledge Distillation (ZKD) transfers skills; ZKD uses a teacher."),
      paper("c1", "Agents learn by behavioural cloning (BC) of experts."),
      paper("c2", "Behavior Cloning (BC) is the baseline."),
    ]);
    const ids = out.map((x) => linkOf(x, "ZKD")?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(linkOf(out[3]!, "BC")?.id).toBe("method:bc");
    expect(linkOf(out[4]!, "BC")?.id).toBe("method:bc");
  });

  it("does not spread an acronym used without a definition when no meaning dominates", async () => {
    const twoMeanings = [
      paper("a1", "The Zorp Hollow Index (ZHI) of each graph is measured."),
      paper("a2", "We bound the Zorp Hollow Index (ZHI) of sparse graphs."),
      paper("b1", "The Zebra Herding Instinct (ZHI) of the animals is scored."),
      paper("b2", "A stronger Zebra Herding Instinct (ZHI) shows in the herd."),
      paper("u", "Our ZHI estimates vary widely across the samples."),
    ];
    const out = await extractPapers(twoMeanings);
    expect(out[4]!.entities.some((e) => e.mentions.some((m) => m.rule === "corpus-acronym"))).toBe(false);
    // with one meaning only, the same use is linked
    const one = await extractPapers([twoMeanings[0]!, twoMeanings[1]!, twoMeanings[4]!]);
    expect(linkOf(one[2]!, "ZHI")?.id).toBe(linkOf(one[0]!, "ZHI")?.id);
  });
});

describe("ambiguous acronyms in the incremental corpus pass", () => {
  it("gives what the whole pass gives when a day's papers take the dominance from a meaning", async () => {
    const filler = Array.from({ length: 8 }, (_v, i) =>
      paper(`f${i}`, `We study graph coloring heuristics on instance family ${i} with greedy search.`),
    );
    const kept = [
      ...filler,
      paper("a1", "Zorp Kernel Decoding (ZKD) speeds up inference; ZKD is simple."),
      paper("a2", "We extend Zorp Kernel Decoding (ZKD) to batches; ZKD is cheap."),
      paper("a3", "Recently, Zorp Kernel Decoding (ZKD) was proposed; ZKD scales."),
      paper("a4", "Zorp Kernel Decoding (ZKD) on phones; ZKD saves energy."),
    ];
    const day = [
      paper("b1", "Zeta Knowledge Distillation (ZKD) transfers skills; ZKD uses a teacher."),
      paper("b2", "We revisit Zeta Knowledge Distillation (ZKD); ZKD needs labels."),
    ];
    const { cache, corpus } = memoryStores();
    const first = await extractPapers(kept, { workers: 1, cache, corpus });
    expect(first.slice(8).map((x) => linkOf(x, "ZKD")?.id)).toEqual(Array(4).fill("method:zkd"));
    const modes: string[] = [];
    const both = await extractPapers([...kept, ...day], {
      workers: 1,
      cache,
      corpus,
      onCorpusPass: (r) => modes.push(r.mode),
    });
    expect(modes).toEqual(["incremental"]);
    expect(JSON.stringify(both)).toBe(JSON.stringify(await extractPapers([...kept, ...day], { workers: 1 })));
    // four against two: no meaning has three quarters, every paper links to its own long form
    expect(linkOf(both[8]!, "ZKD")?.name).toBe("ZKD (zorp kernel decoding)");
    expect(linkOf(both[12]!, "ZKD")?.name).toBe("ZKD (zeta knowledge distillation)");
  });
});
