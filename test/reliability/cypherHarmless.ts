/**
 * Read queries the Cypher guard must let through, chosen so a text-level filter would stumble:
 * strings and names that hold "we use", "we call", "//", "/*", keywords of refused commands, the
 * separators U+001C–U+001F as whitespace, allowed procedures and built-in namespaced functions.
 * `rows`, when given, is the exact answer (independent of the graph's content).
 */
export interface HarmlessCypher {
  query: string;
  params?: Record<string, unknown>;
  rows?: Record<string, unknown>[];
}

export const CYPHER_HARMLESS: HarmlessCypher[] = [
  { query: "RETURN 'we use a transformer' AS s", rows: [{ s: "we use a transformer" }] },
  { query: "RETURN 'we call it RLVR' AS s", rows: [{ s: "we call it RLVR" }] },
  { query: 'RETURN "we use // and /* both */" AS s', rows: [{ s: "we use // and /* both */" }] },
  { query: "RETURN 'https://github.com/org/repo' AS url", rows: [{ url: "https://github.com/org/repo" }] },
  { query: "RETURN '/*' AS a, '*/' AS b", rows: [{ a: "/*", b: "*/" }] },
  {
    query:
      "RETURN 'LOAD CSV FROM x' AS a, 'CALL dbms.listConfig()' AS b, 'SHOW USERS' AS c, 'USE system' AS d",
    rows: [{ a: "LOAD CSV FROM x", b: "CALL dbms.listConfig()", c: "SHOW USERS", d: "USE system" }],
  },
  { query: "RETURN 1 AS x // we use LOAD CSV and call dbms.listConfig() here", rows: [{ x: 1 }] },
  { query: "/* we call dbms.listConfig(); SHOW USERS */ RETURN 2 AS x", rows: [{ x: 2 }] },
  { query: "RETURN 3 AS x /* USE system */", rows: [{ x: 3 }] },
  { query: "WITH 1 AS `we use` RETURN `we use` AS x", rows: [{ x: 1 }] },
  { query: "WITH 4 AS `//` RETURN `//` AS x", rows: [{ x: 4 }] },
  { query: "WITH 5 AS `/*` RETURN `/*` AS x", rows: [{ x: 5 }] },
  { query: "RETURN 6 AS x //\r", rows: [{ x: 6 }] },
  { query: "RETURN\u001c7\u001dAS\u001ex\u001f", rows: [{ x: 7 }] },
  { query: "RETURN toUpper('we call') AS s", rows: [{ s: "WE CALL" }] },
  { query: "RETURN size('we use //') AS n", rows: [{ n: 9 }] },
  {
    query: "RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d",
    rows: [{ d: 5 }],
  },
  { query: "RETURN toString(date.truncate('month', date('2024-05-17'))) AS d", rows: [{ d: "2024-05-01" }] },
  { query: "RETURN duration.between(date('2024-01-01'), date('2024-01-31')).days AS d", rows: [{ d: 30 }] },
  { query: "RETURN vector.similarity.cosine([1.0, 0.0], [1.0, 0.0]) AS s", rows: [{ s: 1 }] },
  {
    query: "UNWIND range(1, 10) AS i RETURN i LIMIT $n",
    params: { n: 3 },
    rows: [{ i: 1 }, { i: 2 }, { i: 3 }],
  },
  {
    query: "UNWIND range(1, 10) AS i RETURN i SKIP $skip LIMIT $n",
    params: { skip: 8, n: 5 },
    rows: [{ i: 9 }, { i: 10 }],
  },
  { query: "RETURN range(0, $n) AS r", params: { n: 2 }, rows: [{ r: [0, 1, 2] }] },
  { query: "MATCH (p:Paper) WHERE p.abstract CONTAINS 'we use' RETURN count(p) AS n" },
  { query: "MATCH (p:Paper) WHERE p.abstract CONTAINS '//' OR p.title CONTAINS '/*' RETURN count(p) AS n" },
  { query: "MATCH (p:Paper) RETURN p.title LIMIT $n", params: { n: 2 } },
  {
    query:
      "MATCH (p:Paper) CALL (p) { MATCH (p)-[r]->() RETURN count(r) AS links } RETURN p.id, links LIMIT 5",
  },
  {
    query:
      "MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark)<-[:EVALUATES_ON]-(q:Paper) WHERE p.id < q.id RETURN b.name, p.title, q.title LIMIT 5",
  },
  { query: "CALL db.labels() YIELD label RETURN label" },
  { query: "CALL db.relationshipTypes()" },
  { query: "CALL db.propertyKeys() YIELD propertyKey RETURN count(propertyKey) AS n" },
  { query: "CALL db.schema.visualization()" },
  {
    query:
      "CALL db.index.fulltext.queryNodes('paper_text', 'we use') YIELD node, score RETURN node.id, score LIMIT 3",
  },
  {
    query:
      "CALL db.index.fulltext.queryNodes('entity_names', 'reasoning') YIELD node RETURN node.name LIMIT 3",
  },
  { query: "EXPLAIN MATCH (p:Paper) RETURN p", rows: [] },
];
