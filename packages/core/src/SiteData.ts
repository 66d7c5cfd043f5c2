import { z } from "zod";
import { CommunityList, Health, Leaderboard } from "./api.ts";
import { EntityType } from "./kinds.ts";
import { fnv1a } from "./normalizeTitle.ts";

/**
 * The data files of a static offline site (`paperkg export --format site`), the contract between
 * the exporter and the web app's static data source. Browsers refuse fetch() from `file://`, so
 * every file is a classic script calling one global, `paperkgSiteData(key, data)`; the app adds a
 * `<script>` per file when it needs it. Files, under `data/`:
 * - `site.js` (key `site`): `SiteManifest`, all the first screen needs;
 * - `index.js` (key `index`): `SiteIndex`, every paper and entity without text, for the map,
 *   search, the Finder and neighbourhoods; loaded on first need;
 * - `papers/<n>.js` (key `papers/<n>`): `SitePaperChunk`, the papers `siteChunk(id, paperChunks)`
 *   puts there, with abstracts and evidence;
 * - `boards/<n>.js` (key `boards/<n>`): `SiteBoardChunk`, leaderboards and benchmark tables.
 */
export const SITE_DATA_CALLBACK = "paperkgSiteData";
export const SITE_FORMAT_VERSION = 1;

/** Which chunk of `chunks` holds the record of `id` (FNV-1a of the id): no lookup table needed. */
export function siteChunk(id: string, chunks: number): number {
  return Number.parseInt(fnv1a(id), 16) % Math.max(1, chunks);
}

/** A community of the communities view: the stored Community node, counted within the export. */
export const SiteCommunity = z.object({
  id: z.number().int(),
  label: z.string(),
  x: z.number(),
  y: z.number(),
  size: z.number().int(),
  papers: z.number().int(),
  area: z.number().int().nullable(),
});
export type SiteCommunity = z.infer<typeof SiteCommunity>;

export const SiteManifest = z.object({
  version: z.literal(SITE_FORMAT_VERSION),
  /** What was exported, in words (`whole graph`, `community 12`, …). */
  selection: z.string(),
  generatedAt: z.string(),
  health: Health,
  communities: CommunityList,
  /** The communities view: communities and their stored links (the view keeps the strongest). */
  communityGraph: z.object({
    nodes: z.array(SiteCommunity),
    links: z.array(
      z.object({
        source: z.number().int(),
        target: z.number().int(),
        weight: z.number(),
        strength: z.number(),
      }),
    ),
  }),
  paperChunks: z.number().int().min(1),
  boardChunks: z.number().int().min(1),
  /** Relationship types, indexed by `SiteIndex` link codes. */
  relationships: z.array(z.string()),
  /** Extraction rules, indexed by `SiteLink` rule codes. */
  rules: z.array(z.string()),
});
export type SiteManifest = z.infer<typeof SiteManifest>;

const nullableStrings = z.array(z.string().nullable());
const numbers = z.array(z.number());
const communities = z.array(z.number().int().nullable());

/**
 * Every paper and entity, column-wise (parallel arrays). `papers.links[i]` lists paper i's links
 * by code, `entity row * relationships.length + relationship index` (indices into `entities` and
 * the manifest's `relationships`), ascending and delta-encoded (each code minus the one before);
 * the paper's chunk lists their proofs in the same order. Entity `aliases` and `family` are
 * sparse (`{row: value}`); `hubs` lists the hub entities' rows. An entity's id is
 * `<type>:<entities.key>` (every entity id has its type as prefix).
 */
export const SiteIndex = z.object({
  papers: z.object({
    id: z.array(z.string()),
    title: z.array(z.string()),
    published: nullableStrings,
    authors: z.array(z.array(z.string())),
    community: communities,
    x: numbers,
    y: numbers,
    pagerank: numbers,
    links: z.array(z.array(z.number().int())),
  }),
  entities: z.object({
    key: z.array(z.string()),
    type: z.array(EntityType),
    name: z.array(z.string()),
    aliases: z.record(z.string(), z.array(z.string())),
    family: z.record(z.string(), z.string()),
    paperCount: z.array(z.number().int()),
    community: communities,
    x: numbers,
    y: numbers,
    pagerank: numbers,
    hubs: z.array(z.number().int()),
  }),
});
export type SiteIndex = z.infer<typeof SiteIndex>;

/**
 * The proof of one paper → entity link, compact: `[spans, confidence, rule index (into the
 * manifest's rules), evidence, metric?, value?]`; which entity and relationship it is comes from
 * the paper's link codes in the index, in the same order. Spans are flat `start, length` pairs, a title span with `start` stored as
 * `-start - 1`. Evidence is `0` when it is what the spans give — the sentence holding each span
 * (the title for a title span), in order, without repeats — else a list whose items are an index
 * into the paper's `sentences` (flat start/length pairs into the abstract), `-1` for the title, or
 * the sentence's text.
 */
export const SiteLink = z.tuple(
  [
    z.array(z.number().int()),
    z.number().nullable(),
    z.number().int().nullable(),
    z.union([z.literal(0), z.array(z.union([z.number().int(), z.string()]))]),
  ],
  z.string().nullable(),
);
export type SiteLink = z.infer<typeof SiteLink>;

/** The sentence index holding `start` in a paper's flat `sentences` (start, length) pairs, or -1. */
export function sentenceAt(sentences: readonly number[], start: number): number {
  for (let k = 0; k + 1 < sentences.length; k += 2) {
    const from = sentences[k] ?? 0;
    if (start >= from && start < from + (sentences[k + 1] ?? 0)) return k / 2;
  }
  return -1;
}

/** The evidence a link's spans give (see `SiteLink`): sentence indices, `-1` for the title. */
export function evidenceOfSpans(spans: readonly number[], sentences: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < spans.length; i += 2) {
    const start = spans[i] ?? 0;
    const item = start < 0 ? -1 : sentenceAt(sentences, start);
    if (item === -1 && start >= 0) return [];
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * Papers (keyed by id) with their text and links. Id, title, authors, date, community and map
 * placement live in the index (the app always holds it by the time it shows a paper), so
 * `properties` leaves them out, and the input file names (`sources`) of the exporting machine.
 */
export const SitePaperChunk = z.object({
  papers: z.record(
    z.string(),
    z.object({
      properties: z.looseObject({ abstract: z.string().nullish() }),
      sentences: z.array(z.number().int()),
      links: z.array(SiteLink),
    }),
  ),
});
export type SitePaperChunk = z.infer<typeof SitePaperChunk>;

/** One row of a benchmark's papers table: `[paper row, relationship index, metric, value, evidence]` (evidence only with a value). */
export const SiteBenchmarkRow = z.tuple([
  z.number().int(),
  z.number().int(),
  z.string().nullable(),
  z.string().nullable(),
  z.string().nullable(),
]);
export type SiteBenchmarkRow = z.infer<typeof SiteBenchmarkRow>;

export const SiteBoardChunk = z.object({
  leaderboards: z.record(z.string(), Leaderboard),
  /** A benchmark's papers in the order the API lists them (results first, newest first). */
  benchmarkPapers: z.record(z.string(), z.array(SiteBenchmarkRow)),
});
export type SiteBoardChunk = z.infer<typeof SiteBoardChunk>;
