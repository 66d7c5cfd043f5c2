import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExportSelector, Leaderboard } from "@paperkg/core";
import type { CliSettings } from "../CliSettings.ts";

/** The selector flags of `paperkg export --format site` (the same selectors as `/api/export`). */
export interface SiteSelectorFlags {
  community?: string;
  benchmark?: string;
  node?: string;
  depth?: string;
  ids?: string;
}

/** The selector the flags name; null for the whole graph. At most one may be given. */
export function siteSelector(flags: SiteSelectorFlags): Exclude<ExportSelector, { type: "cypher" }> | null {
  const given = (["community", "benchmark", "node", "ids"] as const).filter((k) => flags[k] !== undefined);
  if (given.length > 1) throw new Error(`export: give at most one of --${given.join(", --")}`);
  if (flags.community !== undefined) {
    const community = Number(flags.community);
    if (!/^\d{1,7}$/.test(flags.community))
      throw new Error(`export: --community: "${flags.community}" is not a community id`);
    return { type: "community", community };
  }
  if (flags.benchmark !== undefined) return { type: "benchmark", id: flags.benchmark };
  if (flags.node !== undefined) {
    const depth = Number(flags.depth ?? 1);
    if (![1, 2, 3].includes(depth))
      throw new Error(`export: --depth must be 1, 2 or 3, got "${flags.depth}"`);
    return { type: "node", id: flags.node, depth };
  }
  if (flags.ids !== undefined) {
    const ids = flags.ids
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length === 0) throw new Error("export: --ids is empty");
    return { type: "ids", ids };
  }
  return null;
}

/** Where the site build of the web app (`apps/web/dist-site`) is, from the CLI's bundle or its source. */
function siteAppDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, "../../web/dist-site"), resolve(here, "../../../web/dist-site")];
  const found = candidates.find((dir) => existsSync(join(dir, "paperkg.js")));
  if (!found)
    throw new Error(
      "export: the site build of the web app is missing (apps/web/dist-site); run `pnpm build` first",
    );
  return found;
}

function describe(selector: ReturnType<typeof siteSelector>): string {
  if (!selector) return "whole graph";
  switch (selector.type) {
    case "community":
      return `community ${selector.community}`;
    case "benchmark":
      return `benchmark ${selector.id} and its papers`;
    case "node":
      return `${selector.id} and its neighbours to depth ${selector.depth}`;
    case "ids":
      return `${selector.ids.length} listed nodes`;
  }
}

const INDEX_HTML = (title: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${title}</title>
    <link rel="stylesheet" href="assets/paperkg.css" />
    <script>
      // A static paperkg site: data files queue here until the app takes them (see @paperkg/core SiteData).
      window.PAPERKG_SITE = { data: "data/" };
      window.paperkgSiteQueue = [];
      window.paperkgSiteData = function (key, data) { window.paperkgSiteQueue.push([key, data]); };
    </script>
    <script src="data/site.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>This paperkg site needs JavaScript.</noscript>
    <script src="assets/paperkg.js"></script>
  </body>
</html>
`;

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * `paperkg export --format site --out DIR [selector]`: the explorer as a folder that opens from
 * `file://` or any static host: the web app's site build in `assets/`, the selection's data in
 * `data/` (see `buildSiteData`). Prints the folder's size against the papers' raw text.
 */
export async function exportSite(cli: CliSettings, out: string, flags: SiteSelectorFlags): Promise<void> {
  const selector = siteSelector(flags);
  const appDir = siteAppDir();
  const { resolveLauncherSettings, resolveNeo4j } = await import("@paperkg/neo4j-launcher");
  const store = await import("@paperkg/store");
  const { buildSiteData, siteDataScript } = await import("@paperkg/graph");
  const { communityKey } = await import("@paperkg/core");
  const neo4j = await resolveNeo4j(resolveLauncherSettings(cli.env));
  const driver = store.openDriver(neo4j.connection);
  const database = neo4j.connection.database;
  const t0 = performance.now();
  const log = (text: string) =>
    process.stderr.write(`export: ${text} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  try {
    const graph = selector
      ? await store.readSubgraph(driver, database, selector)
      : await store.readWholeGraph(driver, database);
    if (graph.nodes.length === 0)
      throw new Error(`export: the selection (${describe(selector)}) matched no node`);
    log(`read ${graph.nodes.length} nodes, ${graph.edges.length} links`);
    const communityIds = new Set<number>();
    for (const n of graph.nodes) {
      if (typeof n.properties.community === "number") communityIds.add(n.properties.community);
    }
    const communityGraph = await store.exportNodesAndEdges(
      driver,
      database,
      [...communityIds].map((c) => communityKey(c)),
    );
    const communities = await store.readCommunities(driver, database);
    // Leaderboards only where a link states results; every benchmark's papers table comes from the links read.
    const ranked = [...new Set(graph.edges.filter((e) => e.properties.results != null).map((e) => e.target))];
    const leaderboards = new Map<string, Leaderboard>();
    for (let i = 0; i < ranked.length; i += 8) {
      await Promise.all(
        ranked.slice(i, i + 8).map(async (id) => {
          const board = await store.readLeaderboard(driver, database, id);
          if (board) leaderboards.set(id, board);
        }),
      );
    }
    log(`read ${communityIds.size} communities, ${leaderboards.size} leaderboards`);
    const site = buildSiteData({
      selection: describe(selector),
      graph: {
        nodes: [...graph.nodes, ...communityGraph.nodes],
        edges: [...graph.edges, ...communityGraph.edges],
      },
      communities,
      leaderboards,
      generatedAt: new Date().toISOString(),
    });
    const dir = resolve(out);
    mkdirSync(dir, { recursive: true });
    for (const sub of ["assets", "data"]) rmSync(join(dir, sub), { recursive: true, force: true });
    cpSync(appDir, join(dir, "assets"), { recursive: true });
    for (const file of site.files) {
      const path = join(dir, "data", `${file.key}.js`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, siteDataScript(file.key, file.data));
    }
    writeFileSync(join(dir, "index.html"), INDEX_HTML(`paperkg — ${describe(selector)}`));
    const app = folderBytes(join(dir, "assets"));
    const data = folderBytes(join(dir, "data"));
    log(`wrote ${site.files.length} data files`);
    const ratio = site.rawTextBytes > 0 ? data / site.rawTextBytes : 0;
    process.stderr.write(
      `export: site of ${describe(selector)}: ${site.papers} papers, ${site.entities} entities, ${site.links} links\n` +
        `export: folder ${mb(app + data)} = app ${mb(app)} + data ${mb(data)}; papers' raw text ${mb(site.rawTextBytes)}; data / raw text = ${ratio.toFixed(2)}\n`,
    );
    process.stdout.write(`${join(dir, "index.html")}\n`);
  } finally {
    await driver.close();
  }
}
