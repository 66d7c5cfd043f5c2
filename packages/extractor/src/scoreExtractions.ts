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

function entityKeys(e: ExtractedEntity): Set<string> {
  const keys = new Set<string>([matchKey(e.name)]);
  for (const a of e.aliases ?? []) keys.add(matchKey(a));
  for (const m of e.mentions) keys.add(matchKey(m.text));
  return keys;
}

/**
 * Precision, recall and F1 per type. A predicted entity is a true positive when one of its
 * names, aliases or mention texts equals one spelling of a not yet matched gold item; each gold
 * item is matched once. Papers without gold for a type are skipped for that type.
 */
export function scoreExtractions(
  extractions: readonly Extraction[],
  golds: readonly GoldPaper[],
  types: readonly EntityType[],
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
      const goldKeys = items.map((alts) => new Set(alts.map(matchKey)));
      const used = new Array<boolean>(goldKeys.length).fill(false);
      for (const e of predicted) {
        const keys = entityKeys(e);
        const hit = goldKeys.findIndex((gk, i) => !used[i] && [...keys].some((k) => gk.has(k)));
        if (hit >= 0) {
          used[hit] = true;
          tp++;
        } else if (!goldKeys.some((gk) => [...keys].some((k) => gk.has(k)))) fp++;
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

/** Share of concept entities whose every word, or whose head word, is in `genericWords`. */
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
      const words = singularizePhrase(e.name.toLowerCase())
        .split(/[\s-]+/)
        .filter(Boolean);
      const head = words[words.length - 1] ?? "";
      if (genericWords.has(head) || words.every((w) => genericWords.has(w))) generic++;
    }
  }
  return total === 0 ? 0 : generic / total;
}

/** One line of `test/fixtures/labelled/abstracts.jsonl`. */
export interface LabelledAbstract {
  id: string;
  source: string;
  title: string;
  abstract: string;
  benchmarks: string[];
  models: string[];
  methods: string[];
  tasks: string[];
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
    },
  };
}
