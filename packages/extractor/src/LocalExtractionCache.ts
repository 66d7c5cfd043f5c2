import { createHash } from "node:crypto";
import type { Extraction } from "@paperkg/core";
import type { PaperText } from "./extractPaper.ts";

/**
 * Per-paper results (the phase before the corpus pass) kept between runs. Keys name a paper's
 * title and abstract under one extractor fingerprint (`localCacheKey`); values are the entities as
 * JSON, parsed afresh on every read because the corpus pass changes what it is given.
 */
export interface LocalExtractionCache {
  /** Whether `key` has a result (without reading it: a day's run reads few of the corpus's). */
  has(key: string): boolean;
  get(key: string): string | undefined;
  set(key: string, entitiesJson: string): void;
}

/** The cache key of a paper's per-paper result under `fingerprint` (see extractorFingerprint). */
export function localCacheKey(paper: PaperText, fingerprint: string): string {
  return createHash("sha1")
    .update(fingerprint)
    .update("\u0000")
    .update(paper.title)
    .update("\u0000")
    .update(paper.abstract)
    .digest("base64");
}

/** Entities read back from the cache, as fresh objects. */
export function cachedEntities(json: string): Extraction["entities"] {
  return JSON.parse(json) as Extraction["entities"];
}
