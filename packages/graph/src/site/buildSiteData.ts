import {
  type CommunityList,
  DERIVED_EDGE_TYPES,
  ENTITY_TYPES,
  type EntityType,
  type ExportGraph,
  type ExportNode,
  evidenceOfSpans,
  isEntityType,
  kindOfLabel,
  type Leaderboard,
  parseCommunityKey,
  parseSpan,
  RELATIONSHIP_TYPES,
  SITE_FORMAT_VERSION,
  type SiteBenchmarkRow,
  type SiteBoardChunk,
  type SiteCommunity,
  type SiteIndex,
  type SiteLink,
  type SiteManifest,
  type SitePaperChunk,
  siteChunk,
} from "@paperkg/core";

/** Paper properties the index holds (or no panel shows), left out of the paper chunks. */
const IN_INDEX = new Set([
  "id",
  "title",
  "authors",
  "published",
  "community",
  "x",
  "y",
  "pagerank",
  "hub",
  "firstSeen",
  "aliasesText",
  "sources",
]);

/** What a static site is built from: the exported subgraph (with its Community nodes and their links) and catalog answers. */
export interface SiteSource {
  /** What was exported, in words. */
  selection: string;
  graph: ExportGraph;
  /** The stored communities (only those holding exported nodes are kept). */
  communities: CommunityList;
  /** Leaderboards of the exported benchmarks that have stated results, by benchmark id. */
  leaderboards: Map<string, Leaderboard>;
  generatedAt: string;
}

/** One data file of the site: `data/<key>.js` registers `data` under `key`. */
export interface SiteFile {
  key: string;
  data: unknown;
}

export interface SiteDataResult {
  files: SiteFile[];
  papers: number;
  entities: number;
  links: number;
  /** UTF-8 bytes of the exported papers' text (title, abstract, authors, organisation, comment). */
  rawTextBytes: number;
}

export interface SiteDataOptions {
  /** Papers per detail chunk, on average. */
  papersPerChunk: number;
  /** Benchmarks per board chunk, on average. */
  benchmarksPerChunk: number;
}

export const DEFAULT_SITE_DATA_OPTIONS: SiteDataOptions = { papersPerChunk: 48, benchmarksPerChunk: 24 };

const num = (v: unknown, fallback = 0) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
const str = (v: unknown) => (typeof v === "string" ? v : null);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const int = (v: unknown) => (typeof v === "number" && Number.isInteger(v) ? v : null);
const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * The data files of a static offline site (format: `SiteData` in @paperkg/core). Pure: the CLI
 * reads the subgraph and catalog answers from the store, this turns them into files, and the web
 * app's static data source answers the API's calls from them.
 */
