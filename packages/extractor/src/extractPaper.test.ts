import type { ExtractedEntity } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { extractPaper } from "./extractPaper.ts";

const run = (abstract: string, title = "A study") => extractPaper({ id: "p", title, abstract }).entities;
const find = (entities: ExtractedEntity[], id: string) => entities.find((e) => e.id === id);

describe("extractPaper: models", () => {
  const cases: [text: string, id: string, name: string, family: string | null][] = [
    [
      "We fine-tune Qwen2.5-7B-Instruct on math.",
      "model:qwen2.5-7b-instruct",
      "Qwen2.5-7B-Instruct",
      "Qwen2.5",
    ],
    ["Results with Llama-3-8B are reported.", "model:llama3-8b", "Llama-3-8B", "Llama-3"],
    ["We compare against GPT-4o and others.", "model:gpt4o", "GPT-4o", null],
    ["The image encoder is ViT-H/14 in all runs.", "model:vit-h/14", "ViT-H/14", "ViT"],
    ["We distil into gemma-2-9b-it for speed.", "model:gemma2-9b-it", "gemma-2-9b-it", "Gemma-2"],
    ["Claude 3 Opus judges the answers.", "model:claude3-opus", "Claude 3 Opus", "Claude 3"],
    ["We train OLMo-2-7B from scratch.", "model:olmo2-7b", "OLMo-2-7B", "OLMo-2"],
    ["A BERT encoder reads the text.", "model:bert", "BERT", null],
    ["We tune SmolzVLM2 on video clips.", "model:smolzvlm2", "SmolzVLM2", null],
    ["Answers come from LLaVA-ZorpVision here.", "model:llava-zorpvision", "LLaVA-ZorpVision", "LLaVA"],
    ["Drones run YOLOv9 for detection.", "model:yolov9", "YOLOv9", "YOLO"],
    ["Clinicians query MedGemma about scans.", "model:medgemma", "MedGemma", "Gemma"],
  ];
  it.each(cases)("%s → %s", (text, id, name, family) => {
    const e = find(run(text), id);
    expect(e, JSON.stringify(run(text).map((x) => x.id))).toBeDefined();
    expect(e!.type).toBe("model");
    expect(e!.name).toBe(name);
    expect(e!.family).toBe(family);
  });

  it("reads a released variant's words, versions and parts after a known family as its name", () => {
    const cases: [text: string, name: string][] = [
      ["Scenes are drawn by Qwen-Image for each prompt.", "Qwen-Image"],
      ["Detections come from YOLO-World in the open set.", "YOLO-World"],
      ["We query Claude Opus 4.1 Preview on each task.", "Claude Opus 4.1 Preview"],
      ["Code is written by Kimi K2 in every run.", "Kimi K2"],
      ["We evaluate Gemma-3-Multilingual-Instruct on the test.", "Gemma-3-Multilingual-Instruct"],
      ["We distil DeepSeek-R1-Distill-LLaMA-70B further.", "DeepSeek-R1-Distill-LLaMA-70B"],
      ["Answers come from gpt-oss-120b in every run.", "gpt-oss-120b"],
      ["Meshes are built by Hunyuan3D from one image.", "Hunyuan3D"],
      ["Frames are read by MiniCPM-V 2.6 in one pass.", "MiniCPM-V 2.6"],
      ["Patches are embedded by a frozen ViT-L in every run.", "ViT-L"],
      ["Queries are embedded by E5-Large-Instruct in every run.", "E5-Large-Instruct"],
      ["It runs 3.5 times faster than GPT-4o 2.5 times over.", "GPT-4o"],
    ];
    for (const [text, name] of cases) {
      const models = run(text).filter((e) => e.type === "model");
      expect(
        models.map((e) => e.name),
        text,
      ).toEqual([name]);
    }
  });

  it("reads a Claude tier word as a model only with its version, and a describing word as no variant", () => {
    expect(run("Sonnet 3.7 writes the code.").map((e) => e.name)).toContain("Sonnet 3.7");
    expect(run("We wrote a Sonnet and an Opus about spring.").filter((e) => e.type === "model")).toEqual([]);
    const guided = run("We use CLIP-Guided editing and a LLaMA-Adapter module.").filter(
      (e) => e.type === "model",
    );
    expect(guided.map((e) => e.name).sort()).toEqual(["CLIP", "Llama"]);
  });

  it("reads a letter after an all-capitals technique as its variant, not a model", () => {
    expect(run("We train with GRPO-S and decode with RNN-T.").filter((e) => e.type === "model")).toEqual([]);
  });

  it("lets a paper type its own name built from a family and a coined word", () => {
    const e = run("We propose SAM-Zorp, a segmentation framework. SAM-Zorp is fast.").find(
      (x) => x.name === "SAM-Zorp",
    );
    expect(e?.type).toBe("method");
  });

  it("reads hub spellings of models: lower case with a version, and lower-case ids listed with models", () => {
    const names = (text: string) =>
      run(text)
        .filter((e) => e.type === "model")
        .map((e) => e.name)
        .sort();
    expect(names("Answers were graded by gpt-5.1 and qwen3-14b.")).toEqual(["gpt-5.1", "qwen3-14b"]);
    expect(names("We ran five seeds, seed-1 to seed-5.")).toEqual([]);
    expect(names("We prompt zorpa-12 and GPT-4o alike.")).toEqual(["GPT-4o", "zorpa-12"]);
    expect(names("We report top-1 and GPT-4o alike.")).toEqual(["GPT-4o"]);
  });

  it("names a coined model with its spaced size, and another version of a coined model it names", () => {
    const names = (text: string, title = "A study") =>
      run(text, title)
        .filter((e) => e.type === "model")
        .map((e) => e.name)
        .sort();
    expect(names("We fine-tune ZorpLM 3.2B Instruct on math.")).toEqual(["ZorpLM 3.2B Instruct"]);
    const zorba =
      "We introduce ZORBA 2.5, an open-weight language model. It extends the earlier ZORBA 2.0 design.";
    expect(names(zorba)).toEqual(["ZORBA 2.0", "ZORBA 2.5"]);
  });

  it("reads a conference as no entity unless the paper names its own system so", () => {
    const named = run("We compare with the CVPR 2025 baseline and the ICLR'24 winner on ImageNet.")
      .filter((e) => e.type !== "concept" && e.type !== "task")
      .map((e) => e.name);
    expect(named).toEqual(["ImageNet"]);
    const own = run("We present ICML, a framework for planning. ICML is fast.").find(
      (e) => e.name === "ICML",
    );
    expect(own?.type).toBe("method");
  });

  it("types a proposal by its own head noun, not by the models it uses", () => {
    const e = run(
      "This paper proposes Zorpify, a procedural scene generation framework utilizing Large Language Models (LLMs).",
    ).find((x) => x.name === "Zorpify");
    expect(e?.type).toBe("method");
  });

  it("reads a capital glued to a known model's version as its variant", () => {
    const e = find(run("Captions are written by GPT-4V for each image."), "model:gpt4v");
    expect(e?.name).toBe("GPT-4V");
  });

  it("types a paper's own name built on a model family by what the paper says it is", () => {
    const es = run("We propose KestrelSAM, a framework for floorplan reconstruction. KestrelSAM is fast.");
    expect(find(es, "method:kestrelsam")?.proposed).toBe(true);
    expect(es.filter((e) => e.type === "model")).toEqual([]);
  });

  it("names each released model of a family as written, not by the family", () => {
    const models = run(
      "We compare DeepSeek-R1 with DeepSeek-V3, and o1-mini with ChatGPT, on math problems.",
    ).filter((e) => e.type === "model");
    expect(models.map((e) => e.name).sort()).toEqual(["ChatGPT", "DeepSeek-R1", "DeepSeek-V3", "o1-mini"]);
  });

  it("reads a spaced version or a variant glued to it as part of the model's name", () => {
    const names = run("We prompt Gemma 3, Llama 2-Chat and Qwen 2 with the same questions.")
      .filter((e) => e.type === "model")
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(["Gemma 3", "Llama 2-Chat", "Qwen 2"]);
  });

  it("reads a variant word before a size in billions, and a vision V after the version, as the model's", () => {
    const names = run("We probe Aya-Expanse-8B, Mistral-Nemo-12B and GLM-4.5V beside GLM-4V.")
      .filter((e) => e.type === "model")
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(["Aya-Expanse-8B", "GLM-4.5V", "GLM-4V", "Mistral-Nemo-12B"]);
  });

  it("reads a percentage after a model's name as a figure, not as the model's version", () => {
    const names = run(
      "Codex 5% of runs fail, Claude 9.5\\% and Gemini 21.4% of them, against GPT-4 at 3% on the same questions.",
    )
      .filter((e) => e.type === "model")
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(["Claude", "Codex", "GPT-4", "Gemini"]);
  });

  it("reads an ambiguous model name as a model beside another model, not when it only describes", () => {
    const names = (text: string) =>
      run(text)
        .filter((e) => e.type === "model")
        .map((e) => e.name);
    expect(names("We compare GPT-4 and Falcon on math problems.")).toContain("Falcon");
    expect(names("A Falcon flies over the valley in our videos.")).toEqual([]);
    expect(names("GPT-4 writes captions, and a Mamba-based block mixes tokens.")).toEqual(["GPT-4"]);
  });

  it("reads no name glued to a describing word, no number with a unit and no English word as a model", () => {
    const es = run(
      "We study MLLM-Powered agents and LVLM-Based generation, and our model runs 25.6X faster than ZorpNet.",
    );
    expect(es.filter((e) => e.type === "model" || e.type === "benchmark")).toEqual([]);
  });

  it("types a proposed name by its appositive's head: an LLM framework is a method, a technical report a model", () => {
    const framework = run(
      "We propose ZorpAgent, a multi-agent LLM framework for planning. ZorpAgent plans well.",
    );
    expect(find(framework, "method:zorpagent")?.proposed).toBe(true);
    expect(framework.filter((e) => e.type === "model")).toEqual([]);
    const family = run("We release ZorpLM, a family of open LLMs for code.");
    expect(find(family, "model:zorplm")).toBeDefined();
    const report = extractPaper({
      id: "p",
      title: "Kestrel Technical Report: A Multi-Stage Training Paradigm for Finance",
      abstract: "We train on filings.",
    }).entities;
    expect(find(report, "model:kestrel")).toBeDefined();
    const tuning = extractPaper({
      id: "p",
      title: "Zorpify: Structure-Aware Fine-Tuning of Large Language Models",
      abstract: "We tune on graphs.",
    }).entities;
    expect(find(tuning, "method:zorpify")).toBeDefined();
  });

  it("reads the plural of a kind acronym as a kind, not a model or method", () => {
    const es = run(
      "We compare VideoLLMs, dLLMs and Kestrel-7B on FizzBench. Vid-LLMs and D-LLMs, such as Kestrel-7B, lag behind.",
    );
    const names = es.filter((e) => e.type === "model" || e.type === "method").map((e) => e.name);
    expect(names).toEqual(["Kestrel-7B"]);
  });

  it("reads a known model's bare name before a measure or procedure noun as no mention of the model", () => {
    const ids = run(
      "Image fidelity of the models is judged by DINO score and CLIP similarity. We then apply SlowFast sampling to the model.",
    ).map((e) => e.id);
    expect(ids).not.toContain("model:dino");
    expect(ids).not.toContain("model:clip");
    expect(ids).not.toContain("model:slowfast");
    // the same names as models, beside a model word, stay models
    const models = run("Our model beats the DINO and CLIP models on ZorpBench.").map((e) => e.id);
    expect(models).toEqual(expect.arrayContaining(["model:dino", "model:clip"]));
  });

  it("does not call generic model words models", () => {
    const ids = run("Large language models and diffusion models improve with scale.").map((e) => e.id);
    expect(ids.some((id) => id.startsWith("model:"))).toBe(false);
    expect(ids).toContain("concept:large-language-model");
    expect(ids).toContain("concept:diffusion-model");
  });
});

