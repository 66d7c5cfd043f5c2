import type { GraphSnapshot, MemberKind } from "@paperkg/core";
import { LINK_WEIGHTS } from "./buildAnalyticsGraph.ts";
import type { HubOptions } from "./findHubs.ts";

/**
 * The analytics graph of buildAnalyticsGraph, coreGraph and findHubs in typed arrays: node i is
 * papers[i] for i < papers, then the entities in snapshot order; each paper–entity pair is one
 * edge (the last link's weight, as graphology's mergeEdge leaves it), numbered in the order of its
 * first link. Built in one pass over the links, with no per-edge objects, so an incremental
 * update (and the summaries of a full run) need not build a graphology graph of the whole corpus.
 */
export interface AnalyticsArrays {
  ids: string[];
  index: Map<string, number>;
  /** Nodes below this index are papers. */
  papers: number;
  kind: MemberKind[];
  label: string[];
  /** Adjacency (CSR): node i's neighbours are neighbour[offset[i]] … neighbour[offset[i + 1] - 1]. */
  offset: Int32Array;
  neighbour: Int32Array;
  /** Edge number of each adjacency slot. */
  edgeOf: Int32Array;
  /** Per edge: its paper, its entity, the link weight and the core weight (0 when it touches a hub). */
  edgePaper: Int32Array;
  edgeEntity: Int32Array;
  weight: Float64Array;
  coreWeight: Float64Array;
  /** 1 for hubs (see findHubs). */
  hub: Uint8Array;
  hubs: Set<string>;
}

/** The snapshot's analytics graph as arrays, hubs marked with findHubs' test, core weights as coreGraph's. */
export function analyticsArrays(snapshot: GraphSnapshot, options: HubOptions): AnalyticsArrays {
  const ids: string[] = [];
  const kind: MemberKind[] = [];
  const label: string[] = [];
  const index = new Map<string, number>();
  const add = (id: string, k: MemberKind, name: string) => {
    if (index.has(id)) throw new Error(`analytics graph: node ${JSON.stringify(id)} appears twice`);
    index.set(id, ids.length);
    ids.push(id);
    kind.push(k);
    label.push(name);
  };
  for (const p of snapshot.papers) add(p.id, "paper", p.title);
  const papers = ids.length;
  for (const e of snapshot.entities) add(e.id, e.type, e.name);
  const n = ids.length;

  // one edge per pair, numbered by first link, weighted by the last; a paper's edges so far are a
  // linked list (a paper has a few dozen links at most)
  const links = snapshot.links.length;
  const edgePaperAll = new Int32Array(links);
  const edgeEntityAll = new Int32Array(links);
  const weightAll = new Float64Array(links);
  const nextOfPaper = new Int32Array(links);
  const firstOfPaper = new Int32Array(papers).fill(-1);
  let m = 0;
  // a paper's links come one after another: its index is looked up once per run of them
  let lastPaper: string | undefined;
  let p: number | undefined;
  for (const l of snapshot.links) {
    if (l.paper !== lastPaper) {
      lastPaper = l.paper;
      p = index.get(l.paper);
    }
    const e = index.get(l.entity);
    if (p === undefined || e === undefined || p >= papers || e < papers) continue;
    const w = LINK_WEIGHTS[l.type];
    let at = firstOfPaper[p]!;
    while (at !== -1 && edgeEntityAll[at] !== e) at = nextOfPaper[at]!;
    if (at !== -1) {
      weightAll[at] = w;
      continue;
    }
    edgePaperAll[m] = p;
    edgeEntityAll[m] = e;
    weightAll[m] = w;
    nextOfPaper[m] = firstOfPaper[p]!;
    firstOfPaper[p] = m++;
  }
  const edgePaper = edgePaperAll.slice(0, m);
  const edgeEntity = edgeEntityAll.slice(0, m);
  const weight = weightAll.slice(0, m);
  const degree = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    degree[edgePaper[k]!]!++;
    degree[edgeEntity[k]!]!++;
  }
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + degree[i]!;
  const fill = offset.slice(0, n);
  const neighbour = new Int32Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    const p = edgePaper[k]!;
    const e = edgeEntity[k]!;
    neighbour[fill[p]!] = e;
    edgeOf[fill[p]!++] = k;
    neighbour[fill[e]!] = p;
    edgeOf[fill[e]!++] = k;
  }

  const threshold = Math.max(options.hubMinPapers, options.hubShare * papers);
  const hub = new Uint8Array(n);
  const hubs = new Set<string>();
  for (let i = papers; i < n; i++) {
    if (degree[i]! > threshold) {
      hub[i] = 1;
      hubs.add(ids[i]!);
    }
  }
  const norm = Math.log(Math.max(2, papers));
  const coreWeight = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const e = edgeEntity[k]!;
    if (hub[e] || hub[edgePaper[k]!]) continue;
    const idf = Math.max(0.05, Math.log(Math.max(2, papers) / Math.max(1, degree[e]!)) / norm);
    coreWeight[k] = weight[k]! * idf;
  }
  return {
    ids,
    index,
    papers,
    kind,
    label,
    offset,
    neighbour,
    edgeOf,
    edgePaper,
    edgeEntity,
    weight,
    coreWeight,
    hub,
    hubs,
  };
}
