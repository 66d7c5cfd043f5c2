export { type AnalyticsArrays, analyticsArrays } from "./analyticsArrays.ts";
export { baselineAnalytics } from "./baselineAnalytics.ts";
export {
  type AnalyticsEdge,
  type AnalyticsNode,
  buildAnalyticsGraph,
  LINK_WEIGHTS,
} from "./buildAnalyticsGraph.ts";
export { type BuildSnapshotOptions, buildSnapshot, type SnapshotResult } from "./buildSnapshot.ts";
export { communityGraph } from "./communityGraph.ts";
export { type AnalyticsOptions, computeAnalytics, DEFAULT_ANALYTICS_OPTIONS } from "./computeAnalytics.ts";
export { type CommunityResult, detectCommunities, OTHER_COMMUNITY } from "./detectCommunities.ts";
export { EXPORT_MEDIA, exportGraph } from "./export/exportGraph.ts";
export {
  ADMIN_ARRAY_DELIMITER,
  ADMIN_EMPTY_LISTS,
  type AdminEmptyList,
  type AdminImportFile,
  type AdminImportHashes,
  type AdminImportSnapshot,
  neo4jAdminImport,
} from "./export/neo4jAdminImport.ts";
export { toCsv } from "./export/toCsv.ts";
export { cypherLiteral, cypherName, toCypherScript } from "./export/toCypherScript.ts";
export { toGexf } from "./export/toGexf.ts";
export { toGraphJson } from "./export/toGraphJson.ts";
export { toGraphml } from "./export/toGraphml.ts";
export { findHubs } from "./findHubs.ts";
export { labelCommunities } from "./labelCommunities.ts";
export { layoutGraph } from "./layoutGraph.ts";
export { type CommunityLineage, matchCommunities } from "./matchCommunities.ts";
export { type LayoutQuality, measureLayout, type PlacedNode } from "./measureLayout.ts";
export { mulberry32 } from "./mulberry32.ts";
export {
  buildSiteData,
  DEFAULT_SITE_DATA_OPTIONS,
  type SiteDataOptions,
  type SiteDataResult,
  type SiteFile,
  type SiteSource,
} from "./site/buildSiteData.ts";
export { siteDataScript } from "./site/siteDataScript.ts";
export { fromPaperNode, toPaperNode } from "./toPaperNode.ts";
export {
  KEEP_LABEL_CHANGE,
  type PreviousAnalytics,
  type PreviousLabel,
  type PreviousPlacement,
  updateAnalytics,
} from "./updateAnalytics.ts";
