/**
 * Procedures a browser user may call: full-text search and schema introspection. Everything else
 * (`dbms.*`, `db.clearQueryCaches`, `apoc.*`, …) is refused even when it would run in a read
 * transaction. Names are lower case.
 */
const ALLOWED_PROCEDURES = new Set([
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
]);

/** Administration commands (users, roles, privileges, settings, databases, transactions). */
const ADMIN_COMMAND =
  /(^|[;\s])(show\s+(current\s+user|users?|roles?|(\w+\s+)*privileges?|settings?|transactions?|servers?|aliases|(home\s+|default\s+)?databases?)|terminate\s+transactions?|grant|deny|revoke|use)\b/i;

/** Text as the database will read it: Unicode folded, invisible characters and comments removed. */
function normalise(query: string): string {
  return query
    .normalize("NFKC")
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ");
}

/**
 * Why `query` may not run from the API, or null. Writes need no check here — the read
 * transaction makes the database refuse them — this covers what a read transaction still allows:
 * file and URL reads (`LOAD CSV`), procedures beyond search and schema, administration commands.
 */
export function unsafeCypherReason(query: string): string | null {
  const text = normalise(query);
  if (/\bload\s+csv\b/i.test(text)) return "LOAD CSV is not allowed from the API";
  for (const m of text.matchAll(/\bcall\s+([a-z_`][\w.`]*)/gi)) {
    const name = m[1]!.replace(/`/g, "").toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) return `procedure ${name} is not allowed from the API`;
  }
  if (ADMIN_COMMAND.test(text)) return "administration commands are not allowed from the API";
  return null;
}
