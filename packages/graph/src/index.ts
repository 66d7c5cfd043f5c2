export {
  type AnalyticsEdge,
  type AnalyticsNode,
  buildAnalyticsGraph,
  LINK_WEIGHTS,
} from "./buildAnalyticsGraph.ts";
export { buildSnapshot, type SnapshotResult } from "./buildSnapshot.ts";
export { type AnalyticsOptions, computeAnalytics, DEFAULT_ANALYTICS_OPTIONS } from "./computeAnalytics.ts";
export { type CommunityResult, detectCommunities } from "./detectCommunities.ts";
export { GraphError, type GraphErrorCode } from "./GraphError.ts";
export { labelCommunities } from "./labelCommunities.ts";
export { layoutGraph } from "./layoutGraph.ts";
export { mulberry32 } from "./mulberry32.ts";
export { relationshipTypeOf } from "./relationshipTypeOf.ts";
export { fromPaperNode, toPaperNode } from "./toPaperNode.ts";