describe("extractPaper: benchmarks", () => {
  const cases: [text: string, ids: string[]][] = [
    [
      "We evaluate on GSM8K, MATH, and AIME 2024.",
      ["benchmark:gsm8k", "benchmark:math", "benchmark:aime2024"],
    ],
    ["Experiments on ImageNet-1K and COCO show gains.", ["benchmark:imagenet", "benchmark:coco"]],
    ["It reaches 40% on SWE-bench Verified.", ["benchmark:swe-bench-verified"]],
    ["We report results on ZorpBench and FizzQA.", ["benchmark:zorpbench", "benchmark:fizzqa"]],
    ["Agents are tested on MiniWoB++ and ALFWorld.", ["benchmark:miniwob++", "benchmark:alfworld"]],
    [
      "Win rates on AlpacaEval 2.0 and Arena-Hard improve.",
      ["benchmark:alpacaeval2.0", "benchmark:arena-hard"],
    ],
    ["We evaluate on the Kestrel dataset and two others.", ["benchmark:kestrel"]],
    ["We release Zorp-Instruct-23k for training.", ["benchmark:zorp-instruct23k"]],
  ];
  it.each(cases)("%s", (text, ids) => {
    const got = run(text).map((e) => e.id);
    for (const id of ids) expect(got, got.join(", ")).toContain(id);
  });

  it("does not read ordinary capitalised words as benchmarks", () => {
    const got = run("The dataset is available online. Results on GPU clusters are fast.").filter(
      (e) => e.type === "benchmark",
    );
    expect(got).toEqual([]);
  });

  it("reads languages, task names and descriptions after a benchmark cue as no benchmark", () => {
    const got = run(
      "We evaluate on English and Arabic, on text-to-SQL, on AI-generated images and on U.S data benchmarks, on GNSS-denied and non-English benchmarks.",
    ).filter((e) => e.type === "benchmark");
    expect(got.map((e) => e.name)).toEqual([]);
  });

  it("reads names in parentheses after a dataset word as benchmarks", () => {
    const es = run(
      "Experiments on three benchmarks (Zorp14, Kestrel, and FIZZAR) and two datasets (QuoxQA) show gains.",
    );
    const names = es.filter((e) => e.type === "benchmark").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Zorp14", "Kestrel", "FIZZAR", "QuoxQA"]));
  });

  it("reads every member of a list before a plural dataset word as a benchmark", () => {
    const es = run("We use the ZorpIQ and KIRR datasets, and the Quox, Bax-9 and FizzSet benchmarks.");
    const names = es.filter((e) => e.type === "benchmark").map((e) => e.name);
    expect(names.sort()).toEqual(["Bax-9", "FizzSet", "KIRR", "Quox", "ZorpIQ"]);
  });

  it("reads a capitalised part glued to a known benchmark as a benchmark derived from it", () => {
    const es = run("We fine-tune on COCO-Stuff and test on VQA-Med 2019 and on COCO-formatted labels.");
    expect(find(es, "benchmark:coco-stuff")?.family).toBe("COCO");
    expect(find(es, "benchmark:vqa-med2019")).toBeDefined();
  });

  it("reads platforms and participles after a hyphen as no benchmark", () => {
    const got = run(
      "Agents are evaluated on Windows, macOS and Linux environments and on LLM-simulated environments.",
    ).filter((e) => e.type === "benchmark");
    expect(got.map((e) => e.name)).toEqual([]);
  });

  it("reads a system compared over, a kind of data and a size as no benchmark", () => {
    const got = run(
      "We gain 6% over ZorpAgent on FizzWorld. We reuse large-scale RGBD datasets and curate a 3.8M-pair dataset. Results on Quox and KESTREL datasets hold.",
    ).filter((e) => e.type === "benchmark");
    expect(got.map((e) => e.name).sort()).toEqual(["FizzWorld", "KESTREL", "Quox"]);
  });

  it("names the numbered task, release or edition of a benchmark with it", () => {
    const names = run(
      "We took part in SemEval-2026 Task 9 and the Zorp Segmentation Challenge 2025, and test on the TED-LIUM Release 2 dataset.",
    )
      .filter((e) => e.type === "benchmark")
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(["SemEval-2026 Task 9", "TED-LIUM Release 2", "Zorp Segmentation Challenge 2025"]);
  });

  it("reads a list after `on` that holds a model as a list of models, not of benchmarks", () => {
    const got = run(
      "Extensive experiments on LlamaZorp, Open-KESTREL2, and QUAR show that our module helps. We also test on FizzWorld and Quox.",
    ).filter((e) => e.type === "benchmark");
    expect(got.map((e) => e.name).sort()).toEqual(["FizzWorld", "Quox"]);
  });

  it("reads the next version of an architecture as a method, not a benchmark", () => {
    const es = run("We compare ZorpNet++ and KestrelFormer++ on FizzWoB++.");
    expect(find(es, "method:zorpnet++")).toBeDefined();
    expect(find(es, "method:kestrelformer++")).toBeDefined();
    expect(find(es, "benchmark:fizzwob++")).toBeDefined();
  });
});

