import { describe, expect, it } from "vitest";
import { unsafeCypherReason } from "./unsafeCypherReason.ts";

describe("unsafeCypherReason", () => {
  const refused: string[] = [
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "LOAD/**/CSV FROM 'x' AS l RETURN l",
    "CALL dbms.listConfig()",
    "CALL `dbms`.`listConfig`()",
    "CALL db.clearQueryCaches()",
    "call apoc.cypher.runWrite('CREATE (n)', {})",
    "SHOW USERS",
    "show current user",
    "SHOW ALL PRIVILEGES",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "USE system SHOW USERS",
    "MATCH (n) RETURN n; CALL db.clearQueryCaches()",
    "CALL\u200b dbms.listConfig()",
  ];
  const allowed: string[] = [
    "MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark) RETURN b.name, count(p)",
    "CALL db.index.fulltext.queryNodes('paper_text', 'reasoning') YIELD node RETURN node.title",
    "CALL db.labels()",
    "MATCH (p:Paper) CALL (p) { MATCH (p)-->(e) RETURN count(e) AS n } RETURN p.id, n",
    "MATCH (p:Paper) WHERE p.title CONTAINS 'show users' RETURN p",
    "MATCH (u:User) RETURN u.name AS user // use this carefully",
  ];
  it.each(refused)("refuses %s", (q) => expect(unsafeCypherReason(q)).not.toBeNull());
  it.each(allowed)("allows %s", (q) => expect(unsafeCypherReason(q)).toBeNull());
});
