import { createRequire } from "node:module";
import type nlpType from "compromise";

let nlp: typeof nlpType | null = null;

/**
 * compromise's full parser, loaded on first use (its CommonJS build, the same version and rules as
 * the ES module): only the rare paper no matcher finds anything in needs it, and loading it costs
 * ~0.2–0.5 s that every other process and worker is spared. Part-of-speech lookups use the
 * `englishLexicon` snapshot instead.
 */
export function loadCompromise(): typeof nlpType {
  nlp ??= createRequire(import.meta.url)("compromise") as typeof nlpType;
  return nlp;
}
