export {
  ApiEdgeAttributes,
  ApiNodeAttributes,
  BenchmarkInfo,
  BenchmarkList,
  BenchmarkPapers,
  CommunityInfo,
  CommunityList,
  CypherResponse,
  FinderMatch,
  FinderResult,
  GraphPayload,
  GraphView,
  Health,
  Leaderboard,
  LeaderboardRow,
  PathHop,
  PathResult,
  RelatedPapers,
  Rising,
  SearchHit,
  SearchResult,
  SharedBenchmarks,
  Trends,
} from "./api.ts";
export { API_ERROR_STATUS, ApiError, ApiErrorCode } from "./apiErrors.ts";
export { Changes, SnapshotInfo } from "./Changes.ts";
export { AREA_KEY_PREFIX, areaKey, parseAreaKey } from "./codecs/areaKey.ts";
export {
  COMMUNITY_KEY_PREFIX,
  communityKey,
  isCommunityKey,
  parseCommunityKey,
} from "./codecs/communityKey.ts";
export { entityId, labelOfId } from "./codecs/nodeId.ts";
export { encodeSource, parseSource } from "./codecs/source.ts";
export { encodeSpan, parseSpan, type Span, SpanField } from "./codecs/span.ts";
export {
  assignCommunityColors,
  COLOR_NEIGHBOURS,
  COMMUNITY_PALETTE,
  communityColor,
  NO_COMMUNITY_COLOR,
  type PlacedCommunity,
} from "./communityColor.ts";
export { Diagnostic } from "./Diagnostic.ts";
export { ExtractedEntity, Extraction, Mention, StatedResult } from "./Extraction.ts";
export { encodeExportQuery, encodeQuery, type GetExportSelector, type QueryValues } from "./encodeQuery.ts";
export {
  AreaSummary,
  CommunitySummary,
  EntityNode,
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
  type GraphAnalytics,
  type GraphSnapshot,
  GroupLink,
  LinkResult,
  NodePlacement,
  PaperLink,
  PaperNode,
} from "./GraphSnapshot.ts";
export {
  AREA_LABEL,
  cypherTypes,
  DERIVED_EDGE_TYPES,
  ENTITY_LABEL_LIST,
  ENTITY_LABELS,
  ENTITY_TYPES,
  type EntityLabel,
  EntityType,
  GROUP_KINDS,
  type GroupKind,
  IN_COMMUNITY,
  isEntityType,
  isGroupKind,
  kindOfLabel,
  MEMBER_KINDS,
  MemberKind,
  NODE_KINDS,
  NODE_LABEL_LIST,
  NODE_LABELS,
  NodeKind,
  type NodeLabel,
  PAPER_LINKS,
  PROPOSABLE_TYPES,
  PROPOSES,
  RELATIONSHIP_TYPES,
  RelationshipType,
  relationshipOf,
  relationshipsTo,
  SNAPSHOT_LABEL,
  USE_RELATIONSHIPS,
} from "./kinds.ts";
export type { DrawnLabel, DrawnNode, MapMarks } from "./MapMarks.ts";
export {
  ApiLink,
  DetailNode,
  type EntityDetailNode,
  LinkedPaper,
  NodeDetail,
  NodePapers,
  NodeRef,
  type PaperDetailNode,
} from "./NodeDetail.ts";
export { fnv1a, normalizeTitle, paperIdFromTitle } from "./normalizeTitle.ts";
export { PackedCommunities, packCommunities, unpackCommunities } from "./PackedCommunities.ts";
export { IsoDate, Paper, Source } from "./Paper.ts";
export {
  BenchmarksQuery,
  ChangesQuery,
  CypherRequest,
  dateRangeEnd,
  dateRangeStart,
  EXPORT_FORMATS,
  ExportFormat,
  ExportQuery,
  ExportRequest,
  ExportSelector,
  FINDER_SORTS,
  FinderQuery,
  FinderSort,
  GraphQuery,
  IdParams,
  MAX_EXPORT_IDS,
  NeighborsQuery,
  NodePapersQuery,
  PathQuery,
  RelatedQuery,
  RisingQuery,
  SearchQuery,
  SharedBenchmarksQuery,
  SnapshotId,
  TREND_BUCKETS,
  TrendBucket,
  TrendsQuery,
} from "./requests.ts";
export {
  evidenceOfSpans,
  SITE_DATA_CALLBACK,
  SITE_FORMAT_VERSION,
  SiteBenchmarkRow,
  SiteBoardChunk,
  SiteCommunity,
  SiteIndex,
  SiteLink,
  SiteManifest,
  SitePaperChunk,
  sentenceAt,
  siteChunk,
} from "./SiteData.ts";
export { DEFAULT_VIEW_LINKS, MAX_VIEW_LINKS, strongestLinks } from "./strongestLinks.ts";
export { ViewCypher } from "./ViewCypher.ts";
