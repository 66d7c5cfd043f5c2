import type { ExtractedEntity } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";

const run = (abstract: string) => extractPaper({ id: "p", title: "A study", abstract }).entities;
const ids = (entities: ExtractedEntity[]) => entities.map((e) => e.id);

describe("acronymCandidates: a known acronym defined by the paper", () => {
  // corpus spellings (11 corpus papers write `low-rank adapters (LoRA)`, 7 `supervised-finetuned (SFT)`)
  it("keeps the lexicon's entity when the long form's last word is another form of the same word", () => {
    expect(ids(run("We attach low-rank adapters (LoRA) to every layer; LoRA weights stay small."))).toContain(
      "method:lora",
    );
    expect(ids(run("We compare supervised-finetuned (SFT) models with SFT baselines."))).toContain(
      "method:sft",
    );
  });

  it("still reads a long form ending in another word as the paper's own entity", () => {
    const es = run("We study fault localization (FL) in grids, and FL is hard.");
    expect(ids(es)).not.toContain("concept:federated-learning");
    expect(ids(run("We synthesize Question-Answer (QA) pairs; QA pairs help."))).not.toContain(
      "task:question-answering",
    );
    expect(ids(run("As multimodal language models (MLMs) grow, MLMs see more."))).not.toContain(
      "method:masked-language-modeling",
    );
    expect(ids(run("We propose the Similarity Depth (SD) metric; SD grows with depth."))).not.toContain(
      "model:stable-diffusion",
    );
  });
});