export function buildSiteData(source: SiteSource, options: Partial<SiteDataOptions> = {}): SiteDataResult {
  const opts = { ...DEFAULT_SITE_DATA_OPTIONS, ...options };
  const papers: ExportNode[] = [];
  const entities: (ExportNode & { type: EntityType })[] = [];
  const communityNodes: ExportNode[] = [];
  for (const node of source.graph.nodes) {
    const kind = node.labels.map(kindOfLabel).find((k) => k !== null) ?? null;
    if (kind === "paper") papers.push(node);
    else if (kind === "community") communityNodes.push(node);
    else if (kind && isEntityType(kind)) entities.push({ ...node, type: kind });
  }
  papers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));
  const paperIndex = new Map(papers.map((p, i) => [p.id, i]));
  const relIndex = new Map<string, number>(RELATIONSHIP_TYPES.map((t, i) => [t, i]));
  const rels = RELATIONSHIP_TYPES.length;

  const linksOf: { code: number; link: SiteLink }[][] = papers.map(() => []);
  const sentencesOf: number[][] = papers.map(() => []);
  const paperCount = new Array<number>(entities.length).fill(0);
  const rules = new Map<string, number>();
  const ruleCode = (rule: string | null) => {
    if (rule === null) return null;
    if (!rules.has(rule)) rules.set(rule, rules.size);
    return rules.get(rule) ?? null;
  };
  /** Per benchmark row: its papers table (evidence, a tooltip, only where a result is stated). */
  const benchmarkRows = new Map<number, SiteBenchmarkRow[]>();
  let links = 0;
  for (const edge of source.graph.edges) {
    const p = paperIndex.get(edge.source);
    const e = entityIndex.get(edge.target);
    const r = relIndex.get(edge.type);
    if (p === undefined || e === undefined || r === undefined) continue;
    const abstract = str(papers[p]?.properties.abstract) ?? "";
    const sentences = sentencesOf[p] ?? [];
    const props = edge.properties;
    const title = str(papers[p]?.properties.title) ?? "";
    const evidence = strs(props.evidence).map((sentence): number | string => {
      if (sentence === title) return -1;
      const at = sentence.length > 20 ? abstract.indexOf(sentence) : -1;
      if (at < 0) return sentence;
      for (let k = 0; k < sentences.length; k += 2)
        if (sentences[k] === at && sentences[k + 1] === sentence.length) return k / 2;
      sentences.push(at, sentence.length);
      return sentences.length / 2 - 1;
    });
    const spans = strs(props.spans).flatMap((text) => {
      const span = parseSpan(text);
      if (!span) return [];
      const length = span.end - span.start;
      return span.field === "title" ? [-span.start - 1, length] : [span.start, length];
    });
    const derived = evidenceOfSpans(spans, sentences);
    const same = derived.length === evidence.length && derived.every((x, k) => x === evidence[k]);
    const confidence = typeof props.confidence === "number" ? round(props.confidence, 2) : null;
    const rule = Array.isArray(props.rule) ? strs(props.rule).join(",") : str(props.rule);
    const metric = str(props.metric);
    const value = props.value === undefined || props.value === null ? null : String(props.value);
    const link: SiteLink = [spans, confidence, ruleCode(rule), same && derived.length > 0 ? 0 : evidence];
    if (metric !== null || value !== null) link.push(metric, value);
    linksOf[p]?.push({ code: e * rels + r, link });
    if (entities[e]?.type === "benchmark") {
      const rows = benchmarkRows.get(e) ?? [];
      rows.push([p, r, metric, value, value ? (strs(props.evidence)[0] ?? null) : null]);
      benchmarkRows.set(e, rows);
    }
    paperCount[e] = (paperCount[e] ?? 0) + 1;
    links++;
  }

  // Links in code order: the index lists the codes (delta-encoded), the chunks the proofs in the same order.
  for (const list of linksOf) list.sort((a, b) => a.code - b.code);
  const codesOf = linksOf.map((list) => list.map((l, k) => l.code - (k > 0 ? (list[k - 1]?.code ?? 0) : 0)));

  let rawTextBytes = 0;
  const enc = new TextEncoder();
  for (const p of papers) {
    const pr = p.properties;
    const texts = [
      pr.title,
      pr.abstract,
      pr.organization,
      pr.comment,
      ...strs(pr.authors),
      ...strs(pr.categories),
    ];
    for (const text of texts) if (typeof text === "string") rawTextBytes += enc.encode(text).length;
  }

  const index: SiteIndex = {
    papers: {
      id: papers.map((p) => p.id),
      title: papers.map((p) => str(p.properties.title) ?? p.id),
      published: papers.map((p) => str(p.properties.published)),
      authors: papers.map((p) => strs(p.properties.authors)),
      community: papers.map((p) => int(p.properties.community)),
      x: papers.map((p) => round(num(p.properties.x), 1)),
      y: papers.map((p) => round(num(p.properties.y), 1)),
      pagerank: papers.map((p) => Number(num(p.properties.pagerank).toPrecision(3))),
      links: codesOf,
    },
    entities: {
      key: entities.map((e) => entityKey(e.id, e.type)),
      type: entities.map((e) => e.type),
      name: entities.map((e) => str(e.properties.name) ?? e.id),
      aliases: sparse(entities.map((e) => strs(e.properties.aliases)).map((a) => (a.length ? a : null))),
      family: sparse(entities.map((e) => str(e.properties.family))),
      paperCount: entities.map((_, i) => paperCount[i] ?? 0),
      community: entities.map((e) => int(e.properties.community)),
      x: entities.map((e) => round(num(e.properties.x), 1)),
      y: entities.map((e) => round(num(e.properties.y), 1)),
      pagerank: entities.map((e) => Number(num(e.properties.pagerank).toPrecision(3))),
      hubs: entities.flatMap((e, i) => (e.properties.hub === true ? [i] : [])),
    },
  };

  const paperChunks = Math.max(1, Math.ceil(papers.length / opts.papersPerChunk));
  const chunks: SitePaperChunk[] = Array.from({ length: paperChunks }, () => ({ papers: {} }));
  papers.forEach((p, i) => {
    const properties = Object.fromEntries(
      Object.entries(p.properties).filter(([k, v]) => !IN_INDEX.has(k) && !derivable(p, k, v)),
    );
    const chunk = chunks[siteChunk(p.id, paperChunks)];
    if (chunk)
      chunk.papers[p.id] = {
        properties,
        sentences: sentencesOf[i] ?? [],
        links: (linksOf[i] ?? []).map((l) => l.link),
      };
  });

  const benchmarkIds = entities.filter((e) => e.type === "benchmark").map((e) => e.id);
  const boardChunks = Math.max(1, Math.ceil(benchmarkIds.length / opts.benchmarksPerChunk));
  const boards: SiteBoardChunk[] = Array.from({ length: boardChunks }, () => ({
    leaderboards: {},
    benchmarkPapers: {},
  }));
  for (const id of benchmarkIds) {
    const chunk = boards[siteChunk(id, boardChunks)];
    const board = source.leaderboards.get(id);
    if (!chunk) continue;
    if (board) chunk.leaderboards[id] = onlyExported(board, paperIndex);
    const rows = benchmarkRows.get(entityIndex.get(id) ?? -1) ?? [];
    chunk.benchmarkPapers[id] = rows.sort((a, b) => {
      if ((a[3] === null) !== (b[3] === null)) return a[3] === null ? 1 : -1;
      const da = index.papers.published[a[0]] ?? "";
      const dbb = index.papers.published[b[0]] ?? "";
      if (da !== dbb) return da < dbb ? 1 : -1;
      return (index.papers.id[a[0]] ?? "") < (index.papers.id[b[0]] ?? "") ? -1 : 1;
    });
  }

  const sizes = new Map<number, { size: number; papers: number }>();
  const count = (c: number | null, paper: boolean) => {
    if (c === null) return;
    const s = sizes.get(c) ?? { size: 0, papers: 0 };
    s.size++;
    if (paper) s.papers++;
    sizes.set(c, s);
  };
  for (const c of index.papers.community) count(c, true);
  for (const c of index.entities.community) count(c, false);
  const communityNodesById = new Map(communityNodes.map((n) => [int(n.properties.id), n]));
  const listed = source.communities.communities.filter((c) => sizes.has(c.id));
  const siteCommunities: SiteCommunity[] = listed.map((c) => {
    const stored = communityNodesById.get(c.id)?.properties ?? {};
    const s = sizes.get(c.id) ?? { size: 0, papers: 0 };
    return {
      id: c.id,
      label: c.label,
      x: round(num(stored.x), 2),
      y: round(num(stored.y), 2),
      size: s.size,
      papers: s.papers,
      area: int(stored.area),
    };
  });
  const keyToCommunity = (key: string) => parseCommunityKey(key) ?? -1;
  const communityLinks = source.graph.edges
    .filter((e) => e.type === DERIVED_EDGE_TYPES.links)
    .map((e) => ({
      source: keyToCommunity(e.source),
      target: keyToCommunity(e.target),
      weight: num(e.properties.weight),
      strength: num(e.properties.strength),
    }))
    .filter((l) => sizes.has(l.source) && sizes.has(l.target));

  const manifest: SiteManifest = {
    version: SITE_FORMAT_VERSION,
    selection: source.selection,
    generatedAt: source.generatedAt,
    health: {
      status: "ok",
      neo4j: "up",
      nodes: papers.length + entities.length,
      papers: papers.length,
      entities: Object.fromEntries(
        ENTITY_TYPES.map((t) => [t, entities.filter((e) => e.type === t).length]),
      ) as Record<EntityType, number>,
      links,
      communities: listed.length,
      relationships: links,
    },
    communities: {
      communities: listed.map((c) => {
        const s = sizes.get(c.id) ?? { size: 0, papers: 0 };
        return { ...c, size: s.size, papers: s.papers };
      }),
    },
    communityGraph: { nodes: siteCommunities, links: communityLinks },
    paperChunks,
    boardChunks,
    relationships: [...RELATIONSHIP_TYPES],
    rules: [...rules.keys()],
  };

  return {
    files: [
      { key: "site", data: manifest },
      { key: "index", data: index },
      ...chunks.map((data, i) => ({ key: `papers/${i}`, data })),
      ...boards.map((data, i) => ({ key: `boards/${i}`, data })),
    ],
    papers: papers.length,
    entities: entities.length,
    links,
    rawTextBytes,
  };
}

