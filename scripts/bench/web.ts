/**
 * `pnpm bench:web`: time from navigation to the first frame sigma draws, and from the graph data's
 * arrival to that frame, for (1) the samples graph and (2) a synthetic 10,000-node community.
 * The built app (`apps/web/dist`) is served by a tiny local server that answers the API calls the
 * first screen makes from memory, so the figures measure the browser side alone. The samples
 * payload is taken from a running paperkg server (PAPERKG_API, default http://127.0.0.1:7700) when
 * one answers; otherwise a synthetic graph of the same size stands in. Then (3) the 68,667-paper
 * corpus through the real server (its own Neo4j, `.paperkg/neo4j-corpus`, ingested the first time):
 * data → first frame of the areas overview, of the largest area's communities and of that area's
 * largest community's papers and entities, each step reached by a click as a reader would
 * (BENCH_WEB_SKIP_CORPUS=1 leaves it out). Figures go to stdout.
 */

import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { type MapMarks, MEMBER_KINDS } from "@paperkg/core";
import { CHROMIUM_PATH, launchChromium } from "@paperkg/test/e2e/helpers/chromium";
import { startCorpusGraph } from "@paperkg/test/e2e/helpers/corpusGraph";
import { clickNode, waitForFrame } from "@paperkg/test/e2e/helpers/mapPage";
import { startTestServer } from "@paperkg/test/helpers/startTestServer";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "apps/web/dist");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const API = process.env.PAPERKG_API ?? "http://127.0.0.1:7700";

type BenchBrowser = Awaited<ReturnType<typeof launchChromium>>;

/** A graph like a community drill-down: clustered positions, PageRank-ish sizes, ~2.5 edges per node. */
function syntheticPayload(n: number, seed = 7) {
  let s = seed;
  const rnd = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  /** Three papers for every five entities, one of each type. */
  const kinds = ["paper", "paper", ...MEMBER_KINDS] as const;
  const nodes = Array.from({ length: n }, (_, i) => {
    const c = i % 12;
    const a = rnd() * 2 * Math.PI;
    const r = 40 + rnd() * 120;
    return {
      key: `n${i}`,
      attributes: {
        label: `node ${i}`,
        kind: kinds[i % kinds.length]!,
        community: c,
        x: 400 * Math.cos((c / 12) * 2 * Math.PI) + r * Math.cos(a),
        y: 400 * Math.sin((c / 12) * 2 * Math.PI) + r * Math.sin(a),
        pagerank: rnd() ** 4 / n,
        paperCount: null,
        published: null,
      },
    };
  });
  const edges = [];
  const pairs = new Set<string>();
  for (let i = 0; i < n * 2.5; i++) {
    const a = Math.floor(rnd() * n);
    const b = rnd() < 0.8 ? (a + 12 * (1 + Math.floor(rnd() * 20))) % n : Math.floor(rnd() * n);
    const k = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(k)) continue;
    pairs.add(k);
    edges.push({
      key: `e${i}`,
      source: `n${a}`,
      target: `n${b}`,
      attributes: { type: "MENTIONS", weight: 1 },
    });
  }
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: { view: "bipartite", truncated: false, totalNodes: n },
    nodes,
    edges,
  };
}

