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
  type GraphAnalytics,
  type GraphSnapshot,
  NodePlacement,
  PaperLink,
  PaperNode,
  RELATIONSHIP_TYPES,
  RelationshipType,
} from "./GraphSnapshot.ts";
export { fnv1a, normalizeTitle, paperIdFromTitle } from "./normalizeTitle.ts";
export { IsoDate, Paper, Source } from "./Paper.ts";