describe("extractPaper: named by their context", () => {
  const cases: [text: string, id: string][] = [
    ["We accelerate the symbolic deduction engine ZorpNet by 120x.", "method:zorpnet"],
    ["Strong LLMs such as Zorplex-2 and FizzMind answer well.", "model:fizzmind"],
    ["Prior baselines such as KestrelSeg fail on thin objects.", "method:kestrelseg"],
    ["We train with Quasi-Zorp Momentum (QZM), which is fast.", "method:qzm"],
    ["We further devise a Zorpality Prompting method for agents.", "method:zorpality-prompting"],
    ["On the Kestrel Scenes Dataset, we set a new record.", "benchmark:kestrel-scenes-dataset"],
    ["We build a new preference dataset, Zorpref-V1, consisting of pairs.", "benchmark:zorpref-v1"],
  ];
  it.each(cases)("%s → %s", (text, id) => {
    const got = run(text).map((e) => e.id);
    expect(got, got.join(", ")).toContain(id);
  });

  it("types a coined name the paper repeats by the words around it", () => {
    const es = run(
      "We compare ZorpAct with others. ZorpAct wins. We build the FizzSet dataset; FizzSet has 5k clips.",
    );
    expect(find(es, "method:zorpact")?.mentions.length).toBe(2);
    expect(find(es, "benchmark:fizzset")).toBeDefined();
    const once = run("We compare ZorpAct with others. PyTorch-based code is given; PyTorch-based tools too.");
    expect(once.filter((e) => e.type === "method")).toEqual([]);
  });

  it("reads a procedure capitalised at a sentence start or before a longer name as no name", () => {
    const got = run("Efficient Training matters. Zorp Attention Heads are studied. Guided Sampling helps.")
      .filter((e) => e.type === "method")
      .map((e) => e.id);
    expect(got).toEqual([]);
  });

  it("does not list a sentence's capitalised opening word with the names after it", () => {
    const es = run("Notably, Zorplex and GPT-4o agree. Recently, Qwen2.5 and Kestrelix improved.");
    expect(es.filter((e) => /^(?:notably|recently)$/i.test(e.name))).toEqual([]);
    expect(find(es, "model:zorplex")).toBeDefined();
  });

  it("does not list capitalised English words with known names", () => {
    const es = run("We compare Diffusion, Few-Shot, PPO and GRPO; only Zorbic, PPO and GRPO help.");
    expect(es.filter((e) => /^(?:diffusion|few-shot)$/i.test(e.name))).toEqual([]);
    expect(find(es, "method:zorbic")).toBeDefined();
  });

  it("reads a known family with a glued version as a model even after a benchmark cue", () => {
    expect(find(run("We report results on YOLOv11 and YOLOv8 detectors."), "model:yolov11")).toBeDefined();
  });

  it("keeps kind acronyms and joined English words out of listed names", () => {
    const got = run("Baselines such as LDMs, Non-Role-Play and dLLM lag behind.").filter(
      (e) => e.type === "method" || e.type === "model",
    );
    expect(got.map((e) => e.id)).toEqual([]);
  });
});

