import { type ApiNodeAttributes, RELATIONSHIP_TYPES, type RelationshipType } from "@paperkg/core";
import { type ModelText, modelAbstract, modelProperties } from "./ModelText.ts";
import { runSteps, runStepsYielding } from "./runSteps.ts";
import { type SearchIndex, type SearchSource, searchIndexSteps } from "./SearchIndex.ts";

/**
 * The graph's papers, entities and links held in the server's memory for the click path: node
 * attributes as the API draws them and the Paper → entity links in compressed sparse rows
 * (typed arrays), each entity's links sorted twice (newest paper first, most central first).
 * Built from Neo4j by `loadReadModel`, replaced whole when the graph's signature changes; never
 * written to. Properties, abstracts and evidence are packed in `text` (see `ModelText`).
 */
export interface ReadModel {
  /** The graph's signature when it was loaded (see `readModelSignature`). */
  signature: string;
  ids: string[];
  index: Map<string, number>;
  attrs: ApiNodeAttributes[];
  /** Neo4j label of each node (`Paper`, `Benchmark`, …). */
  labels: string[];
  /** Whether a node is a paper (1) or an entity (0). */
  isPaper: Uint8Array;
  /** Position of each node in the map's order: `pagerank DESC, id` as Cypher orders it (a null PageRank first). */
  rank: Int32Array;
  /** Node at each position of the map's order. */
  byRank: Int32Array;
  /** A paper's links: targets `outTarget[outStart[p] .. outStart[p + 1]]`, types in `outType`. */
  outStart: Int32Array;
  outTarget: Int32Array;
  outType: Uint8Array;
  /** Each link's entry in `text` (-1: none). */
  outPayload: Int32Array;
  /** Properties, abstracts and evidence; null when loaded without them (details then come from Neo4j). */
  text: ModelText | null;
  /** Search over names, titles, aliases and abstracts; null without `text`. */
  search: SearchIndex | null;
  /** An entity's links, newest paper first (`coalesce(published, '') DESC, id DESC`). */
  inStart: Int32Array;
  inSource: Int32Array;
  inType: Uint8Array;
  /** An entity's linking papers in the map's order (same offsets as `inStart`). */
  inByRank: Int32Array;
}

/** A node as the loader reads it: its projection and the raw PageRank (null sorts first). */
export interface ModelNodeRow {
  id: string;
  label: string;
  attributes: ApiNodeAttributes;
  pagerank: number | null;
}

/** A paper's links as the loader reads them: `[type, entity id, entry in the model's text]`. */
export interface ModelLinkRow {
  paper: string;
  links: [string, string, number?][];
}

const TYPE_CODE = new Map<string, number>(RELATIONSHIP_TYPES.map((t, i) => [t, i]));

/** The relationship type of a link code. */
export function linkType(code: number): RelationshipType {
  return RELATIONSHIP_TYPES[code]!;
}

/** Cypher's string order (UTF-16 code units, as JavaScript's `<`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index the rows into a model; links to nodes not in `nodes` are dropped. */
export function buildReadModel(
  signature: string,
  nodes: ModelNodeRow[],
  papers: ModelLinkRow[],
  text: ModelText | null = null,
): ReadModel {
  return runSteps(readModelSteps(signature, nodes, papers, text));
}

/** `buildReadModel` giving the event loop a turn every few milliseconds (see `runStepsYielding`). */
export function buildReadModelYielding(
  signature: string,
  nodes: ModelNodeRow[],
  papers: ModelLinkRow[],
  text: ModelText | null = null,
  sliceMs?: number,
): Promise<ReadModel> {
  return runStepsYielding(readModelSteps(signature, nodes, papers, text), sliceMs);
}

/** Rows handled between two chances to yield. */
const CHUNK = 2048;

