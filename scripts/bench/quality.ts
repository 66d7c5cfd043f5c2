/**
 * `pnpm bench:quality`: precision / recall / F1 per entity type of the extractor against the
 * team's hand-labelled abstracts and against SciREX (title + abstract, `in_abstract` entities
 * only), plus the share of emitted concepts that are generic words.
 */
import { readFileSync } from "node:fs";
import type { EntityType, Extraction } from "@paperkg/core";
import {
  extractPapers,
  type GoldPaper,
  genericConceptShare,
  goldFromLabelled,
  type LabelledAbstract,
  scoreExtractions,
  type TypeScore,
} from "@paperkg/extractor"; /* scripts/ is not a workspace package */

const LABELLED = "test/fixtures/labelled/abstracts.jsonl";
const GENERIC = "test/fixtures/labelled/generic-words.txt";
const SCIREX = ["../shared/data/scirex/dev.abstracts.jsonl", "../shared/data/scirex/train.abstracts.jsonl"];
const TYPES: EntityType[] = ["benchmark", "model", "method", "task"];

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function table(title: string, scores: Record<string, TypeScore>): void {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write("type        precision  recall   F1      (tp/fp/fn)\n");
  for (const [type, s] of Object.entries(scores)) {
    const f = (x: number) => x.toFixed(3).padEnd(8);
    process.stdout.write(
      `${type.padEnd(11)} ${f(s.precision)}   ${f(s.recall)} ${f(s.f1)} (${s.tp}/${s.fp}/${s.fn})\n`,
    );
  }
}

const genericWords = new Set(
  readFileSync(GENERIC, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#")),
);

const labelled = readJsonl<LabelledAbstract>(LABELLED);
const labelledOut = await extractPapers(labelled, { workers: 1 });
table(
  `Labelled set (${labelled.length} abstracts, ${LABELLED})`,
  scoreExtractions(labelledOut, labelled.map(goldFromLabelled), TYPES),
);
// labelled after the extractor was tuned and never used to tune it: an honest check of the above
const heldout = labelled.filter((r) => r.source === "corpus-heldout");
table(
  `  of which held out (${heldout.length} abstracts labelled after tuning, source "corpus-heldout")`,
  scoreExtractions(labelledOut, heldout.map(goldFromLabelled), TYPES),
);

interface SciRexEntity {
  name: string;
  mentions: string[];
  in_abstract: boolean;
}
interface SciRexDoc {
  id: string;
  title: string;
  abstract: string;
  datasets: SciRexEntity[];
  methods: SciRexEntity[];
  tasks: SciRexEntity[];
}
const docs = SCIREX.flatMap((p) => readJsonl<SciRexDoc>(p));
const items = (xs: SciRexEntity[]) => xs.filter((e) => e.in_abstract).map((e) => [e.name, ...e.mentions]);
const scirexGold: GoldPaper[] = docs.map((d) => ({
  id: d.id,
  gold: { benchmark: items(d.datasets), method: items(d.methods), task: items(d.tasks) },
}));
const scirexOut: Extraction[] = await extractPapers(
  docs.map((d) => ({ id: d.id, title: d.title || "(untitled)", abstract: d.abstract })),
  { workers: 1 },
);
table(
  `SciREX dev+train (${docs.length} abstracts; gold = salient entities named in the abstract), exact match`,
  scoreExtractions(scirexOut, scirexGold, ["benchmark", "method", "task"], "exact"),
);
table(
  "SciREX, exact spelling shared (one prediction may satisfy several gold entities spelled alike)",
  scoreExtractions(scirexOut, scirexGold, ["benchmark", "method", "task"], "shared"),
);
table(
  "SciREX, overlap match (a gold and a predicted spelling contain one another as whole words)",
  scoreExtractions(scirexOut, scirexGold, ["benchmark", "method", "task"], "overlap"),
);

const all = [...labelledOut, ...scirexOut];
const concepts = all.reduce((n, x) => n + x.entities.filter((e) => e.type === "concept").length, 0);
process.stdout.write(
  `\nGeneric concepts: ${(100 * genericConceptShare(all, genericWords)).toFixed(1)}% of ${concepts} emitted concepts (judged by ${GENERIC})\n`,
);