describe("extractPaper: methods, acronyms and proposals", () => {
  it("joins an acronym and its long form into one entity", () => {
    const es = run("We train with Group Relative Policy Optimization (GRPO). GRPO is stable.");
    const grpo = find(es, "method:grpo")!;
    expect(grpo.mentions.map((m) => m.text)).toEqual(["Group Relative Policy Optimization", "GRPO", "GRPO"]);
  });

  it("reads a plural kind of model as a concept and a defined acronym a copula calls an approach as a method", () => {
    const es = run(
      "Vision Foundation Models (VFMs) help. Greedy Coordinate Gradient (GCG) has emerged as an effective approach. Variants of GCG exist. Reinforcement learning (RL) has become a prevailing approach.",
    );
    expect(find(es, "concept:vision-foundation-model")).toBeDefined();
    expect(find(es, "method:gcg")?.aliases).toEqual(["Greedy Coordinate Gradient"]);
    expect(es.filter((e) => e.type === "method").map((e) => e.name)).toEqual(["GCG"]);
  });

  it("reads a paper's own long form of a known acronym as its own entity", () => {
    // `FL` is federated learning in the lexicon; here the paper defines it
    const es = run("We study fault localization (FL) in grids, and FL is hard.");
    expect(find(es, "task:fault-localization")?.aliases).toEqual(["FL"]);
    expect(es.map((e) => e.id)).not.toContain("concept:federated-learning");
    // a long form the lexicon spells otherwise is still the lexicon's (`Chain of Thoughts`)
    expect(find(run("We prompt with Chain of Thoughts (CoT)."), "method:cot")).toBeDefined();
  });

  it("ends a name after a naming verb with its sentence, and types a name by `X, the first …`", () => {
    const es = run(
      "We build a parser termed ZorpParse. Evaluated on FizzQA, it helps. We also release KestrelSet-2, the first dataset of owls. Experiments on QuuxNet and BarNet models hold.",
    );
    expect(es.find((e) => e.name === "ZorpParse")?.type).toBe("method");
    expect(es.find((e) => e.name === "KestrelSet-2")?.type).toBe("benchmark");
    expect(es.filter((e) => e.type === "benchmark").map((e) => e.name)).not.toContain("QuuxNet");
  });

  it("types a coined name by the copula after it, a model only among pretrained-model words", () => {
    const es = run(
      "ZorpPath2 is a pathology foundation model. KestrelCam is the first non-synthetic dataset. FizzNet is a model.",
    );
    expect(es.find((e) => e.name === "ZorpPath2")?.type).toBe("model");
    expect(es.find((e) => e.name === "KestrelCam")?.type).toBe("benchmark");
    expect(es.find((e) => e.name === "FizzNet")?.type).not.toBe("model");
  });

  it("types an unknown acronym by its long form's head word", () => {
    const es = run(
      "We use Sparse Window Attention Routing (SWAR) on the Kestrel Question Answering Benchmark (KQAB) for entity linking recognition (ELR).",
    );
    expect(find(es, "method:swar")).toBeDefined();
    expect(find(es, "benchmark:kqab")).toBeDefined();
    expect(es.find((e) => e.type === "task" && e.aliases?.includes("ELR"))).toBeDefined();
  });

  it("marks the paper's own method as proposed (cue and title prefix)", () => {
    const es = run(
      "We propose TSDiff, an unconditionally trained diffusion model for time series. TSDiff is fast.",
      "TSDiff: Self-Guiding Diffusion Models",
    );
    const t = find(es, "method:tsdiff")!;
    expect(t.proposed).toBe(true);
    expect(t.mentions.map((m) => m.field)).toEqual(["title", "abstract", "abstract"]);
  });

  it("types a proposal by what the sentence says it is", () => {
    const es = run("We introduce a new benchmark, CritiqueArena, for judging critiques.");
    expect(find(es, "benchmark:critiquearena")?.proposed).toBe(true);
    const m = run("We present Zephyrine, a family of open-weight language models.");
    expect(find(m, "model:zephyrine")?.proposed).toBe(true);
  });

  it("types an unknown name by the known names it is listed with, only when they agree", () => {
    const ids = run(
      "Detectors such as OWL-ViT, GroundingDINO, and Zeltic degrade; we also compare PPO, FooRL and GRPO.",
    ).map((e) => e.id);
    expect(ids, ids.join(", ")).toContain("model:zeltic");
    expect(ids).toContain("method:foorl");
    // a model and a benchmark in one list say nothing about a third name
    const mixed = run("We compare GPT-4o, GSM8K and ZorpNet.").map((e) => e.id);
    expect(mixed.filter((id) => id.endsWith(":zorpnet"))).toEqual([]);
  });

  it("takes a known model's type for its written-out name", () => {
    const es = run("Contrastive Language-Image Pre-training (CLIP) aligns images and text.");
    expect(find(es, "model:clip")).toBeDefined();
    expect(es.filter((e) => e.type === "method")).toEqual([]);
  });

  it("lets a type said in words beat one read from the name's shape or the title's head noun", () => {
    const shape = run(
      "We propose ZorpLLM, a novel framework for ranking questions. ZorpLLM is fast.",
      "ZorpLLM: Weighted Ranking of LLMs by Difficulty",
    );
    expect(find(shape, "method:zorpllm")?.proposed).toBe(true);
    expect(shape.filter((e) => e.type === "model")).toEqual([]);
    const title = run(
      "We present KestrelSR (Kestrel Super-Resolution), a generative framework for flood maps.",
      "KestrelSR: Street-Scale Flood Depth Models from Radar",
    );
    expect(find(title, "method:kestrelsr")).toBeDefined();
    // a model head said last is a model: `a … framework` before it does not make a method
    const model = run("We introduce FizzVL, a training framework and a 2B multimodal Large Language Model.");
    expect(find(model, "model:fizzvl")).toBeDefined();
  });

  it("reads a proposed hyphenated name as one name, not the known name it contains", () => {
    const es = run(
      "We build an interpretable vision (IV) pipeline, SAM-Zorp, that sharpens saliency maps.",
      "SAM-Zorp: Saliency Maps for Small Lesions",
    );
    expect(find(es, "method:sam-zorp")?.proposed).toBe(true);
    expect(es.map((e) => e.id)).not.toContain("model:sam");
    expect(es.filter((e) => e.type === "method").map((e) => e.name)).toEqual(["SAM-Zorp"]);
    // with no word saying what it is, the known part lends its type
    const model = run("We introduce SAM-Kestrel, pre-trained on academic compute.");
    expect(model.find((e) => e.name === "SAM-Kestrel")?.type).toBe("model");
    // a modifier made from a known name is not a new name
    const based = run("We develop a BERT-based marking system for essays.");
    expect(based.map((e) => e.name)).not.toContain("BERT-based");
  });

  it("reads names a paper compares with as methods, not the modifiers of a kind noun", () => {
    const es = run(
      "ZorpRank outperforms strong baselines such as KIRT. Our attack is compared to GGZP and surpasses the existing state-of-the-art method FizzSG, outperforming single-model and ensemble-without-LLM approaches and RNN-based baselines.",
    );
    const methods = es.filter((e) => e.type === "method").map((e) => e.name);
    expect(methods).toEqual(expect.arrayContaining(["KIRT", "GGZP", "FizzSG"]));
    expect(methods).not.toContain("ensemble-without-LLM");
    expect(methods).not.toContain("RNN-based");
  });

  it("reads a capitalised phrase ending in a transform, matching, encoder or decoder as a method", () => {
    const es = run(
      "Poses are refined with the Unscented Transform and features aligned by Histogram Matching; a Density-Adaptive Sparse Encoder follows, and a Context-Aware Decoder.",
    );
    const methods = es.filter((e) => e.type === "method").map((e) => e.name);
    expect(methods).toEqual(
      expect.arrayContaining([
        "Unscented Transform",
        "Histogram Matching",
        "Density-Adaptive Sparse Encoder",
      ]),
    );
    expect(methods).not.toContain("Context-Aware Decoder");
    const frwt = run("We apply Fractional Wavelet Transform (FRWT) to hidden states.");
    expect(find(frwt, "method:frwt")?.aliases).toEqual(["Fractional Wavelet Transform"]);
  });

  it("does not read a known acronym in the sense of other words the paper spells with its letters", () => {
    const es = run(
      "The regressor reaches a Mean Absolute Error of 1.2 K, while earlier work reports 1.9 K MAE.",
    );
    expect(es.map((e) => e.id)).not.toContain("method:mae");
    // the lexicon's own long form, or none known, keeps the known reading
    expect(
      find(run("We pretrain a masked autoencoder; the MAE then transfers."), "method:mae"),
    ).toBeDefined();
    expect(
      find(run("We use Proximal Policy Optimization and report PPO returns."), "method:ppo"),
    ).toBeDefined();
  });

  it("reads a defined foundation-model acronym as a kind of model, a concept", () => {
    const es = run("Geospatial Foundation Models (GFM) help; the GFM transfers.");
    expect(find(es, "concept:geospatial-foundation-model")?.aliases).toContain("GFM");
    expect(es.filter((e) => e.type === "method")).toEqual([]);
  });

  it("does not mark a known method as the paper's own", () => {
    expect(find(run("We introduce DPO, a simple alternative to RLHF."), "method:dpo")?.proposed).toBe(false);
  });
});