async function samplesPayload(): Promise<{ payload: unknown; source: string }> {
  try {
    const res = await fetch(`${API}/api/graph?view=bipartite&limit=5000`, {
      signal: AbortSignal.timeout(5000),
    });
    if (res.ok) return { payload: await res.json(), source: `samples graph from ${API}` };
  } catch {
    // No server: fall through to a stand-in of the same size.
  }
  return {
    payload: syntheticPayload(950),
    source: "synthetic stand-in for the samples graph (no server answered)",
  };
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

function serve(payload: unknown): Promise<{ url: string; close: () => void }> {
  const graph = JSON.stringify(payload);
  const n = (payload as { nodes: unknown[] }).nodes.length;
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const json = (body: string) => res.writeHead(200, { "content-type": "application/json" }).end(body);
    if (path === "/api/graph") return json(graph);
    if (path === "/api/health")
      return json(JSON.stringify({ status: "ok", neo4j: "up", nodes: n, papers: 0, relationships: 0 }));
    if (path === "/api/communities") return json(JSON.stringify({ communities: [] }));
    if (path.startsWith("/api/")) return res.writeHead(404).end();
    const file = join(DIST, path === "/" ? "index.html" : path);
    if (!file.startsWith(DIST) || !existsSync(file)) return res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      ok({ url: `http://127.0.0.1:${port}/?view=bipartite`, close: () => server.close() });
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(browser: BenchBrowser, name: string, payload: unknown) {
  const { url, close } = await serve(payload);
  const fromData: number[] = [];
  const fromNav: number[] = [];
  let nodes = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => (window.__paperkg?.firstFrameAt ?? null) !== null, null, {
      timeout: 60_000,
    });
    const m = (await page.evaluate(() => window.__paperkg)) as MapMarks;
    const firstFrameAt = m.firstFrameAt ?? 0;
    fromData.push(firstFrameAt - (m.dataArrivedAt ?? 0));
    fromNav.push(firstFrameAt);
    nodes = m.dataNodes;
    await page.close();
  }
  close();
  const edges = (payload as { edges: unknown[] }).edges.length;
  console.log(
    `${name.padEnd(34)} ${String(nodes).padStart(6)} nodes ${String(edges).padStart(6)} edges   ` +
      `data→first frame median ${median(fromData).toFixed(0).padStart(4)} ms (max ${Math.max(...fromData).toFixed(0)})   ` +
      `navigation→first frame median ${median(fromNav).toFixed(0).padStart(5)} ms`,
  );
  return median(fromData);
}

if (!existsSync(join(DIST, "index.html"))) {
  console.error("bench:web: apps/web/dist is missing — run `pnpm build` first");
  process.exit(1);
}
const samples = await samplesPayload();
console.error(`bench:web: ${RUNS} runs each in ${CHROMIUM_PATH} (software WebGL); ${samples.source}`);
const browser = await launchChromium();
try {
  const a = await measure(browser, "samples graph", samples.payload);
  const b = await measure(browser, "10,000-node community (synthetic)", syntheticPayload(10_000));
  console.log(
    `target ≤ 1000 ms after data arrives: samples ${a <= 1000 ? "met" : "MISSED"}, 10k ${b <= 1000 ? "met" : "MISSED"}`,
  );
} finally {
  await browser.close();
}
if (!process.env.BENCH_WEB_SKIP_CORPUS) await measureCorpus();

/** The corpus, clicked through its levels in the real app over the real server, `RUNS` times. */
async function measureCorpus() {
  const corpus = await startCorpusGraph();
  const server = await startTestServer(corpus.connection, { webRoot: DIST });
  const chromium = await launchChromium();
  const steps: Record<string, { ms: number[]; nodes: number[] }> = {
    "corpus overview (areas)": { ms: [], nodes: [] },
    "  → largest area's communities": { ms: [], nodes: [] },
    "  → its largest community": { ms: [], nodes: [] },
  };
  const [overview, area, community] = Object.values(steps) as [
    (typeof steps)[string],
    (typeof steps)[string],
    (typeof steps)[string],
  ];
  const nodesNow = (page: { evaluate<T>(fn: () => T): Promise<T> }) =>
    page.evaluate(() => window.__paperkg?.dataNodes ?? 0);
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await chromium.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      overview.ms.push(await waitForFrame(page, 120_000));
      overview.nodes.push(await nodesNow(page));
      area.ms.push((await clickNode(page, (ns) => ns.find((n) => !n.label.startsWith("other")))).frameMs);
      area.nodes.push(await nodesNow(page));
      community.ms.push((await clickNode(page, (ns) => ns[0])).frameMs);
      community.nodes.push(await nodesNow(page));
      await page.close();
    }
  } finally {
    await chromium.close();
    await server.close();
    await corpus.release();
  }
  for (const [name, s] of Object.entries(steps))
    console.log(
      `${name.padEnd(34)} ${String(median(s.nodes)).padStart(6)} nodes   data→first frame median ${median(s.ms).toFixed(0).padStart(4)} ms (max ${Math.max(...s.ms).toFixed(0)})   target ≤ 1000 ms: ${median(s.ms) <= 1000 ? "met" : "MISSED"}`,
    );
}