function* readModelSteps(
  signature: string,
  nodes: ModelNodeRow[],
  papers: ModelLinkRow[],
  text: ModelText | null,
): Generator<void, ReadModel> {
  const n = nodes.length;
  const ids = nodes.map((r) => r.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const attrs = nodes.map((r) => r.attributes);
  const labels = nodes.map((r) => r.label);
  const isPaper = new Uint8Array(n);
  for (let i = 0; i < n; i++) isPaper[i] = labels[i] === "Paper" ? 1 : 0;

  const byRankList = ids.map((_, i) => i);
  byRankList.sort((a, b) => {
    const pa = nodes[a]!.pagerank;
    const pb = nodes[b]!.pagerank;
    if (pa !== pb) {
      if (pa === null) return -1;
      if (pb === null) return 1;
      return pb - pa;
    }
    return compareIds(ids[a]!, ids[b]!);
  });
  const byRank = Int32Array.from(byRankList);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[byRank[r]!] = r;
  yield;

  // Paper → entity rows.
  const outCount = new Int32Array(n + 1);
  const inCount = new Int32Array(n + 1);
  const kept: [number, number, number, number][] = [];
  for (let r = 0; r < papers.length; r++) {
    if (r % CHUNK === 0) yield;
    const row = papers[r]!;
    const p = index.get(row.paper);
    if (p === undefined) continue;
    for (const [type, target, payload] of row.links) {
      const e = index.get(target);
      const code = TYPE_CODE.get(type);
      if (e === undefined || code === undefined) continue;
      kept.push([p, e, code, payload ?? -1]);
      outCount[p]!++;
      inCount[e]!++;
    }
  }
  const outStart = prefixSums(outCount);
  const inStart = prefixSums(inCount);
  const outTarget = new Int32Array(kept.length);
  const outType = new Uint8Array(kept.length);
  const outPayload = new Int32Array(kept.length);
  const inSource = new Int32Array(kept.length);
  const inType = new Uint8Array(kept.length);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let k = 0; k < kept.length; k++) {
    if (k % (16 * CHUNK) === 0) yield;
    const [p, e, code, payload] = kept[k]!;
    const o = outFill[p]!++;
    outTarget[o] = e;
    outType[o] = code;
    outPayload[o] = payload;
    const i = inFill[e]!++;
    inSource[i] = p;
    inType[i] = code;
  }

  // Each entity's links newest paper first, and its papers in the map's order.
  const day = attrs.map((a) => a.published ?? "");
  const newestFirst = (a: number, b: number) => compareIds(day[b]!, day[a]!) || compareIds(ids[b]!, ids[a]!);
  const inByRank = new Int32Array(kept.length);
  for (let e = 0; e < n; e++) {
    if (e % CHUNK === 0) yield;
    const from = inStart[e]!;
    const to = inStart[e + 1]!;
    if (to - from < 1) continue;
    const order = Array.from({ length: to - from }, (_, k) => from + k);
    order.sort((x, y) => newestFirst(inSource[x]!, inSource[y]!) || inType[x]! - inType[y]!);
    const sources = order.map((k) => inSource[k]!);
    const types = order.map((k) => inType[k]!);
    inSource.set(sources, from);
    inType.set(types, from);
    const byRankSources = sources.slice().sort((x, y) => rank[x]! - rank[y]!);
    inByRank.set(byRankSources, from);
  }
  const search = text && (yield* searchIndexSteps(searchSourceOf(text, attrs, isPaper)));
  return {
    signature,
    ids,
    index,
    attrs,
    labels,
    isPaper,
    rank,
    byRank,
    outStart,
    outTarget,
    outType,
    outPayload,
    text,
    search,
    inStart,
    inSource,
    inType,
    inByRank,
  };
}

function searchSourceOf(text: ModelText, attrs: ApiNodeAttributes[], isPaper: Uint8Array): SearchSource {
  return {
    size: attrs.length,
    name: (i) => attrs[i]!.label,
    aliases: (i) => {
      if (isPaper[i]) return [];
      const aliases = modelProperties(text, i).aliases;
      return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === "string") : [];
    },
    abstract: (i) => (isPaper[i] ? modelAbstract(text, i) : null),
  };
}

function prefixSums(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length);
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    starts[i] = sum;
    sum += counts[i]!;
  }
  return starts;
}
