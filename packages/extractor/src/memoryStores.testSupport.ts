import type { CorpusPassStore, StoredCorpusRecord } from "./CorpusPassStore.ts";
import type { LocalExtractionCache } from "./LocalExtractionCache.ts";

/** The per-paper cache and the corpus pass's records, kept in memory as the pipeline keeps them on disk. */
export function memoryStores(): { cache: LocalExtractionCache; corpus: CorpusPassStore } {
  const entries = new Map<string, string>();
  const cache: LocalExtractionCache = {
    has: (k) => entries.has(k),
    get: (k) => entries.get(k),
    set: (k, v) => void entries.set(k, v),
  };
  let records: Map<string, StoredCorpusRecord> | undefined;
  // the aggregate saved with the records (a save without one leaves none)
  let aggregate: Uint8Array | undefined;
  const corpus: CorpusPassStore = {
    load: () => (records ? new Map(records) : undefined),
    save: (changed, removed, options) => {
      if (!records || options?.all) records = new Map();
      for (const id of removed) records.delete(id);
      for (const [id, r] of changed) records.set(id, r);
      aggregate = options?.aggregate?.();
    },
    loadAggregate: () => aggregate,
  };
  return { cache, corpus };
}
