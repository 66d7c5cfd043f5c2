export {
  ApiEdgeAttributes,
  ApiError,
  ApiLink,
  ApiNodeAttributes,
  BenchmarkInfo,
  BenchmarkList,
  BenchmarkPapers,
  CommunityInfo,
  CommunityList,
  CypherRequest,
  CypherResponse,
  EXPORT_FORMATS,
  ExportFormat,
  GraphPayload,
  GraphView,
  Health,
  NodeDetail,
  NodeKind,
  NodeRef,
  PathHop,
  PathResult,
  SearchHit,
  SearchResult,
  SharedBenchmarks,
} from "./api.ts";
export { COMMUNITY_PALETTE, communityColor } from "./communityColor.ts";
export { Diagnostic } from "./Diagnostic.ts";
export {
  ENTITY_TYPES,
  EntityType,
  ExtractedEntity,
  Extraction,
  Mention,
  StatedResult,
} from "./Extraction.ts";
export {
  CommunitySummary,
  ENTITY_LABELS,
  type EntityLabel,
  EntityNode,
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
  type GraphAnalytics,
  type GraphSnapshot,
  NodePlacement,
  PaperLink,
  PaperNode,
  RELATIONSHIP_TYPES,
  RelationshipType,
} from "./GraphSnapshot.ts";
export { communityKey, labelOfId } from "./labelOfId.ts";
export { fnv1a, normalizeTitle, paperIdFromTitle } from "./normalizeTitle.ts";
export { IsoDate, Paper, Source } from "./Paper.ts";
