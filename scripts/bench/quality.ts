/**
 * `pnpm bench:quality`: precision / recall / F1 per entity type of the extractor, strict scoring
 * (a second prediction for one gold entity is a false positive):
 * 1. the hand-labelled abstracts, tuning and held-out rows apart (held-out rows are never used to
 *    tune; only these aggregate figures of them are printed);
 * 2. SciREX (title + abstract, `in_abstract` entities only) with the Papers-with-Code lexicons off,
 *    since SciREX is built from Papers with Code;
 * 3. the graph effect on the whole corpus (links per paper, papers sharing a non-hub concept or
 *    task), beside the figures of the extractor before issue 12 (quality-baseline.json);
 * 4. the share of emitted concepts made only of generic words (a list the extractor does not use).
 * Usage: pnpm bench:quality [--no-corpus] [--corpus-limit N] [--errors] [--tuning-only] [--source NAME]
 *   --tuning-only leaves the held-out rows out of the printout altogether: use it while tuning, so
 *   held-out figures are seen once per round, not after every change.
 *   The labelled rows are scored twice: extracted alone (a small ingest, as the floors in
 *   quality.test.ts see them) and extracted together with the corpus (as an ingest of the corpus
 *   sees them: terms are chosen by corpus statistics).
 *   --errors prints the misses and false alarms of the tuning rows (never of the held-out rows).
 *   --source NAME (repeatable, or NAME,NAME) prints the labelled-row figures and --errors of the
 *   tuning rows of those draws only (the `source` field), e.g. the rows of a fresh draw scored
 *   before anyone tuned on them; it implies --tuning-only and refuses a held-out source. All rows
 *   are still extracted together, so each row sees the same corpus statistics as without it.
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { ENTITY_TYPES, type EntityType, type Extraction } from "@paperkg/core";
import {
  extractPapers,
  type GoldPaper,
  type GraphEffect,
  genericConceptShare,
  goldFromLabelled,
  graphEffect,
  type LabelledAbstract,
  labelledSplit,
  matchKey,
  type PaperText,
  scoreExtractions,
  type TypeScore,
} from "@paperkg/extractor"; /* scripts/ is not a workspace package */

const LABELLED = "test/fixtures/labelled";
/** Tuning rows, then the held-out rows (scored, never printed row by row). */
const LABELLED_FILES = ["abstracts.jsonl", "tuning.jsonl", "heldout.jsonl"].map((f) => `${LABELLED}/${f}`);
const GENERIC = "test/fixtures/labelled/generic-words.txt";
const SCIREX = ["../shared/data/scirex/dev.abstracts.jsonl", "../shared/data/scirex/train.abstracts.jsonl"];
const CORPUS = "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const BASELINE = new URL("./quality-baseline.json", import.meta.url);
const TYPES: readonly EntityType[] = ENTITY_TYPES;
const args = new Set(process.argv.slice(2));

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function table(title: string, scores: Record<string, TypeScore>): void {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write("type        precision  recall   F1      (tp/fp/fn)\n");
  for (const [type, s] of Object.entries(scores)) {
    if (s.tp + s.fp + s.fn === 0) continue;
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

const labelled = LABELLED_FILES.filter((p) => existsSync(p)).flatMap((p) => readJsonl<LabelledAbstract>(p));

/** The `--source` draws asked for (none: every row); only tuning draws may be named. */
function sourcesAsked(): Set<string> | undefined {
  const names = process.argv.flatMap((a, i, argv) =>
    argv[i - 1] === "--source"
      ? a
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean)
      : [],
  );
  if (process.argv.includes("--source") && names.length === 0) {
    throw new Error(
      "bench:quality: --source takes the name of a tuning draw, e.g. --source tuning-corpus-2026",
    );
  }
  if (names.length === 0) return undefined;
  const splitOf = new Map(labelled.map((r) => [r.source, labelledSplit(r)]));
  const tuning = [...splitOf].filter(([, split]) => split === "tuning").map(([name]) => name);
  for (const name of names) {
    if (splitOf.get(name) === "heldout" || name.startsWith("heldout")) {
      throw new Error(
        `bench:quality: --source ${name} names held-out rows; they are scored only as a whole (run without --tuning-only), never draw by draw`,
      );
    }
    if (!splitOf.has(name)) {
      throw new Error(
        `bench:quality: --source ${name}: no labelled row has this source; tuning sources: ${tuning.join(", ")}`,
      );
    }
  }
  return new Set(names);
}
const sources = sourcesAsked();
const inSources = (r: LabelledAbstract) => sources === undefined || sources.has(r.source);
const sourceNote = sources ? ` of source ${[...sources].join(" + ")}` : "";
const labelledOut = await extractPapers(labelled, { workers: 1 });

function scoreLabelled(out: Extraction[], setting: string): void {
  const score = (split: string, note: string, rows: LabelledAbstract[]) => {
    const withConcepts = rows.filter((r) => r.concepts).length;
    table(
      `Labelled ${split} rows${note}, ${setting}: ${rows.length} abstracts (${withConcepts} with concept labels), ${LABELLED}`,
      scoreExtractions(out, rows.map(goldFromLabelled), TYPES),
    );
  };
  if (sources !== undefined) {
    const tuning = labelled.filter((r) => labelledSplit(r) === "tuning");
    /* two draws or more: each alone, then together */
    if (sources.size > 1)
      for (const name of sources)
        score(
          "tuning",
          ` of source ${name}`,
          tuning.filter((r) => r.source === name),
        );
    score("tuning", sourceNote, tuning.filter(inSources));
    return;
  }
  const splits = args.has("--tuning-only") ? (["tuning"] as const) : (["tuning", "heldout"] as const);
  for (const split of splits)
    score(
      split,
      "",
      labelled.filter((r) => labelledSplit(r) === split),
    );
}
scoreLabelled(labelledOut, "extracted alone");

function printErrors(out: Extraction[]): void {
  // tuning rows only: the held-out rows' labels and outputs stay unseen
  const byId = new Map(out.map((x) => [x.paper.id, x]));
  process.stdout.write(`\nTuning rows${sourceNote}: misses (-) and false alarms (+)\n`);
  for (const row of labelled.filter((r) => labelledSplit(r) === "tuning" && inSources(r))) {
    const gold = goldFromLabelled(row).gold;
    const lines: string[] = [];
    for (const type of TYPES) {
      const items = gold[type];
      if (!items) continue;
      const pred = (byId.get(row.id)?.entities ?? []).filter((e) => e.type === type);
      const predKeys = pred.map((e) => new Set([e.name, ...(e.aliases ?? [])].map(matchKey)));
      for (const alts of items)
        if (!predKeys.some((k) => alts.some((a) => k.has(matchKey(a))))) lines.push(`  - ${type} ${alts[0]}`);
      pred.forEach((e, i) => {
        if (!items.some((alts) => alts.some((a) => predKeys[i]!.has(matchKey(a)))))
          lines.push(`  + ${type} ${e.name} [${e.mentions[0]!.rule}]`);
      });
    }
    if (lines.length > 0) process.stdout.write(`${row.id}\n${lines.join("\n")}\n`);
  }
}

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
  { workers: 1, pwcLexicons: false },
);
const scirexTypes: EntityType[] = ["benchmark", "method", "task"];
const lexNote = "curated lexicons only (Papers-with-Code lists off: SciREX is built from Papers with Code)";
table(
  `SciREX dev+train (${docs.length} abstracts; gold = salient entities named in the abstract), strict exact match; ${lexNote}`,
  scoreExtractions(scirexOut, scirexGold, scirexTypes, "exact"),
);
table(
  "SciREX, overlap match (a gold and a predicted spelling contain one another as whole words)",
  scoreExtractions(scirexOut, scirexGold, scirexTypes, "overlap"),
);

