import { ENTITY_TYPES, type EntityType } from "@paperkg/core";

/** Knobs of one extraction; every field has a default in `DEFAULT_EXTRACT_OPTIONS`. */
export interface ExtractOptions {
  /** Characters of the abstract that are read; the rest is skipped and reported (per-paper cap). */
  maxAbstractChars: number;
  /** Characters of the title that are read. */
  maxTitleChars: number;
  /** Tokens per field (a second cap, for inputs made of one-character tokens). */
  maxTokens: number;
  /** Mentions kept per entity (the first ones in reading order). */
  maxMentionsPerEntity: number;
  /** Longest evidence sentence, in characters (longer ones are windowed around the span). */
  maxSentenceChars: number;
  /** Entity types to emit. */
  types: readonly EntityType[];
  /** Read the Papers-with-Code benchmark and task lists too (off to score on SciREX, built from them). */
  pwcLexicons: boolean;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  maxAbstractChars: 20_000,
  maxTitleChars: 1_000,
  maxTokens: 8_000,
  maxMentionsPerEntity: 10,
  maxSentenceChars: 600,
  types: ENTITY_TYPES,
  pwcLexicons: true,
};

/** Defaults overlaid with the caller's choices. */
export function resolveExtractOptions(options?: Partial<ExtractOptions>): ExtractOptions {
  return { ...DEFAULT_EXTRACT_OPTIONS, ...options };
}
