import { openDriver } from "@paperkg/store";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

describe("the Neo4j the launcher starts", () => {
  const conn = inject("neo4j");
  let driver: Driver;
  const tag = `roundtrip-${process.pid}-${Date.now()}`;

  beforeAll(() => {
    driver = openDriver(conn);
  });
  afterAll(async () => {
    await driver.executeQuery(
      "MATCH (n:RoundTrip {tag: $tag}) DETACH DELETE n",
      { tag },
      { database: conn.database },
    );
    await driver.close();
  });

  it("writes nodes and a relationship and reads them back", async () => {
    await driver.executeQuery(
      "CREATE (:RoundTrip {tag: $tag, name: 'a'})-[:LINKS {w: 2}]->(:RoundTrip {tag: $tag, name: 'b'})",
      { tag },
      { database: conn.database },
    );
    const res = await driver.executeQuery(
      "MATCH (a:RoundTrip {tag: $tag})-[r:LINKS]->(b:RoundTrip {tag: $tag}) RETURN a.name AS a, b.name AS b, r.w AS w",
      { tag },
      { database: conn.database, routing: "READ" },
    );
    expect(res.records.map((r) => r.toObject())).toEqual([{ a: "a", b: "b", w: 2 }]);
  });

  it("refuses writes inside a read transaction", async () => {
    const session = driver.session({ database: conn.database, defaultAccessMode: "READ" });
    try {
      await expect(
        session.executeRead((tx) => tx.run("CREATE (:RoundTrip {tag: $tag})", { tag })),
      ).rejects.toThrow(/write|read/i);
    } finally {
      await session.close();
    }
  });
});