describe("extractPaper: tasks and concepts", () => {
  it("finds task phrases and folds concept variants", () => {
    const es = run(
      "We address time series forecasting and image editing. LLMs and large language models self-correct; self-correction helps.",
    );
    const ids = es.map((e) => e.id);
    expect(ids).toContain("task:time-series-forecasting");
    expect(ids).toContain("task:image-editing");
    expect(es.filter((e) => e.id === "concept:large-language-model")).toHaveLength(1);
    // papers call self-correction a task (the labelling guide types it so)
    expect(ids).toContain("task:self-correction");
  });

  it("reads the words of a Title Case title as words, its names as names", () => {
    const es = run(
      "We warm-start a policy from demonstrations.",
      "Warm-Started Reinforcement Learning for Iterative 3D/2D Liver Registration",
    );
    const ids = es.map((e) => e.id);
    expect(ids, ids.join(", ")).toContain("task:liver-registration");
    // the same words in a sentence-case title stay what they were
    const lower = run("We warm-start a policy.", "A study of Liver Registration with GPT-4o");
    expect(lower.map((e) => e.id)).not.toContain("task:liver-registration");
    expect(lower.map((e) => e.id)).toContain("model:gpt4o");
  });

  it("types a phrase headed by a procedure as a method, a mechanism as a concept", () => {
    const es = run(
      "We apply role-play prompting to each agent. Bidirectional attention is used, and bidirectional attention is cheap.",
    );
    expect(find(es, "method:role-play-prompting")?.type).toBe("method");
    expect(find(es, "concept:bidirectional-attention")?.type).toBe("concept");
    // a manner (`two-stage`) does not name a procedure of its own
    expect(run("We use two-stage prompting with GPT-4o here.").map((e) => e.id)).not.toContain(
      "method:two-stage-prompting",
    );
  });

  it("reads nouns compromise files as adjectives as nouns in terms, temporal adjectives not", () => {
    const ids = run(
      "We apply token pruning to each layer. Future research should study future research.",
    ).map((e) => e.id);
    expect(ids, ids.join(", ")).toContain("method:token-pruning");
    expect(ids.filter((id) => id.includes("future"))).toEqual([]);
  });

  it("reads tasks written in coordination as two tasks, a doing-word as no shared modifier", () => {
    const cases: [text: string, expected: string[]][] = [
      ["It fails at spatial and temporal reasoning.", ["task:spatial-reasoning", "task:temporal-reasoning"]],
      ["We study video generation and editing.", ["task:video-editing", "task:video-generation"]],
      [
        "We do line segment detection and tracking.",
        ["task:line-segment-detection", "task:line-segment-tracking"],
      ],
      ["We study CT and MRI synthesis.", ["task:CT-synthesis", "task:mri-synthesis"]],
      // a doing-word before `and` is a task of its own, not a modifier of the next one
      ["It solves detection and pose estimation.", ["task:pose-estimation"]],
      // a coordinated head that modifies the noun after it is no task (`tracking module`)
      ["A pose estimation and tracking module is used.", ["task:pose-estimation"]],
    ];
    for (const [text, expected] of cases) {
      const tasks = run(text)
        .filter((e) => e.type === "task")
        .map((e) => e.id)
        .sort();
      expect(tasks, text).toEqual(expected.map((id) => id.toLowerCase()).sort());
    }
  });

  it("keeps a compound modifier before a task as an alias of it, not a word of research prose", () => {
    const es = run(
      "We study multiple-choice question answering and music-driven dance generation. YES/NO question answering is hard. State-of-the-art object detection is fast.",
    );
    expect(find(es, "task:question-answering")?.aliases).toEqual([
      "YES/NO question answering",
      "multiple-choice question answering",
    ]);
    expect(find(es, "task:dance-generation")?.aliases).toEqual(["music-driven dance generation"]);
    expect(find(es, "task:object-detection")?.aliases).toBeUndefined();
    // a coordinated task's one-word span is no alias of it
    expect(
      find(run("It fails at spatial and temporal reasoning."), "task:spatial-reasoning")?.aliases,
    ).toBeUndefined();
  });

  it("types one hyphenated word of nouns before a procedure head as a method, not an affix or adjective", () => {
    const ids = run("We apply layer-skipping and meta-prompting, with re-sampling after fine-tuning.").map(
      (e) => e.id,
    );
    expect(ids, ids.join(", ")).toContain("method:layer-skipping");
    expect(ids).toContain("method:meta-prompting");
    expect(ids.filter((id) => id.startsWith("method:") && /re-sampling|fine-tuning/.test(id))).toEqual([]);
  });

  it("takes a phrase a paper repeats inside longer chunks as its term, not one that only modifies", () => {
    const one = (text: string) =>
      run(text)
        .filter((e) => e.type === "concept")
        .map((e) => e.id);
    // said once alone, twice more inside `coding agent development …`: a term of this paper
    expect(
      one(
        "We study the coding agent in depth. We build a coding agent development setting and compare coding agent development methods.",
      ),
    ).toEqual(["concept:coding-agent"]);
    // `spectral widget` only ever modifies the chunk's head: no term (each chunk is said once; the
    // model keeps the paper from the fallback, which takes any chunk)
    expect(one("We train a spectral widget encoder and then a spectral widget decoder with GPT-4o.")).toEqual(
      [],
    );
    // a `self-` compound of a noun repeated is a term; of a verb (`self-correct`) it is not
    expect(one("Self-critique helps agents. We study self-critique of plans; models self-correct.")).toEqual([
      "concept:self-critique",
    ]);
    // a manner before a task term says how, not which task
    expect(
      run("Rule-based stuttering detection fails, so rule-based stuttering detection is replaced.")
        .filter((e) => e.type === "task")
        .map((e) => e.id),
    ).toEqual(["task:stuttering-detection"]);
  });

  it("reads a corpus term as a task only where a task phrase would be one", () => {
    const ids = run(
      "Task completion rewards are sparse, so task completion rewards are shaped. The data synthesis process is slow, and the data synthesis process is costly.",
    ).map((e) => e.id);
    expect(
      ids.filter((id) => id.startsWith("task:")),
      ids.join(", "),
    ).toEqual([]);
  });

  it("reads an acronym's two-word long form of a paradigm head after its object noun as a concept", () => {
    const es = run(
      "We tune hyperparameter optimization (HPO), policy search (PS) and the Zorp cross-entropy optimization (ZCEO).",
    );
    expect(find(es, "concept:hyperparameter-optimization")?.aliases).toEqual(["HPO"]);
    expect(find(es, "concept:policy-search")?.aliases).toEqual(["PS"]);
    expect(es.filter((e) => e.type === "method").map((e) => e.name)).toEqual(["ZCEO"]);
  });

  it("keeps a scope word as a task's outermost modifier and reads a plural head in running text as no task", () => {
    const tasks = (abstract: string, title?: string) =>
      run(abstract, title)
        .filter((e) => e.type === "task")
        .map((e) => e.name)
        .sort();
    const cases: [abstract: string, expected: string[]][] = [
      ["We target small object detection in aerial images.", ["small object detection"]],
      ["It scales to long video generation.", ["long video generation"]],
      [
        "We benchmark open-vocabulary segmentation and fine-grained action segmentation.",
        ["fine-grained action segmentation", "open-vocabulary segmentation"],
      ],
      // a scope word is outermost: the word before it modifies nothing of the task
      ["Robust tiny object detection matters.", ["tiny object detection"]],
      // a scope word cut out of a longer hyphenated word is none
      ["We study ultra-long video generation.", ["video generation"]],
      // plural heads count outputs: no task, unless the title names it so
      ["Our LLM makes overconfident predictions and CT renderings.", []],
    ];
    for (const [abstract, expected] of cases) expect(tasks(abstract), abstract).toEqual(expected);
    expect(tasks("We use radar.", "Point Cloud Predictions Using Radar")).toEqual(["point cloud prediction"]);
    // nor is a repeated corpus term with such a head
    expect(tasks("Our LLM makes overconfident predictions. Such overconfident predictions hurt.")).toEqual(
      [],
    );
  });

  it("reads moderation, staging, stratification, swapping and filling as task heads", () => {
    const ids = run(
      "We study toxicity moderation, sleep staging, risk stratification, face swapping and slot filling.",
    ).map((e) => e.id);
    for (const id of [
      "task:toxicity-moderation",
      "task:sleep-staging",
      "task:risk-stratification",
      "task:face-swapping",
      "task:slot-filling",
    ])
      expect(ids, ids.join(", ")).toContain(id);
  });

  it("keeps acronym and dimension modifiers of a task, with their case", () => {
    const es = run("We study MRI synthesis. An end-to-end 3D face recognition system is built.");
    expect(find(es, "task:mri-synthesis")?.name).toBe("MRI synthesis");
    expect(find(es, "task:3d-face-recognition")?.name).toBe("3D face recognition");
    expect(find(run("We study 6D pose estimation."), "task:6d-pose-estimation")?.name).toBe(
      "6D pose estimation",
    );
    // a short name in mixed case names a kind of data too, and keeps its case
    expect(find(run("We study LiDAR segmentation at night."), "task:lidar-segmentation")?.name).toBe(
      "LiDAR segmentation",
    );
    // a hyphenated head is one word: `video super-resolution` is not the lexicon's image task
    expect(
      run("We study video super-resolution and vehicle re-identification.")
        .filter((e) => e.type === "task")
        .map((e) => e.name),
    ).toEqual(["video super-resolution", "vehicle re-identification"]);
    // what a task maps from and to is one modifier; a manner (`end-to-end`) or a known name
    // (`text-to-video generation`, an alias of `video generation`) is not
    const mapped = run(
      "We address CT-to-video registration, image-to-3D generation and text-to-video generation. End-to-end registration helps.",
    );
    expect(
      mapped.filter((e) => e.type === "task").map((e) => e.name),
      mapped.map((e) => e.id).join(", "),
    ).toEqual(["CT-to-video registration", "image-to-3D generation", "video generation"]);
    // an acronym every paper uses (`LLM`) is no kind of task
    expect(run("We improve LLM reasoning on hard problems.").map((e) => e.id)).not.toContain(
      "task:llm-reasoning",
    );
  });

  it("reads a doing-word outside the head list as a task where the text calls it one", () => {
    const ids = run("SLMs fail on tone modification tasks and on four visuo-motor control tasks.").map(
      (e) => e.id,
    );
    expect(ids, ids.join(", ")).toContain("task:tone-modification");
    expect(ids).toContain("task:visuo-motor-control");
    // a paradigm is no task, whatever follows it
    expect(run("Many reinforcement learning tasks exist.").map((e) => e.type)).not.toContain("task");
  });

  it("reads the task a title names after `for` or at its start, not its topic or means", () => {
    const cases: [title: string, task: string | null][] = [
      ["Scalable Agents for Knowledge Mining", "task:knowledge-mining"],
      ["Stabilizing Contrastive RL: Techniques for Offline Goal Reaching", "task:goal-reaching"],
      [
        "QuadSync: Quadrifocal Tensor Synchronization via Tucker Decomposition",
        "task:quadrifocal-tensor-synchronization",
      ],
      ["Neuron-Concept Association for Explainable Models", null],
      ["Concept Incongruence: An Exploration of Time", null],
    ];
    for (const [title, task] of cases) {
      const tasks = run("We do it.", title)
        .filter((e) => e.type === "task")
        .map((e) => e.id);
      expect(tasks, title).toEqual(task ? [task] : []);
    }
  });

  it("does not read a task phrase that modifies the next noun as a task", () => {
    const ids = run(
      "The data synthesis process is slow. A pose estimation network is used, and object detection methods too.",
    ).map((e) => e.id);
    expect(ids).not.toContain("task:data-synthesis");
    expect(ids).not.toContain("task:pose-estimation");
    expect(ids).toContain("task:object-detection");
  });

  it("keeps verbs and their objects out of terms, and a task's name out of the concepts", () => {
    const names = run(
      "Robots recognize objects in clutter. Robots recognize objects fast. Benchmarks covering code exist, and benchmarks covering math. The edit distance is learned; the edit distance is smooth.",
    ).map((e) => e.name);
    expect(names.filter((n) => /recognize|covering/.test(n))).toEqual([]);
    expect(names).toContain("edit distance");
    const es = run(
      "Knowledge mining is slow. We scale knowledge mining.",
      "Scalable Agents for Knowledge Mining",
    );
    expect(es.filter((e) => e.name === "knowledge mining").map((e) => e.type)).toEqual(["task"]);
  });

  it("ends terms in paradigm gerunds and in nouns compromise files as verbs, not in the verbs after them", () => {
    const names = run(
      "We align models with human values through preference learning. Preference learning is costly. Modular experts avoid gradient conflicts; gradient conflicts slow training. The reward model predicts scores and the reward model predicts ranks.",
    ).map((e) => e.name);
    expect(names).toContain("preference learning");
    expect(names).toContain("gradient conflict");
    expect(names.filter((n) => /align|predict/.test(n))).toEqual([]);
    const scoped = run(
      "This work contributes to safety. This work contributes to safety. Task-specific models need two-stage training; task-specific models need two-stage training.",
    ).map((e) => e.name);
    expect(scoped.filter((n) => /contribut|task-specific|two-stage/.test(n))).toEqual([]);
  });

  it("reads a noun compromise files as a verb as a task modifier, not after a subject, nor a manner", () => {
    const ids = run(
      "We study land cover segmentation on satellite images. We repurpose detection models. Frame-level recognition is hard. Noise levels follow asynchronous denoising schedules.",
    ).map((e) => e.id);
    expect(ids).toContain("task:land-cover-segmentation");
    expect(ids.filter((id) => /repurpose|frame-level|asynchronous-denoising/.test(id))).toEqual([]);
    const opened = run(
      "Tools automate pollen grain classification. Whole slide image classification is slow.",
    ).map((e) => e.id);
    expect(opened).toContain("task:pollen-grain-classification");
    expect(opened.filter((id) => /automate|slide/.test(id))).toEqual([]);
    // after an adverb or a plural subject the bare verb base is the verb
    const verbs = run(
      "Small edits can drastically alter predictions of a parser. Such strategies affect translation quality.",
    ).map((e) => e.id);
    expect(verbs.filter((id) => /alter|affect/.test(id))).toEqual([]);
  });

  it("merges a paper's nested task phrases into one task", () => {
    const es = run(
      "We detect multi-turn mental manipulation in dialogues. Mental manipulation is subtle, and multi-person mental manipulation is harder.",
    );
    const tasks = es.filter((e) => e.type === "task");
    expect(tasks.map((e) => e.name)).toEqual(["mental manipulation"]);
    expect(tasks[0]!.aliases).toEqual(["multi-person mental manipulation", "multi-turn mental manipulation"]);
    expect(tasks[0]!.mentions).toHaveLength(3);
  });

  it("reads a sentence's capitalised first word as a task modifier, a hyphenated word alone as no task", () => {
    const ids = run("Surgical phase recognition matters, and so does problem-solving with GPT-4o.").map(
      (e) => e.id,
    );
    expect(ids, ids.join(", ")).toContain("task:surgical-phase-recognition");
    expect(ids).not.toContain("task:problem-solving");
  });

  it("keeps a procedure phrase whole over the known concept it ends in, and finds names after a naming verb", () => {
    const es = run(
      "Mitigations such as fallback-behavior fine-tuning help GPT-4o. The tasks form a class of problems termed Code-as-Task.",
    );
    const ids = es.map((e) => e.id);
    expect(ids, ids.join(", ")).toContain("method:fallback-behavior-fine-tuning");
    expect(ids).not.toContain("concept:fine-tuning");
    expect(find(es, "method:code-as-task")?.proposed).toBe(true);
  });

  it("finds a one-word known concept only where it stands alone, not inside a longer noun phrase", () => {
    const mentions = (text: string) =>
      run(text)
        .find((e) => e.id === "concept:memory")
        ?.mentions.map((m) => m.start) ?? [];
    expect(mentions("The memory footprint drops with GPT-4o.")).toEqual([]);
    const text = "The memory footprint drops, and memory matters with GPT-4o.";
    expect(mentions(text)).toEqual([text.lastIndexOf("memory")]);
  });

  it("never emits generic words as concepts", () => {
    const es = run("This work presents results and performance of our approach on the task.");
    expect(es.filter((e) => e.type === "concept")).toEqual([]);
    // nor phrases of research prose, however often a paper says them (terms.json prose)
    const prose = run(
      "Performance degradation is large against the ground truth, and performance degradation grows with GPT-4o. See the project page; the project page has code.",
    );
    expect(prose.filter((e) => e.type === "concept").map((e) => e.name)).toEqual([]);
  });
});

describe("extractPaper: evidence", () => {
  it("keeps field, exact span, sentence and rule on every mention", () => {
    const title = "Qwen2.5 on GSM8K";
    const abstract =
      "First sentence. We evaluate Qwen2.5-7B on GSM8K with chain-of-thought prompting. Last one.";
    for (const e of extractPaper({ id: "p", title, abstract }).entities) {
      for (const m of e.mentions) {
        const text = m.field === "title" ? title : abstract;
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence).toContain(m.text);
        expect(m.rule.length).toBeGreaterThan(0);
      }
    }
    const gsm = find(extractPaper({ id: "p", title, abstract }).entities, "benchmark:gsm8k")!;
    expect(gsm.mentions[1]!.sentence).toBe(
      "We evaluate Qwen2.5-7B on GSM8K with chain-of-thought prompting.",
    );
  });
});
