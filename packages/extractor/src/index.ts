export type { Candidate } from "./Candidate.ts";
export {
  type CorpusPassStore,
  CorpusRecordMeta,
  type StoredCorpusRecord,
} from "./CorpusPassStore.ts";
export { EXTRACTOR_ERROR_CODES, ExtractorError, type ExtractorErrorCode } from "./ExtractorError.ts";
export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions, resolveExtractOptions } from "./extractOptions.ts";
export { extractorFingerprint } from "./extractorFingerprint.ts";
export { type ExtractNotice, extractPaper, extractPaperWithNotices, type PaperText } from "./extractPaper.ts";
export { type ExtractPapersOptions, extractPapers } from "./extractPapers.ts";
export { extractPapersLocal, type LocalResult } from "./extractPapersLocal.ts";
export { extractPapersParallel, type ParallelOptions } from "./extractPapersParallel.ts";
export { type AcronymDefinition, findAcronymDefinitions } from "./findAcronymDefinitions.ts";
export { type GraphEffect, graphEffect } from "./graphEffect.ts";
export { cachedEntities, type LocalExtractionCache, localCacheKey } from "./LocalExtractionCache.ts";
export { longFormKey } from "./longFormKey.ts";
export { HUB_MIN_PAPERS, HUB_SHARE, listHubs, markHubs } from "./markHubs.ts";
export { compactKey, slugKey } from "./normalizeKey.ts";
export { resolveCorpusAliases } from "./resolveCorpusAliases.ts";
export { type CorpusPassResult, runCorpusPass } from "./runCorpusPass.ts";
export {
  type GoldPaper,
  genericConceptShare,
  goldFromLabelled,
  type LabelledAbstract,
  labelledSplit,
  type MatchMode,
  matchKey,
  scoreExtractions,
  type TypeScore,
} from "./scoreExtractions.ts";
