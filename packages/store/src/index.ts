export { contentFingerprint } from "./contentFingerprint.ts";
export { contentHashes } from "./contentHashes.ts";
export { UPSERT_LINKS } from "./cypher.ts";
export { ensureSchema } from "./ensureSchema.ts";
export { type GraphFingerprint, graphFingerprint } from "./graphFingerprint.ts";
export {
  acquireIngestLock,
  DEFAULT_INGEST_LOCK_TTL_MS,
  type IngestLock,
  type IngestLockOptions,
} from "./ingest/acquireIngestLock.ts";
export {
  beginSnapshot,
  completeSnapshot,
  lastSnapshot,
  type SnapshotAnalytics,
  type SnapshotRef,
} from "./ingest/ingestSnapshots.ts";
export { readChanges } from "./ingest/readChanges.ts";
export {
  readPlacements,
  type StoredLabel,
  type StoredPlacement,
  sortGroups,
} from "./ingest/readPlacements.ts";
export { writeCommunityLineage } from "./ingest/writeCommunityLineage.ts";
export { integerParams } from "./integerParams.ts";
export { connectionFromEnv, Neo4jConnection } from "./Neo4jConnection.ts";
export { openDriver } from "./openDriver.ts";
export { type ExplainedQuery, type PlanOperator, planRefusal } from "./planRefusal.ts";
export * from "./readModel/index.ts";
export { readStoredPapers } from "./readStoredPapers.ts";
export * from "./reads/index.ts";
export { type BatchOptions, runBatches } from "./runBatches.ts";
export { type CypherOptions, type CypherResult, DEFAULT_CYPHER_OPTIONS, runCypher } from "./runCypher.ts";
export { StoreError, type StoreErrorCode, toStoreError } from "./StoreError.ts";
export { type GraphCollector, type PlainEdge, type PlainNode, toPlain } from "./toPlain.ts";
export * from "./viewCypher/index.ts";
export { type StoredGroups, writeAnalytics } from "./writeAnalytics.ts";
export {
  DEFAULT_BATCH_SIZE,
  type WriteCounts,
  type WriteOptions,
  writeLinks,
  writeSnapshot,
} from "./writeSnapshot.ts";
