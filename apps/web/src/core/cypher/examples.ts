/** Queries to start from in the Cypher console (read-only; they follow the graph model in DESIGN.md). */
export const CYPHER_EXAMPLES: { title: string; query: string }[] = [
  {
    title: "Papers sharing a benchmark",
    query:
      "MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark)<-[:EVALUATES_ON]-(q:Paper)\nWHERE p.id < q.id\nRETURN b.name, p.title, q.title\nLIMIT 50",
  },
  {
    title: "Most used benchmarks",
    query:
      "MATCH (b:Benchmark)<-[:EVALUATES_ON]-(p:Paper)\nRETURN b.name AS benchmark, count(p) AS papers\nORDER BY papers DESC\nLIMIT 20",
  },
  {
    title: "Stated results",
    query:
      "MATCH (p:Paper)-[r:EVALUATES_ON]->(b:Benchmark)\nWHERE r.value IS NOT NULL\nRETURN b.name, r.metric, r.value, p.title\nORDER BY b.name\nLIMIT 50",
  },
  {
    title: "A model's neighbourhood (graph)",
    query:
      "MATCH (m:Model)<-[r:USES_MODEL]-(p:Paper)\nWITH m, count(p) AS n ORDER BY n DESC LIMIT 3\nMATCH (m)<-[r:USES_MODEL]-(p:Paper)\nRETURN m, r, p",
  },
  {
    title: "Methods proposed per community",
    query:
      "MATCH (p:Paper)-[:PROPOSES]->(m:Method)\nRETURN p.community AS community, collect(m.name)[..8] AS methods, count(m) AS n\nORDER BY n DESC",
  },
];

const HISTORY_KEY = "paperkg.cypherHistory";
export const HISTORY_SIZE = 25;

/** A query added on top of a history list, without duplicates, capped. */
export function pushHistory(history: readonly string[], query: string): string[] {
  const q = query.trim();
  return q ? [q, ...history.filter((h) => h !== q)].slice(0, HISTORY_SIZE) : [...history];
}

export function loadHistory(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").slice(0, HISTORY_SIZE) : [];
  } catch {
    return [];
  }
}

export function saveHistory(history: readonly string[]): void {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Private mode or full storage: history stays in memory only.
  }
}
