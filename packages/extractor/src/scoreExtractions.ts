import type { EntityType, ExtractedEntity, Extraction } from "@paperkg/core";
import { compactKey } from "./normalizeKey.ts";
import { singularizePhrase } from "./singularize.ts";

/** Gold entities of one paper: per type, a list of items, each a list of accepted spellings. */
export interface GoldPaper {
  id: string;
  gold: Partial<Record<EntityType, string[][]>>;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** How names compare: lower case, singular head, every separator dropped (`Qwen-2.5` = `qwen2.5`). */
export function matchKey(name: string): string {
  return compactKey(singularizePhrase(name.toLowerCase().trim()));
}

/** Every spelling of a predicted entity: name, aliases and mention texts. */
function spellings(e: ExtractedEntity): Set<string> {
  return new Set([e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)]);
}

/** Lower-case word tokens of a name, for the overlap mode. */
function words(name: string): string[] {
  return singularizePhrase(name.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** `a` occurs as a contiguous run of whole words inside `b`. */
function containsRun(b: string[], a: string[]): boolean {
  if (a.length === 0 || a.length > b.length) return false;
  for (let i = 0; i + a.length <= b.length; i++) if (a.every((w, j) => b[i + j] === w)) return true;
  return false;
}

export type MatchMode = "exact" | "shared" | "overlap";

/**
 * Precision, recall and F1 per type. `exact` (strict): a predicted entity is a true positive when
 * one of its names, aliases or mention texts equals one spelling of a gold item not matched yet
 * (one to one); a second prediction for an already matched gold item is a false positive. `overlap` (for SciREX, whose gold clusters split one phrase into several entities): a
 * gold item is found when a predicted spelling and a gold spelling contain one another as whole
 * words, and one prediction may find several gold items. `shared`: exact spellings, but one
 * prediction may find several gold items that share a spelling. Papers without gold for a type are skipped.
 */
export function scoreExtractions(
  extractions: readonly Extraction[],
  golds: readonly GoldPaper[],
  types: readonly EntityType[],
  mode: MatchMode = "exact",
): Record<string, TypeScore> {
  const byId = new Map(extractions.map((x) => [x.paper.id, x]));
  const out: Record<string, TypeScore> = {};
  for (const type of types) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const g of golds) {
      const items = g.gold[type];
      if (!items) continue;
      const predicted = (byId.get(g.id)?.entities ?? []).filter((e) => e.type === type);
      if (mode === "overlap") {
        const goldWords = items.map((alts) => alts.map(words).filter((w) => w.length > 0));
        const predWords = predicted.map((e) => [...spellings(e)].map(words).filter((w) => w.length > 0));
        const hits = (p: string[][], gi: string[][]) =>
          p.some((a) => gi.some((b) => containsRun(b, a) || containsRun(a, b)));
        for (const gi of goldWords)
          if (predWords.some((p) => hits(p, gi))) tp++;
          else fn++;
        for (const p of predWords) if (!goldWords.some((gi) => hits(p, gi))) fp++;
        continue;
      }
      const goldKeys = items.map((alts) => new Set(alts.map(matchKey)));
      if (mode === "shared") {
        const predKeys = predicted.map((e) => [...spellings(e)].map(matchKey));
        for (const gk of goldKeys)
          if (predKeys.some((p) => p.some((k) => gk.has(k)))) tp++;
          else fn++;
        for (const p of predKeys) if (!goldKeys.some((gk) => p.some((k) => gk.has(k)))) fp++;
        continue;
      }
      const used = new Array<boolean>(goldKeys.length).fill(false);
      for (const e of predicted) {
        const keys = [...spellings(e)].map(matchKey);
        const hit = goldKeys.findIndex((gk, i) => !used[i] && keys.some((k) => gk.has(k)));
        if (hit >= 0) {
          used[hit] = true;
          tp++;
        } else fp++;
      }
      fn += used.filter((u) => !u).length;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[type] = { tp, fp, fn, precision, recall, f1 };
  }
  return out;
}

/**
 * Share of emitted concepts made only of generic words (`model performance`, `result`), judged by
 * a word list kept apart from the extractor's own stop lists.
 */
export function genericConceptShare(
  extractions: readonly Extraction[],
  genericWords: ReadonlySet<string>,
): number {
  let total = 0;
  let generic = 0;
  for (const x of extractions) {
    for (const e of x.entities) {
      if (e.type !== "concept") continue;
      total++;
      const ws = singularizePhrase(e.name.toLowerCase())
        .split(/[\s-]+/)
        .filter(Boolean);
      if (ws.every((w) => genericWords.has(w))) generic++;
    }
  }
  return total === 0 ? 0 : generic / total;
}

/** One line of `test/fixtures/labelled/abstracts.jsonl`. */
export interface LabelledAbstract {
  id: string;
  source: string;
  /** `heldout` rows were labelled before any tuning and are never used to tune. */
  split?: "tuning" | "heldout";
  title: string;
  abstract: string;
  benchmarks: string[];
  models: string[];
  methods: string[];
  tasks: string[];
  /** Absent on rows labelled before concepts were; those rows are not scored on concepts. */
  concepts?: string[];
}

/** The split of a labelled line (`tuning` when the line does not say). */
export function labelledSplit(row: LabelledAbstract): "tuning" | "heldout" {
  return row.split ?? "tuning";
}

/** Gold of a labelled line: `"A|B"` items are one entity with two accepted spellings. */
export function goldFromLabelled(row: LabelledAbstract): GoldPaper {
  const items = (xs: string[]) => xs.map((x) => x.split("|"));
  return {
    id: row.id,
    gold: {
      benchmark: items(row.benchmarks),
      model: items(row.models),
      method: items(row.methods),
      task: items(row.tasks),
      ...(row.concepts ? { concept: items(row.concepts) } : {}),
    },
  };
}
