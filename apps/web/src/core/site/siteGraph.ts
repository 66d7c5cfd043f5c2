import {
  communityKey,
  DEFAULT_VIEW_LINKS,
  DERIVED_EDGE_TYPES,
  type GraphPayload,
  type GraphView,
  type MemberKind,
  type SiteManifest,
  strongestLinks,
} from "@paperkg/core";
import type { Filters } from "../filters/types.ts";
import { entitiesOfPaper, entityType, type SiteDb } from "./siteDb.ts";

type Node = GraphPayload["nodes"][number];
type Edge = GraphPayload["edges"][number];

/** Shared entities on more papers than this do not link papers in the papers view (as the server). */
const MAX_SHARED = 200;

function payload(view: GraphView, nodes: Node[], edges: Edge[], total: number): GraphPayload {
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: { view, truncated: total > nodes.length, totalNodes: total },
    nodes,
    edges,
  };
}

const edge = (source: string, target: string, type: string, weight: number): Edge => ({
  key: `${source}|${type}|${target}`,
  source,
  target,
  attributes: { type, weight },
});

/** The communities view from the manifest alone: communities by size, their strongest links. */
export function siteCommunitiesGraph(
  manifest: SiteManifest,
  opts: { limit: number; area?: number | null; links?: number },
): GraphPayload {
  const all = manifest.communityGraph.nodes
    .filter((c) => opts.area === undefined || opts.area === null || c.area === opts.area)
    .sort((a, b) => b.size - a.size || a.id - b.id);
  const kept = all.slice(0, opts.limit);
  const nodes: Node[] = kept.map((c) => ({
    key: communityKey(c.id),
    attributes: {
      label: c.label,
      kind: "community",
      community: c.id,
      x: c.x,
      y: c.y,
      pagerank: c.size,
      paperCount: c.papers,
      published: null,
    },
  }));
  const ids = new Set(kept.map((c) => c.id));
  const edges = strongestLinks(
    manifest.communityGraph.links.filter((l) => ids.has(l.source) && ids.has(l.target)),
    opts.links ?? DEFAULT_VIEW_LINKS,
  ).map((l) => edge(communityKey(l.source), communityKey(l.target), DERIVED_EDGE_TYPES.links, l.weight));
  return payload("communities", nodes, edges, all.length);
}

/** A paper's node as the API draws it. */
export function paperNode(db: SiteDb, p: number): Node {
  const ix = db.index.papers;
  return {
    key: ix.id[p] ?? "",
    attributes: {
      label: ix.title[p] ?? "",
      kind: "paper",
      community: ix.community[p] ?? null,
      x: ix.x[p] ?? 0,
      y: ix.y[p] ?? 0,
      pagerank: ix.pagerank[p] ?? 0,
      paperCount: null,
      published: ix.published[p] ?? null,
    },
  };
}

/** An entity's node as the API draws it. */
export function entityNode(db: SiteDb, e: number): Node {
  const ix = db.index.entities;
  return {
    key: ix.id[e] ?? "",
    attributes: {
      label: ix.name[e] ?? "",
      kind: entityType(db, e),
      community: ix.community[e] ?? null,
      x: ix.x[e] ?? 0,
      y: ix.y[e] ?? 0,
      pagerank: ix.pagerank[e] ?? 0,
      paperCount: ix.paperCount[e] ?? null,
      published: null,
      ...(db.hubs.has(e) ? { hub: true } : {}),
    },
  };
}

const byRank = (a: Node, b: Node) =>
  b.attributes.pagerank - a.attributes.pagerank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The map for a view and filters, answered as `GET /api/graph` answers it (see store `readGraph`). */
export function siteGraph(db: SiteDb, view: GraphView, filters: Filters): GraphPayload {
  if (view === "communities") return siteCommunitiesGraph(db.manifest, { limit: filters.limit });
  const types: MemberKind[] =
    view === "papers"
      ? ["paper"]
      : view === "entities"
        ? filters.types.filter((t) => t !== "paper")
        : filters.types;
  const ix = db.index;
  const inRange = (p: number) => {
    const d = ix.papers.published[p];
    if (filters.from && (!d || d < filters.from)) return false;
    if (filters.to && (!d || d > filters.to)) return false;
    return true;
  };
  const inCommunity = (c: number | null | undefined) => filters.community === null || c === filters.community;
  const candidates: Node[] = [];
  if (types.includes("paper")) {
    ix.papers.id.forEach((_, p) => {
      if (!inCommunity(ix.papers.community[p]) || !inRange(p)) return;
      if (filters.minDegree > 0 && (ix.papers.links[p]?.length ?? 0) < filters.minDegree) return;
      candidates.push(paperNode(db, p));
    });
  }
  const dated = filters.from !== null || filters.to !== null;
  ix.entities.id.forEach((_, e) => {
    if (!types.includes(entityType(db, e)) || !inCommunity(ix.entities.community[e])) return;
    if ((ix.entities.paperCount[e] ?? 0) < filters.minDegree) return;
    if (dated && !(db.papersOf[e] ?? []).some(inRange)) return;
    candidates.push(entityNode(db, e));
  });
  candidates.sort(byRank);
  const nodes = candidates.slice(0, filters.limit);
  const keep = new Set(nodes.map((n) => n.key));
  const edges =
    view === "papers"
      ? paperEdges(db, keep)
      : view === "entities"
        ? entityEdges(db, keep)
        : linkEdges(db, keep);
  return payload(view, nodes, edges, candidates.length);
}

