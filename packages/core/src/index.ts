export {
  ApiEdgeAttributes,
  ApiNodeAttributes,
  BenchmarkInfo,
  BenchmarkList,
  BenchmarkPapers,
  CommunityInfo,
  CommunityList,
  CypherResponse,
  GraphPayload,
  GraphView,
  Health,
  PathHop,
  PathResult,
  SearchHit,
  SearchResult,
  SharedBenchmarks,
} from "./api.ts";
export { API_ERROR_STATUS, ApiError, ApiErrorCode } from "./apiErrors.ts";
export * from "./codecs/index.ts";
export { COMMUNITY_PALETTE, communityColor } from "./communityColor.ts";
export { Diagnostic } from "./Diagnostic.ts";
export { ExtractedEntity, Extraction, Mention, StatedResult } from "./Extraction.ts";
export { encodeExportQuery, encodeQuery, type QueryValue, type QueryValues } from "./encodeQuery.ts";
export {
  CommunitySummary,
  EntityNode,
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
  type GraphAnalytics,
  type GraphSnapshot,
  NodePlacement,
  PaperLink,
  PaperNode,
} from "./GraphSnapshot.ts";
export * from "./kinds.ts";
export {
  ApiLink,
  type CommunityDetailNode,
  CommunityProperties,
  DetailNode,
  type EntityDetailNode,
  EntityProperties,
  NodeDetail,
  NodeRef,
  type PaperDetailNode,
  PaperProperties,
} from "./NodeDetail.ts";
export { fnv1a, normalizeTitle, paperIdFromTitle } from "./normalizeTitle.ts";
export { IsoDate, Paper, Source } from "./Paper.ts";
export * from "./requests.ts";
