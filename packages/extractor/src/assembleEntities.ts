import { ENTITY_TYPES, type ExtractedEntity, type Mention } from "@paperkg/core";
import type { Candidate } from "./Candidate.ts";
import type { ExtractOptions } from "./extractOptions.ts";
import { mergeNestedTasks } from "./mergeNestedTasks.ts";
import { type PreparedField, sentenceText } from "./prepareField.ts";

const URL = /\b(?:https?:\/\/|www\.|github\.com\/|huggingface\.co\/)\S+/g;
/** A text without any of these holds no URL: `URL` is not run over it. */
const mayHoldUrl = (text: string) =>
  text.includes("http") ||
  text.includes("www.") ||
  text.includes("github.com/") ||
  text.includes("huggingface.co/");
/** `ENTITY_TYPES` order, looked up once per type instead of searched in every comparison. */
const TYPE_ORDER: Record<string, number> = Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, i]));

/**
 * Resolves overlapping spans (higher priority, then longer, wins) and groups the surviving
 * candidates into entities keyed `<type>:<key>`, in a deterministic order.
 */
export function assembleEntities(
  candidates: Candidate[],
  fields: Record<"title" | "abstract", PreparedField>,
  options: ExtractOptions,
): ExtractedEntity[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.priority - a.priority ||
      b.end - b.start - (a.end - a.start) ||
      (a.field === b.field ? 0 : a.field === "title" ? -1 : 1) ||
      a.start - b.start ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const taken = {
    title: new Uint8Array(fields.title.text.length + 1),
    abstract: new Uint8Array(fields.abstract.text.length + 1),
  };
  // names inside URLs (`github.com/org/Guide-and-Rescale`) are links, not mentions
  for (const f of [fields.title, fields.abstract]) {
    if (!mayHoldUrl(f.text)) continue;
    URL.lastIndex = 0;
    for (let m = URL.exec(f.text); m !== null; m = URL.exec(f.text))
      taken[f.field].fill(1, m.index, m.index + m[0].length);
  }
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const occ = taken[c.field];
    let free = true;
    for (let i = c.start; i < c.end; i++)
      if (occ[i]) {
        free = false;
        break;
      }
    if (!free) continue;
    occ.fill(1, c.start, c.end);
    kept.push(c);
  }

  const allowed = new Set(options.types);
  const groups = new Map<string, Candidate[]>();
  for (const c of kept) {
    if (!allowed.has(c.type)) continue;
    const id = `${c.type}:${c.key}`;
    const list = groups.get(id);
    if (list) list.push(c);
    else groups.set(id, [c]);
  }

  const entities: ExtractedEntity[] = [];
  for (const [id, list] of groups) {
    list.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "title" ? -1 : 1));
    const first = list[0]!;
    const mentions: Mention[] = list.slice(0, options.maxMentionsPerEntity).map((c) => {
      const f = fields[c.field];
      return {
        field: c.field,
        text: f.text.slice(c.start, c.end),
        start: c.start,
        end: c.end,
        // a term chunk's sentence is filled in by the corpus phase, only if the chunk is kept
        sentence: c.rule === "term" ? "" : sentenceText(f, c.start, c.end, options.maxSentenceChars),
        rule: c.rule,
      };
    });
    const name = pickName(list);
    const aliasSet = new Set<string>();
    // a term chunk's spellings are set by the corpus phase, once it knows the term
    if (!list.every((c) => c.rule === "term")) {
      for (const c of list) {
        for (const a of c.aliases ?? []) aliasSet.add(a);
        // a coordinated task's span is one word of it (`editing` of `video generation and editing`)
        if (c.rule !== "task-coordination") aliasSet.add(fields[c.field].text.slice(c.start, c.end));
      }
      aliasSet.delete(name);
    }
    let most = list[0]!.confidence;
    for (const c of list) if (c.confidence > most) most = c.confidence;
    const confidence = Math.min(0.99, most + 0.02 * (list.length - 1));
    const entity: ExtractedEntity = {
      type: first.type,
      id,
      name,
      proposed: list.some((c) => c.proposed === true),
      confidence: Math.round(confidence * 100) / 100,
      family: list.find((c) => c.family)?.family ?? null,
      mentions,
    };
    const aliases = [...aliasSet]
      .filter((a) => a.toLowerCase() !== name.toLowerCase())
      .sort()
      .slice(0, 10);
    if (aliases.length > 0) entity.aliases = aliases;
    entities.push(entity);
  }
  // a bare task head (`recommendation`) next to a specific task (`micro-video recommendation`) adds nothing
  const taskNames = entities.filter((e) => e.type === "task").map((e) => e.name);
  const redundant = (e: ExtractedEntity) =>
    e.type === "task" &&
    !/[\s-]/.test(e.name) &&
    taskNames.some((n) => n !== e.name && /[\s-]/.test(n) && n.endsWith(e.name));
  for (let i = entities.length - 1; i >= 0; i--) if (redundant(entities[i]!)) entities.splice(i, 1);
  mergeNestedTasks(entities, options.maxMentionsPerEntity);
  const typeOrder = (t: string) => TYPE_ORDER[t] ?? -1;
  entities.sort((a, b) => {
    const ma = a.mentions[0]!;
    const mb = b.mentions[0]!;
    return (
      typeOrder(a.type) - typeOrder(b.type) ||
      (ma.field === mb.field ? 0 : ma.field === "title" ? -1 : 1) ||
      ma.start - mb.start ||
      (a.id < b.id ? -1 : 1)
    );
  });
  return entities;
}

/** Lexicon entities keep their canonical name; others take their most frequent surface form. */
function pickName(list: Candidate[]): string {
  if (list.length === 1) return list[0]!.name;
  const lexicon = list.find((c) => c.rule.startsWith("lexicon") && c.rule === "lexicon");
  if (lexicon) return lexicon.name;
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  let best = list[0]!.name;
  for (const [n, k] of counts) if (k > (counts.get(best) ?? 0)) best = n;
  return best;
}
