export { Diagnostic } from "./Diagnostic.ts";
export {
  ENTITY_TYPES,
  EntityType,
  ExtractedEntity,
  Extraction,
  Mention,
  StatedResult,
} from "./Extraction.ts";
export { fnv1a, normalizeTitle, paperIdFromTitle } from "./normalizeTitle.ts";
export { IsoDate, Paper, Source } from "./Paper.ts";
