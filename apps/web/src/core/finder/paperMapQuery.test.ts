import { describe, expect, it } from "vitest";
import { paperMapQuery } from "./paperMapQuery.ts";

describe("paperMapQuery", () => {
  const cases: [string[], string[], string][] = [
    [["2501.00001"], [], 'MATCH (p:Paper) WHERE p.id IN ["2501.00001"]\nRETURN p'],
    [
      ["a", 'b"}) DETACH DELETE p //'],
      ["method:x"],
      'MATCH (p:Paper) WHERE p.id IN ["a", "b\\"}) DETACH DELETE p //"]\nOPTIONAL MATCH (p)-[r]->(e) WHERE e.id IN ["method:x"]\nRETURN p, r, e',
    ],
  ];
  it.each(cases)("%j %j", (papers, entities, cypher) => {
    expect(paperMapQuery(papers, entities)).toBe(cypher);
  });
});
