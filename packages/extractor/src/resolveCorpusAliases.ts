import { ENTITY_TYPES, type ExtractedEntity, type Extraction, type Mention } from "@paperkg/core";
import type { PaperText } from "./extractPaper.ts";
import genericJson from "./lexicons/generic.json" with { type: "json" };
import { markHubs } from "./markHubs.ts";
import { compactKey } from "./normalizeKey.ts";
import { type PreparedField, prepareField, sentenceText } from "./prepareField.ts";
import { selectTerms } from "./selectTerms.ts";
import { singularizePhrase } from "./singularize.ts";

const GENERIC_ACRONYMS = new Set(genericJson.acronyms);

/** Most frequent value; ties go to the shortest, then smallest string, so order never matters. */
function mode(counts: Map<string, number>): string {
  let best = "";
  let bestN = -1;
  for (const [v, n] of counts) {
    const better =
      n > bestN || (n === bestN && (v.length < best.length || (v.length === best.length && v < best)));
    if (better) [best, bestN] = [v, n];
  }
  return best;
}
function bump<K>(m: Map<K, Map<string, number>>, k: K, v: string): void {
  let c = m.get(k);
  if (!c) {
    c = new Map();
    m.set(k, c);
  }
  c.set(v, (c.get(v) ?? 0) + 1);
}

/**
 * The corpus pass: one id per entity across papers. Spelling variants that share a compact key
 * (`Qwen-2.5` = `Qwen2.5`, `Arena-Hard` = `ArenaHard`) merge; a long form defined with an acronym
 * anywhere maps to that acronym's entity everywhere (`reinforcement learning with verifiable
 * rewards` → `RLVR`), and the acronym is found in papers that use it without defining it.
 * Names, families and ids are chosen by frequency with lexicographic ties: byte-identical output.
 * It first turns the per-paper noun-phrase chunks into this corpus's terms (`selectTerms`);
 * entities on more than a fifth of the papers come out marked `hub: true` (`markHubs`).
 */
export function resolveCorpusAliases(perPaper: Extraction[], papers: readonly PaperText[]): Extraction[] {
  const extractions = selectTerms(perPaper, papers);
  const idVotes = new Map<string, Map<string, number>>();
  const nameVotes = new Map<string, Map<string, number>>();
  const familyVotes = new Map<string, Map<string, number>>();
  const longForms = new Map<string, Map<string, number>>();
  const shortForms = new Map<string, Map<string, number>>();
  const groupOf = (e: { type: string; name: string }) => `${e.type}:${compactKey(e.name)}`;
  for (const x of extractions) {
    for (const e of x.entities) {
      bump(idVotes, groupOf(e), e.id);
      if (e.family) bump(familyVotes, compactKey(e.family), e.family);
      if (!e.mentions.some((m) => m.rule === "acronym")) continue;
      const short = e.mentions.find(
        (m) => m.rule === "acronym" && !/\s/.test(m.text) && /\p{Lu}.*\p{Lu}/u.test(m.text),
      );
      if (!short) continue;
      for (const m of e.mentions) {
        if (m.rule !== "acronym" || m === short) continue;
        bump(longForms, compactKey(singularizePhrase(m.text.toLowerCase())), e.id);
      }
      bump(shortForms, short.text.replace(/(?<=\p{Lu})s$/u, ""), e.id);
    }
  }
  const canonicalId = new Map<string, string>();
  for (const [group, votes] of idVotes) canonicalId.set(group, mode(votes));
  const longToId = new Map<string, string>();
  for (const [k, votes] of longForms) longToId.set(k, mode(votes));
  // an acronym spreads to papers that do not define it only when two papers define it the same way
  const shortToId = new Map<string, string>();
  for (const [k, votes] of shortForms) {
    const id = mode(votes);
    if (k.length >= 3 && (votes.get(id) ?? 0) >= 2 && !GENERIC_ACRONYMS.has(k)) shortToId.set(k, id);
  }

  const resolveId = (e: ExtractedEntity): string => {
    const viaLong =
      e.type === "concept" || e.type === "task" || e.type === "method"
        ? longToId.get(compactKey(e.name))
        : undefined;
    if (viaLong) return resolveIdOf(viaLong);
    return canonicalId.get(groupOf(e)) ?? e.id;
  };
  const resolveIdOf = (id: string) => {
    const colon = id.indexOf(":");
    return canonicalId.get(`${id.slice(0, colon)}:${compactKey(id.slice(colon + 1))}`) ?? id;
  };

  const byId = new Map(papers.map((p) => [p.id, p]));
  const merged = extractions.map((x) => {
    const paper = byId.get(x.paper.id);
    const entities = new Map<string, ExtractedEntity>();
    for (const e of x.entities) addEntity(entities, { ...e, id: resolveId(e) });
    if (paper && shortToId.size > 0) {
      for (const e of undefinedAcronyms(paper, shortToId, entities))
        addEntity(entities, { ...e, id: resolveIdOf(e.id) });
    }
    return { paper: x.paper, entities: [...entities.values()] };
  });
  for (const x of merged)
    for (const e of x.entities)
      if (e.mentions.some((m) => m.rule !== "corpus-acronym")) bump(nameVotes, e.id, e.name);
  const out = merged.map((x) => ({
    paper: x.paper,
    entities: x.entities
      .map((e) => {
        const name = nameVotes.has(e.id) ? mode(nameVotes.get(e.id)!) : e.name;
        const out: ExtractedEntity = { ...e, type: e.id.split(":")[0] as ExtractedEntity["type"], name };
        if (e.family) out.family = mode(familyVotes.get(compactKey(e.family)) ?? new Map([[e.family, 1]]));
        if (out.aliases) {
          out.aliases = out.aliases.filter((a) => a !== name);
          if (out.aliases.length === 0) delete out.aliases;
        }
        return out;
      })
      .sort((a, b) => {
        const ma = a.mentions[0]!;
        const mb = b.mentions[0]!;
        return (
          ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) ||
          (ma.field === mb.field ? 0 : ma.field === "title" ? -1 : 1) ||
          ma.start - mb.start ||
          (a.id < b.id ? -1 : 1)
        );
      }),
  }));
  markHubs(out);
  return out;
}