/** Paper → entity links among `keep`. */
export function linkEdges(db: SiteDb, keep: Set<string>): Edge[] {
  const out: Edge[] = [];
  const ix = db.index;
  for (const id of keep) {
    const p = db.paperRow.get(id);
    if (p === undefined) continue;
    for (const code of ix.papers.links[p] ?? []) {
      const target = ix.entities.id[Math.floor(code / db.rels)] ?? "";
      if (keep.has(target)) out.push(edge(id, target, db.manifest.relationships[code % db.rels] ?? "", 1));
    }
  }
  return out;
}

/** Papers among `keep` linked by the named, not too common entities they share (weight: how many). */
function paperEdges(db: SiteDb, keep: Set<string>): Edge[] {
  const weights = new Map<string, number>();
  const ix = db.index;
  ix.entities.id.forEach((_, e) => {
    if (entityType(db, e) === "concept" || (ix.entities.paperCount[e] ?? 0) > MAX_SHARED) return;
    const papers = (db.papersOf[e] ?? []).map((p) => ix.papers.id[p] ?? "").filter((id) => keep.has(id));
    papers.sort();
    for (let i = 0; i < papers.length; i++)
      for (let j = i + 1; j < papers.length; j++) {
        const k = `${papers[i]}\n${papers[j]}`;
        weights.set(k, (weights.get(k) ?? 0) + 1);
      }
  });
  return [...weights].map(([k, w]) => {
    const [a = "", b = ""] = k.split("\n");
    return edge(a, b, DERIVED_EDGE_TYPES.shares, w);
  });
}

/** Entities among `keep` linked by the papers naming both (weight: how many). */
function entityEdges(db: SiteDb, keep: Set<string>): Edge[] {
  const weights = new Map<string, number>();
  db.index.papers.id.forEach((_, p) => {
    const ids = entitiesOfPaper(db, p)
      .map((x) => db.index.entities.id[x.entity] ?? "")
      .filter((id) => keep.has(id))
      .sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = `${ids[i]}\n${ids[j]}`;
        weights.set(k, (weights.get(k) ?? 0) + 1);
      }
  });
  return [...weights].map(([k, w]) => {
    const [a = "", b = ""] = k.split("\n");
    return edge(a, b, DERIVED_EDGE_TYPES.coOccurs, w);
  });
}

/** A node and its neighbours up to `depth` hops, most central first, with the links among them. */
export function siteNeighbors(db: SiteDb, id: string, depth: 1 | 2, limit: number): GraphPayload | null {
  const start = nodeOf(db, id);
  if (!start) return null;
  let frontier = [id];
  const seen = new Set([id]);
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const x of frontier)
      for (const n of neighbourIds(db, x))
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
    frontier = next;
  }
  seen.delete(id);
  const others = [...seen].map((n) => nodeOf(db, n)).filter((n): n is Node => n !== null);
  others.sort(byRank);
  const nodes = [start, ...others.slice(0, limit)];
  const keep = new Set(nodes.map((n) => n.key));
  return payload("bipartite", nodes, linkEdges(db, keep), others.length + 1);
}

function nodeOf(db: SiteDb, id: string): Node | null {
  const p = db.paperRow.get(id);
  if (p !== undefined) return paperNode(db, p);
  const e = db.entityRow.get(id);
  return e === undefined ? null : entityNode(db, e);
}

function neighbourIds(db: SiteDb, id: string): string[] {
  const p = db.paperRow.get(id);
  if (p !== undefined) return entitiesOfPaper(db, p).map((x) => db.index.entities.id[x.entity] ?? "");
  const e = db.entityRow.get(id);
  return e === undefined ? [] : (db.papersOf[e] ?? []).map((q) => db.index.papers.id[q] ?? "");
}
