import { ENTITY_TYPES, type EntityType, NODE_LABELS, type NodeKind, type NodeLabel } from "../kinds.ts";
import { AREA_KEY_PREFIX } from "./areaKey.ts";
import { COMMUNITY_KEY_PREFIX } from "./communityKey.ts";

/** `<type>:<normalised key>`: the id of an entity, stable across runs. */
export function entityId(type: EntityType, key: string): string {
  return `${type}:${key}`;
}

const PREFIX_KINDS = new Map<string, NodeKind>([
  ...ENTITY_TYPES.map((t) => [t, t] as const),
  [COMMUNITY_KEY_PREFIX.slice(0, -1), "community"],
  [AREA_KEY_PREFIX.slice(0, -1), "area"],
]);

/**
 * The kind of node an id names: entity ids start with their type (`benchmark:gsm8k`), community
 * nodes are `community:<n>` and area nodes `area:<n>` in the API, everything else is a paper.
 */
export function kindOfId(id: string): NodeKind {
  const colon = id.indexOf(":");
  return (colon > 0 && PREFIX_KINDS.get(id.slice(0, colon))) || "paper";
}

/** The Neo4j label of the node an id names; lets reads use the per-label id index instead of scanning. */
export function labelOfId(id: string): NodeLabel {
  return NODE_LABELS[kindOfId(id)];
}
