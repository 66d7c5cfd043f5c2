import { z } from "zod";

const Vote = z.tuple([z.enum(["id", "family", "long", "short", "name"]), z.string(), z.string()]);

/**
 * What the corpus pass keeps of one paper between runs: its contributions to the corpus
 * statistics (span document frequencies, alias votes, name votes, entity ids for hubs) and what
 * it read of them (spans compared with the term threshold, spans whose frequency ranked its terms,
 * alias decisions). `key` is the paper's per-paper cache key: another text or extractor, another
 * paper.
 */
export const CorpusRecordMeta = z.object({
  key: z.string(),
  spans: z.array(z.number()),
  bits: z.array(z.number()),
  exact: z.array(z.number()),
  votes: z.array(Vote),
  names: z.array(Vote),
  reads: z.array(z.string()),
  ids: z.array(z.string()),
});
export type CorpusRecordMeta = z.infer<typeof CorpusRecordMeta>;

/** A record as stored: the meta and the paper's final extraction, each as JSON text. */
export interface StoredCorpusRecord {
  meta: string;
  out: string;
}

/**
 * Where the corpus pass keeps its records (the pipeline's is a file beside the per-paper cache).
 * `load` returns the records of the last completed pass by paper id, or nothing (then the pass
 * runs over every paper); `save` replaces the records of `changed`, drops those of `removed`, and
 * must make them visible all at once or not at all.
 */
export interface CorpusPassStore {
  load(): Map<string, StoredCorpusRecord> | undefined;
  save(changed: ReadonlyMap<string, StoredCorpusRecord>, removed: readonly string[]): void;
}
