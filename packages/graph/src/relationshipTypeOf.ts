import type { EntityType, RelationshipType } from "@paperkg/core";

const BY_TYPE: Record<EntityType, RelationshipType> = {
  method: "USES",
  benchmark: "EVALUATES_ON",
  model: "USES_MODEL",
  task: "ADDRESSES",
  concept: "MENTIONS",
};

/** The Paper → entity relationship type: PROPOSES for a method, model or benchmark the paper introduces. */
export function relationshipTypeOf(type: EntityType, proposed: boolean): RelationshipType {
  if (proposed && (type === "method" || type === "model" || type === "benchmark")) return "PROPOSES";
  return BY_TYPE[type];
}
