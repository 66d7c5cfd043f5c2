/**
 * `pnpm bench:map`: how well the stored map reads, computed in process on the analytics graph (no
 * Neo4j). For the sample pages and the 68,667-paper corpus, the first release's layout (baseline)
 * and today's, side by side: kNN(10) community purity of the positions with its chance level, the
 * share of nodes closer to their own community's centroid than to any other, communities per level,
 * links the communities view draws, and timings. Prints figures, asserts nothing.
 * Targets: purity ≥ 0.80 and centroid share ≥ 0.80 on both inputs.
 * Usage: pnpm bench:map [corpus-path] (BENCH_MAP_SKIP_CORPUS=1 for the samples alone)
 */
import { cpus, loadavg } from "node:os";
import { DEFAULT_VIEW_LINKS, type GraphSnapshot, type GroupLink, strongestLinks } from "@paperkg/core";
import { extractPapers } from "@paperkg/extractor";
import {
  baselineAnalytics,
  buildSnapshot,
  computeAnalytics,
  type LayoutQuality,
  measureLayout,
} from "@paperkg/graph";
import { readPapers } from "@paperkg/ingest";

const CORPUS = process.argv[2] ?? "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const inputs = [
  { name: "samples", path: "data/samples" },
  ...(process.env.BENCH_MAP_SKIP_CORPUS ? [] : [{ name: "corpus", path: CORPUS }]),
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const w = performance.now();
  const c = cpuMs();
  const value = await fn();
  return { value, wall: performance.now() - w, cpu: cpuMs() - c };
}

/** Inter-community pairs with at least one link: what a view drawing every link draws. */
function allLinks(snapshot: GraphSnapshot, community: Map<string, number>) {
  const pairs = new Set<string>();
  const degree = new Map<number, Set<number>>();
  for (const l of snapshot.links) {
    const a = community.get(l.paper);
    const b = community.get(l.entity);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = degree.get(x) ?? new Set<number>();
      set.add(y);
      degree.set(x, set);
    }
  }
  return { links: pairs.size, maxPerCommunity: Math.max(0, ...[...degree.values()].map((s) => s.size)) };
}

/** What the communities view draws from the stored candidates: each community's k strongest. */
function viewLinks(candidates: readonly GroupLink[]) {
  const kept = strongestLinks(candidates, DEFAULT_VIEW_LINKS);
  const degree = new Map<number, number>();
  for (const l of kept) for (const c of [l.source, l.target]) degree.set(c, (degree.get(c) ?? 0) + 1);
  return { links: kept.length, maxPerCommunity: Math.max(0, ...degree.values()) };
}

const row = (label: string, base: string, now: string, target = "") =>
  console.log(`  ${label.padEnd(34)} ${base.padStart(16)} ${now.padStart(16)}   ${target}`);
const quality = (q: LayoutQuality, key: "knnPurity" | "centroidShare") => q[key].toFixed(3);

console.log(`bench:map — ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start`);
for (const input of inputs) {
  const read = await timed(() => readPapers([input.path]));
  const extracted = await timed(() => extractPapers(read.value.papers, {}));
  const { snapshot } = buildSnapshot(read.value.papers, extracted.value);
  const base = await timed(() => baselineAnalytics(snapshot));
  const now = await timed(() => computeAnalytics(snapshot));
  const baseQ = measureLayout(base.value.placements);
  const nowQ = measureLayout(now.value.placements);
  const papers = new Set(snapshot.papers.map((p) => p.id));
  const basePapersQ = measureLayout(base.value.placements.filter((p) => papers.has(p.id)));
  const nowPapersQ = measureLayout(now.value.placements.filter((p) => papers.has(p.id)));
  const baseLinks = allLinks(snapshot, new Map(base.value.placements.map((p) => [p.id, p.community])));
  const hubs = now.value.placements.filter((p) => p.hub).map((p) => p.id);

  console.log(
    `\n${input.name}: ${snapshot.papers.length} papers, ${snapshot.entities.length} entities, ${snapshot.links.length} links (read ${seconds(read.wall)}, extract ${seconds(extracted.wall)})`,
  );
  row("", "baseline", "now", "target");
  row("kNN(10) purity, all nodes", quality(baseQ, "knnPurity"), quality(nowQ, "knnPurity"), "≥ 0.80");
  row("  chance level", baseQ.knnChance.toFixed(3), nowQ.knnChance.toFixed(3));
  row("kNN(10) purity, papers", quality(basePapersQ, "knnPurity"), quality(nowPapersQ, "knnPurity"));
  row("closer to own centroid", quality(baseQ, "centroidShare"), quality(nowQ, "centroidShare"), "≥ 0.80");
  row("communities", String(base.value.communities), String(now.value.communities.length));
  row("areas (level above)", "—", String(now.value.areas.length), "~20–60 on the corpus");
  row(
    "communities under 3 papers",
    String(countSmall(base.value.placements, papers)),
    String(now.value.communities.filter((c) => c.id !== 0 && c.papers < 3).length),
    "0 (folded)",
  );
  const drawn = viewLinks(now.value.communityLinks);
  row(
    `communities view links (k = ${DEFAULT_VIEW_LINKS})`,
    String(baseLinks.links),
    String(drawn.links),
    "each community's strongest",
  );
  row(
    "  most links on one community",
    String(baseLinks.maxPerCommunity),
    String(drawn.maxPerCommunity),
    `≤ ${DEFAULT_VIEW_LINKS}`,
  );
  row("areas view links", "—", String(viewLinks(now.value.areaLinks).links));
  row("hubs", "—", String(hubs.length), hubs.slice(0, 3).join(", "));
  row("analytics wall", seconds(base.wall), seconds(now.wall));
  row("analytics CPU", seconds(base.cpu), seconds(now.cpu));
}
console.log(
  `\nload average ${loadavg()[0]!.toFixed(1)} at the end (2 cores shared: wall times swing with it)`,
);

function countSmall(placements: readonly { id: string; community: number }[], papers: Set<string>) {
  const n = new Map<number, number>();
  for (const p of placements) n.set(p.community, (n.get(p.community) ?? 0) + (papers.has(p.id) ? 1 : 0));
  return [...n.values()].filter((v) => v < 3).length;
}