const all = [...labelledOut, ...scirexOut];
const concepts = all.reduce((n, x) => n + x.entities.filter((e) => e.type === "concept").length, 0);
process.stdout.write(
  `\nGeneric concepts: ${(100 * genericConceptShare(all, genericWords)).toFixed(1)}% of ${concepts} emitted concepts (judged by ${GENERIC})\n`,
);

if (args.has("--no-corpus")) {
  if (args.has("--errors")) printErrors(labelledOut);
} else {
  const limitAt = process.argv.indexOf("--corpus-limit");
  const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Number.POSITIVE_INFINITY;
  const papers: PaperText[] = [];
  const labelledIds = new Set(labelled.map((r) => r.id));
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()) });
  for await (const line of lines) {
    if (!line.trim() || papers.length >= limit) continue;
    const r = JSON.parse(line) as PaperText;
    if (!labelledIds.has(r.id)) papers.push({ id: r.id, title: r.title, abstract: r.abstract });
  }
  const together = await extractPapers([...labelled, ...papers], { workers: 2 });
  scoreLabelled(together.slice(0, labelled.length), `extracted with ${papers.length} corpus abstracts`);
  if (args.has("--errors")) printErrors(together.slice(0, labelled.length));
  const now = graphEffect(together.slice(labelled.length));
  const before = JSON.parse(readFileSync(BASELINE, "utf8")) as GraphEffect & { commit: string };
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const row = (label: string, a: string, b: string) =>
    process.stdout.write(`${label.padEnd(58)} ${a.padStart(10)} ${b.padStart(10)}\n`);
  process.stdout.write(`\nGraph effect on the corpus (${now.papers} papers, ${CORPUS})\n`);
  row("", `before (${before.commit})`, "now");
  row(
    "median entity links per paper (named + task + concept)",
    `${before.medianLinks}`,
    `${now.medianLinks}`,
  );
  row("median non-hub links per paper", `${before.medianNonHubLinks}`, `${now.medianNonHubLinks}`);
  row(
    "papers sharing a non-hub concept or task with another",
    pct(before.sharedTopicShare),
    pct(now.sharedTopicShare),
  );
  row("papers sharing any non-hub entity with another", pct(before.sharedAnyShare), pct(now.sharedAnyShare));
  row("hubs (entities on > 20% of papers)", `${before.hubs.length}`, `${now.hubs.length}`);
  for (const h of now.hubs)
    process.stdout.write(`  hub now: ${h.id} on ${pct(h.papers / now.papers)} of papers\n`);
}
