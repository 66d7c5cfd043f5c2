import {
  FinderQuery,
  type NodeDetail,
  SiteBoardChunk,
  SiteIndex,
  SiteManifest,
  SitePaperChunk,
  siteChunk,
} from "@paperkg/core";
import type { z } from "zod";
import { siteBenchmarkPapers, siteBenchmarks } from "../core/site/siteBenchmarks.ts";
import { openSiteDb, type SiteDb } from "../core/site/siteDb.ts";
import {
  entityDetail,
  entityPageRows,
  entityPapers,
  paperDetail,
  type SitePaperRecord,
} from "../core/site/siteDetail.ts";
import { siteFinder, siteRelated, siteSharedBenchmarks, siteTrends } from "../core/site/siteFinder.ts";
import { siteCommunitiesGraph, siteGraph, siteNeighbors } from "../core/site/siteGraph.ts";
import { siteSearch } from "../core/site/siteSearch.ts";
import { ApiClientError } from "./ApiClientError.ts";
import type { DataSource } from "./DataSource.ts";
import { loadSiteFile, type SiteConfig } from "./loadSiteFile.ts";

const unavailable = (what: string) => () =>
  Promise.reject(
    new ApiClientError("request", `${what} needs the paperkg server; this is a static, read-only site`),
  );
const notFound = (what: string) =>
  new ApiClientError("http", `site: no ${what}`, { status: 404, serverCode: "NOT_FOUND" });

/**
 * The files of a static offline site (`paperkg export --format site`) as a `DataSource`: the
 * manifest answers the first screen, the index (loaded on first need) the map, search, Finder and
 * neighbourhoods, paper chunks the details, board chunks the benchmark tables. Every file is parsed
 * with its `@paperkg/core` schema where it arrives. No Cypher, server exports or ingest history.
 */
export function staticSource(config: SiteConfig): DataSource {
  const cache = new Map<string, Promise<unknown>>();
  function file<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S>> {
    let p = cache.get(key);
    if (!p) {
      p = loadSiteFile(config, key).then((data) => {
        const parsed = schema.safeParse(data);
        if (!parsed.success)
          throw new ApiClientError(
            "shape",
            `site: data/${key}.js does not hold what this app reads (field "${parsed.error.issues[0]?.path.join(".")}": ${parsed.error.issues[0]?.message}); export the site again with this paperkg (\`paperkg export --format site\`)`,
            { cause: parsed.error },
          );
        return parsed.data;
      });
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p as Promise<z.infer<S>>;
  }
  const manifest = () => file("site", SiteManifest);
  let db: Promise<SiteDb> | null = null;
  const open = () => {
    db ??= Promise.all([manifest(), file("index", SiteIndex)]).then(([m, i]) => openSiteDb(m, i));
    db.catch(() => {
      db = null;
    });
    return db;
  };
  const papers = async (ids: readonly string[]): Promise<Map<string, SitePaperRecord>> => {
    const m = await manifest();
    const chunks = [...new Set(ids.map((id) => siteChunk(id, m.paperChunks)))];
    const loaded = await Promise.all(chunks.map((c) => file(`papers/${c}`, SitePaperChunk)));
    const out = new Map<string, SitePaperRecord>();
    for (const chunk of loaded) for (const id of ids) if (chunk.papers[id]) out.set(id, chunk.papers[id]);
    return out;
  };
  const boards = async (id: string) => {
    const m = await manifest();
    return file(`boards/${siteChunk(id, m.boardChunks)}`, SiteBoardChunk);
  };
  const page = async (d: SiteDb, entity: number, cursor: number) => {
    const { rows, next } = entityPageRows(d, entity, cursor);
    const records = await papers(rows.map((p) => d.index.papers.id[p] ?? ""));
    return entityPapers(d, entity, rows, records, next);
  };

  /** The index is large on a corpus: fetch it while the person looks at the first screen. */
  const prefetch = () => {
    const later = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
    later(() => void open().catch(() => undefined));
  };

  return {
    kind: "static",
    capabilities: { cypher: false, export: false, changes: false, path: false, trends: false, areas: false },
    health: async () => (await manifest()).health,
    graph: async (view, filters) => {
      if (view !== "communities") return siteGraph(await open(), view, filters);
      const graph = siteCommunitiesGraph(await manifest(), { limit: filters.limit });
      prefetch();
      return graph;
    },
    node: async (id): Promise<NodeDetail> => {
      const d = await open();
      const e = d.entityRow.get(id);
      if (e !== undefined) return entityDetail(d, e, await page(d, e, 0));
      const row = d.paperRow.get(id);
      const record = (await papers([id])).get(id);
      if (row === undefined || !record) throw notFound(`node "${id}"`);
      return paperDetail(d, row, record);
    },
    nodePapers: async (id, cursor) => {
      const d = await open();
      const e = d.entityRow.get(id);
      if (e === undefined) throw notFound(`entity "${id}"`);
      return page(d, e, Number(cursor) || 0);
    },
    neighbors: async (id, depth, limit = 2000) => {
      const graph = siteNeighbors(await open(), id, depth, limit);
      if (!graph) throw notFound(`node "${id}"`);
      return graph;
    },
    search: async (q, limit = 10) => siteSearch(await open(), q, limit),
    changes: unavailable("What's new"),
    communities: async () => (await manifest()).communities,
    benchmarks: async (query) => siteBenchmarks(await open(), query),
    benchmarkPapers: async (id) => {
      const [d, chunk] = await Promise.all([open(), boards(id)]);
      const table = siteBenchmarkPapers(d, id, chunk.benchmarkPapers[id] ?? []);
      if (!table) throw notFound(`benchmark "${id}"`);
      return table;
    },
    leaderboard: async (id) => {
      const board = (await boards(id)).leaderboards[id];
      if (!board) throw notFound(`leaderboard for "${id}"`);
      return board;
    },
    trends: async (ids, bucket) => siteTrends(await open(), ids, bucket),
    rising: unavailable("Rising entities"),
    related: async (id) => {
      const r = siteRelated(await open(), id);
      if (!r) throw notFound(`paper "${id}"`);
      return r;
    },
    sharedBenchmarks: async (id) => {
      const r = siteSharedBenchmarks(await open(), id);
      if (!r) throw notFound(`paper "${id}"`);
      return r;
    },
    papers: async (values) => {
      const query = FinderQuery.safeParse(
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)),
      );
      if (!query.success)
        throw new ApiClientError("request", `site: finder: ${query.error.issues[0]?.message}`);
      return siteFinder(await open(), query.data);
    },
    path: unavailable("Path finding"),
    cypher: unavailable("Cypher"),
    exportFile: unavailable("Export"),
  };
}