/** A leaderboard keeping only rows of exported papers. */
function onlyExported(board: Leaderboard, papers: Map<string, number>): Leaderboard {
  return {
    ...board,
    metrics: board.metrics
      .map((m) => ({ ...m, rows: m.rows.filter((r) => papers.has(r.paper.id)) }))
      .filter((m) => m.rows.length > 0),
    improvements: board.improvements.filter((r) => papers.has(r.paper.id)),
  };
}

/** Rows with a value, as `{row: value}`: most entities have no family or aliases. */
function sparse<T>(values: (T | null)[]): Record<string, T> {
  const out: Record<string, T> = {};
  values.forEach((v, i) => {
    if (v !== null) out[i] = v;
  });
  return out;
}

/**
 * A paper property the reader restores as ingest sets it (see `restorePaperProperties` in the web
 * app): `arxivId` equal to the id, `codeUrl` the first of `codeUrls`, `authorsCount` the authors counted.
 */
function derivable(p: ExportNode, key: string, value: unknown): boolean {
  const pr = p.properties;
  if (key === "arxivId") return value === p.id;
  if (key === "codeUrl") return Array.isArray(pr.codeUrls) && pr.codeUrls[0] === value;
  if (key === "authorsCount") return Array.isArray(pr.authors) && pr.authors.length === value && value > 0;
  return false;
}

/** An entity id without its `<type>:` prefix (the index stores keys; see `SiteIndex`). */
function entityKey(id: string, type: EntityType): string {
  if (!id.startsWith(`${type}:`))
    throw new Error(`graph: buildSiteData: entity id "${id}" does not start with its type "${type}:"`);
  return id.slice(type.length + 1);
}
