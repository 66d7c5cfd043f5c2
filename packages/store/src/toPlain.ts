import { areaKey, communityKey, NODE_LABELS } from "@paperkg/core";
import neo4j, { isNode, isPath, isRelationship } from "neo4j-driver";

export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Collects the nodes and relationships met while converting a result, for drawing it as a graph. */
export interface GraphCollector {
  nodes: Map<string, PlainNode>;
  edges: Map<string, PlainEdge>;
}

/**
 * Point edges at their nodes' `id`s once every value is converted: a relationship can come before
 * its end nodes in a row (`RETURN r, b`), when only element ids are known.
 */
export function resolveEdgeEnds(collector: GraphCollector, idOf: Map<string, string>): PlainEdge[] {
  return [...collector.edges.values()].map((e) => ({
    ...e,
    source: idOf.get(e.source) ?? e.source,
    target: idOf.get(e.target) ?? e.target,
  }));
}

/** A node's key: its `id`, `community:<n>` / `area:<n>` for a community / an area (as the map keys them), else its element id. */
function nodeKey(n: { elementId: string; labels: string[]; properties: Record<string, unknown> }): string {
  const id = n.properties.id;
  if (typeof id === "string") return id;
  if (n.labels.includes(NODE_LABELS.community) && (neo4j.isInt(id) || typeof id === "number"))
    return communityKey(Number(id));
  if (n.labels.includes(NODE_LABELS.area) && (neo4j.isInt(id) || typeof id === "number"))
    return areaKey(Number(id));
  return n.elementId;
}

/**
 * Turn a driver value into JSON-safe data: nodes become `{id, labels, properties}`, relationships
 * `{id, type, source, target, properties}`, paths lists of both, temporals ISO strings.
 */
export function toPlain(value: unknown, collector?: GraphCollector, idOf?: Map<string, string>): unknown {
  const ids = idOf ?? new Map<string, string>();
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map((v) => toPlain(v, collector, ids));
  if (isNode(value as never)) {
    const n = value as unknown as {
      elementId: string;
      labels: string[];
      properties: Record<string, unknown>;
    };
    const plain: PlainNode = { id: nodeKey(n), labels: n.labels, properties: plainProps(n.properties) };
    ids.set(n.elementId, plain.id);
    collector?.nodes.set(plain.id, plain);
    return plain;
  }
  if (isRelationship(value as never)) {
    const r = value as unknown as {
      elementId: string;
      type: string;
      startNodeElementId: string;
      endNodeElementId: string;
      properties: Record<string, unknown>;
    };
    const plain: PlainEdge = {
      id: r.elementId,
      type: r.type,
      source: ids.get(r.startNodeElementId) ?? r.startNodeElementId,
      target: ids.get(r.endNodeElementId) ?? r.endNodeElementId,
      properties: plainProps(r.properties),
    };
    collector?.edges.set(plain.id, plain);
    return plain;
  }
  if (isPath(value as never)) {
    const p = value as unknown as {
      segments: { start: unknown; relationship: unknown; end: unknown }[];
      start: unknown;
    };
    const out: unknown[] = [toPlain(p.start, collector, ids)];
    for (const s of p.segments) {
      toPlain(s.start, collector, ids);
      const end = toPlain(s.end, collector, ids);
      out.push(toPlain(s.relationship, collector, ids), end);
    }
    return out;
  }
  if (typeof value === "object") {
    const v = value as { toString?: () => string; constructor?: { name?: string } };
    const ctor = v.constructor?.name;
    if (
      ctor &&
      ["Date", "DateTime", "LocalDateTime", "LocalTime", "Time", "Duration", "Point"].includes(ctor)
    ) {
      return String(v);
    }
    return plainProps(value as Record<string, unknown>, collector, ids);
  }
  return value;
}

function plainProps(
  props: Record<string, unknown>,
  collector?: GraphCollector,
  ids?: Map<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v, collector, ids);
  return out;
}
