/** Longest text one table cell shows. */
const MAX_CELL = 300;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A node as the server sends it (`{id, labels, properties}`): `Label: title or name`. */
function nodeText(v: Record<string, unknown>): string | null {
  if (!Array.isArray(v.labels) || !isRecord(v.properties) || typeof v.id !== "string") return null;
  const p = v.properties;
  const name = [p.title, p.name, p.label].find((x) => typeof x === "string" && x) ?? v.id;
  return `${v.labels[0] ?? "node"}: ${String(name)}`;
}

/** A relationship (`{id, type, source, target, properties}`): `source -[TYPE]-> target`. */
function relationshipText(v: Record<string, unknown>): string | null {
  if (typeof v.type !== "string" || typeof v.source !== "string" || typeof v.target !== "string") return null;
  return `${v.source} -[${v.type}]-> ${v.target}`;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(text).join(", ")}]`;
  if (isRecord(v)) return nodeText(v) ?? relationshipText(v) ?? JSON.stringify(v);
  return String(v);
}

/** What a Cypher result cell shows: nodes by label and name, relationships by type, lists inline. */
export function cellText(v: unknown): string {
  const s = text(v);
  return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…` : s;
}
