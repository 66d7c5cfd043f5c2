import { z } from "zod";

/**
 * The graph's vocabulary, spelled here and nowhere else: what the extractor finds (entity types),
 * what the map shows (node kinds), what Neo4j stores (labels, relationship types) and the maps
 * between them. Everything else derives its lists from these constants.
 */

/** What the extractor finds in an abstract. */
export const ENTITY_TYPES = ["method", "benchmark", "model", "task", "concept"] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** Papers and entities: the nodes an ingest writes and communities group. */
export const MEMBER_KINDS = ["paper", ...ENTITY_TYPES] as const;
export const MemberKind = z.enum(MEMBER_KINDS);
export type MemberKind = z.infer<typeof MemberKind>;

/**
 * Every kind of node the API returns: papers, entities, community nodes and area nodes (the level
 * above communities: Louvain on the community graph, the corpus overview).
 */
export const NODE_KINDS = [...MEMBER_KINDS, "community", "area"] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/** Neo4j label of each entity type. */
export const ENTITY_LABELS = {
  method: "Method",
  benchmark: "Benchmark",
  model: "Model",
  task: "Task",
  concept: "Concept",
} as const satisfies Record<EntityType, string>;
export type EntityLabel = (typeof ENTITY_LABELS)[EntityType];

/** Neo4j label of each node kind. */
export const NODE_LABELS = {
  paper: "Paper",
  ...ENTITY_LABELS,
  community: "Community",
  area: "Area",
} as const satisfies Record<NodeKind, string>;
export type NodeLabel = (typeof NODE_LABELS)[NodeKind];

/** Neo4j label of the level above communities (Louvain on the community graph). */
export const AREA_LABEL = NODE_LABELS.area;

/** Aggregate node kinds: one node standing for many on the overview levels. */
export const GROUP_KINDS = ["community", "area"] as const satisfies readonly NodeKind[];
export type GroupKind = (typeof GROUP_KINDS)[number];

/** Whether `kind` is an aggregate (a community or an area node), which a click opens. */
export function isGroupKind(kind: string): kind is GroupKind {
  return (GROUP_KINDS as readonly string[]).includes(kind);
}

/** Neo4j label of the record each ingest leaves (inputs, counts, `complete`); never an API node kind. */
export const SNAPSHOT_LABEL = "Snapshot";

/** Labels in a fixed order: papers, the entity labels, communities, areas. */
export const ENTITY_LABEL_LIST: readonly EntityLabel[] = ENTITY_TYPES.map((t) => ENTITY_LABELS[t]);
export const NODE_LABEL_LIST: readonly NodeLabel[] = NODE_KINDS.map((k) => NODE_LABELS[k]);

const KIND_OF_LABEL = new Map<string, NodeKind>(NODE_KINDS.map((k) => [NODE_LABELS[k], k]));

/** The node kind of a Neo4j label (`Benchmark` → `benchmark`), or null for a label we do not write. */
export function kindOfLabel(label: string): NodeKind | null {
  return KIND_OF_LABEL.get(label) ?? null;
}

/** Whether `kind` is an entity type (not a paper or community). */
export function isEntityType(kind: string): kind is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(kind);
}

/** Paper → entity relationship when the paper uses (does not introduce) an entity of each type. */
export const USE_RELATIONSHIPS = {
  method: "USES",
  benchmark: "EVALUATES_ON",
  model: "USES_MODEL",
  task: "ADDRESSES",
  concept: "MENTIONS",
} as const satisfies Record<EntityType, string>;

/** Paper → entity relationship when the paper introduces the entity. */
export const PROPOSES = "PROPOSES";

/** Entity types a paper can introduce (a `proposed` extraction becomes PROPOSES). */
export const PROPOSABLE_TYPES = ["method", "model", "benchmark"] as const satisfies readonly EntityType[];

/** Every Paper → entity relationship type. */
export const RELATIONSHIP_TYPES = [PROPOSES, ...ENTITY_TYPES.map((t) => USE_RELATIONSHIPS[t])] as [
  typeof PROPOSES,
  ...(typeof USE_RELATIONSHIPS)[EntityType][],
];
export const RelationshipType = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipType>;

/** Node → its Community node. */
export const IN_COMMUNITY = "IN_COMMUNITY";

/** Edge types the API derives (never stored): papers sharing entities, entities sharing papers, communities linked. */
export const DERIVED_EDGE_TYPES = { shares: "SHARES", coOccurs: "CO_OCCURS", links: "LINKS" } as const;

const proposable = new Set<EntityType>(PROPOSABLE_TYPES);

/** The Paper → entity relationship type: PROPOSES for a method, model or benchmark the paper introduces. */
export function relationshipOf(type: EntityType, proposed: boolean): RelationshipType {
  return proposed && proposable.has(type) ? PROPOSES : USE_RELATIONSHIPS[type];
}

/** Relationship types that can link a paper to an entity of `type` (e.g. EVALUATES_ON and PROPOSES for benchmarks). */
export function relationshipsTo(type: EntityType): RelationshipType[] {
  return proposable.has(type) ? [USE_RELATIONSHIPS[type], PROPOSES] : [USE_RELATIONSHIPS[type]];
}

/** A Cypher relationship-type alternation (`EVALUATES_ON|PROPOSES`); every name is from the closed sets above. */
export function cypherTypes(types: readonly RelationshipType[]): string {
  return types.join("|");
}

/** Every Paper → entity relationship as one Cypher alternation. */
export const PAPER_LINKS = cypherTypes(RELATIONSHIP_TYPES);
