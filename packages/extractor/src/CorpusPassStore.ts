import { z } from "zod";

const TABLES = new Set(["id", "family", "long", "short", "name", "sense"]);
type Vote = ["id" | "family" | "long" | "short" | "name" | "sense", string, string];
// checked in place: a corpus holds millions of these, and zod's element-wise parse copies each
const numbers = z.custom<number[]>(
  (v) => Array.isArray(v) && v.every((x) => typeof x === "number"),
  "expected an array of numbers",
);
const strings = z.custom<string[]>(
  (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
  "expected an array of strings",
);
const rank = z.custom<[number, number, string][]>(
  (v) =>
    Array.isArray(v) &&
    v.every(
      (x) =>
        Array.isArray(x) &&
        x.length === 3 &&
        typeof x[0] === "number" &&
        typeof x[1] === "number" &&
        typeof x[2] === "string",
    ),
  "expected [hash, base, id] ranking candidates",
);
const votes = z.custom<Vote[]>(
  (v) =>
    Array.isArray(v) &&
    v.every(
      (x) =>
        Array.isArray(x) &&
        x.length === 3 &&
        TABLES.has(x[0]) &&
        typeof x[1] === "string" &&
        typeof x[2] === "string",
    ),
  "expected [table, key, value] votes",
);

/**
 * What the corpus pass keeps of one paper between runs: its contributions to the corpus
 * statistics (span document frequencies, alias votes, name votes, entity ids for hubs) and what
 * it read of them (spans compared with the term threshold, spans whose frequency ranked its terms,
 * alias decisions). `key` is the paper's per-paper cache key: another text or extractor, another
 * paper.
 */
export const CorpusRecordMeta = z.object({
  key: z.string(),
  spans: numbers,
  bits: numbers,
  exact: numbers,
  rank,
  votes,
  names: votes,
  reads: strings,
  ids: strings,
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
 * runs over every paper); `save` replaces the records of `changed` (with `all`, every record: what
 * was stored before goes), drops those of `removed`, and must make them visible all at once or not
 * at all. `changed` is consumed once, record by record, so a whole corpus need not sit in memory.
 * A store may also keep the statistics summed over the records (`CorpusAggregate`, as bytes):
 * `aggregate`, called after `changed` is consumed, gives them for the records saved, and
 * `loadAggregate` returns them only when they were saved with the very records the last `load`
 * returned (else the pass sums the records' metas again).
 */
export interface CorpusPassStore {
  load(): Map<string, StoredCorpusRecord> | undefined;
  save(
    changed: Iterable<[string, StoredCorpusRecord]>,
    removed: readonly string[],
    options?: { all?: boolean; aggregate?: () => Uint8Array },
  ): void;
  loadAggregate?(): Uint8Array | undefined;
}