function addEntity(into: Map<string, ExtractedEntity>, e: ExtractedEntity): void {
  const have = into.get(e.id);
  if (!have) {
    into.set(e.id, e);
    return;
  }
  const seen = new Set(have.mentions.map((m) => `${m.field}:${m.start}:${m.end}`));
  const mentions: Mention[] = [
    ...have.mentions,
    ...e.mentions.filter((m) => !seen.has(`${m.field}:${m.start}:${m.end}`)),
  ];
  mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "title" ? -1 : 1));
  const aliases = [...new Set([...(have.aliases ?? []), ...(e.aliases ?? []), e.name])]
    .filter((a) => a !== have.name)
    .sort();
  into.set(e.id, {
    ...have,
    proposed: have.proposed || e.proposed,
    confidence: Math.max(have.confidence, e.confidence),
    family: have.family ?? e.family,
    mentions,
    ...(aliases.length > 0 ? { aliases: aliases.slice(0, 10) } : {}),
  });
}

/** Acronyms defined in other papers, found here as case-exact, word-bounded tokens. */
function undefinedAcronyms(
  paper: PaperText,
  shortToId: Map<string, string>,
  have: Map<string, ExtractedEntity>,
): ExtractedEntity[] {
  const found = new Map<string, ExtractedEntity>();
  // a short form this paper already names (say `SAM` the model) keeps its own meaning here
  const named = new Set<string>();
  for (const e of have.values()) for (const m of e.mentions) named.add(m.text);
  const texts: ["title" | "abstract", string][] = [
    ["title", paper.title.slice(0, 1000)],
    ["abstract", paper.abstract.slice(0, 20_000)],
  ];
  for (const [field, text] of texts) {
    // sentences are split only when an acronym from elsewhere is actually present
    let f: PreparedField | null = null;
    const re = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d]*?)(s?)(?![\p{L}\p{N}])/gu;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const id = shortToId.get(m[1]!);
      if (!id || have.has(id) || named.has(m[0]) || named.has(m[1]!)) continue;
      const type = id.slice(0, id.indexOf(":"));
      f ??= prepareField(field, text, 0);
      const mention: Mention = {
        field,
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        sentence: sentenceText(f, m.index, m.index + m[0].length),
        rule: "corpus-acronym",
      };
      const e = found.get(id);
      if (e) {
        if (e.mentions.length < 10) e.mentions.push(mention);
      } else {
        found.set(id, {
          type: type as ExtractedEntity["type"],
          id,
          name: m[1]!,
          proposed: false,
          confidence: 0.7,
          family: null,
          mentions: [mention],
        });
      }
    }
  }
  return [...found.values()];
}
