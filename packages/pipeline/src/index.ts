export { analyticsMode, INCREMENTAL_MAX_GROWTH } from "./analyticsMode.ts";
export { type BuildGraphOptions, type BuiltGraph, buildGraph } from "./buildGraph.ts";
export { type ExtractSnapshotOptions, extractSnapshot, type SnapshotPartStore } from "./extractSnapshot.ts";
export { FileCorpusPassStore } from "./FileCorpusPassStore.ts";
export { FileExtractionCache } from "./FileExtractionCache.ts";
export { FilePapersCache } from "./FilePapersCache.ts";
export { type CachedAnalytics, FilePlacementsCache } from "./FilePlacementsCache.ts";
export { FileSnapshotParts } from "./FileSnapshotParts.ts";
export type { IngestReport } from "./IngestReport.ts";
export { isUnchangedInput, paperContentHash } from "./isUnchangedInput.ts";
export { mergeStoredPapers } from "./mergeStoredPapers.ts";
export {
  PIPELINE_STAGES,
  type PipelineEvent,
  type PipelineListener,
  type PipelineStage,
} from "./PipelineEvent.ts";
export { type IngestOptions, runIngest } from "./runIngest.ts";
