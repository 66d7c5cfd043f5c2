import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { computeAnalytics } from "../computeAnalytics.ts";
import { plantedSnapshot } from "../plantedSnapshot.testSupport.ts";
import { ADMIN_ARRAY_DELIMITER, neo4jAdminImport } from "./neo4jAdminImport.ts";

const { snapshot } = plantedSnapshot();
// one entity whose alias holds a `|` (the delimiter of old exports), and a title with quotes, commas and a newline
snapshot.entities[0] = { ...snapshot.entities[0]!, aliases: ["x|y", "plain"] };
snapshot.papers[0] = { ...snapshot.papers[0]!, title: 'A "quoted", title\nover two lines' };
const analytics = computeAnalytics(snapshot);
const files = new Map(
  neo4jAdminImport(snapshot, analytics, {
    inputs: ["in.jsonl"],
    inputCount: 9,
    settings: "{}",
    at: 1,
    nonce: "n1",
  }).map((f) => {
    const rows: string[][] = parse([...f.lines()].join(""), { relax_column_count: false });
    return [f.name, { kind: f.kind, header: rows[0]!, rows: rows.slice(1) }];
  }),
);
const column = (file: string, name: string) => {
  const f = files.get(file)!;
  const i = f.header.findIndex((h) => h === name || h.startsWith(`${name}:`) || h.startsWith(`${name}(`));
  if (i < 0) throw new Error(`${file} has no column ${name}`);
  return f.rows.map((r) => r[i]!);
};

describe("neo4jAdminImport", () => {
  it("writes node files and relationship files with neo4j-admin's typed headers", () => {
    for (const [name, f] of files) {
      if (f.kind === "nodes")
        expect(
          f.header.some((h) => /:ID(\(\w+\))?$/.test(h)),
          name,
        ).toBe(true);
      else {
        expect(
          f.header.some((h) => h.startsWith(":START_ID")),
          name,
        ).toBe(true);
        expect(
          f.header.some((h) => h.startsWith(":END_ID")),
          name,
        ).toBe(true);
        expect(f.header, name).toContain(":TYPE");
      }
    }
  });

  it("has a row per paper, entity and link, each as wide as its header", () => {
    expect(files.get("papers.csv")!.rows).toHaveLength(snapshot.papers.length);
    expect(files.get("entities.csv")!.rows).toHaveLength(snapshot.entities.length);
    expect(files.get("links.csv")!.rows).toHaveLength(snapshot.links.length);
    for (const [name, f] of files) for (const r of f.rows) expect(r.length, name).toBe(f.header.length);
  });

  it("keeps text intact and arrays split back into their elements", () => {
    expect(column("papers.csv", "title")).toContain('A "quoted", title\nover two lines');
    const aliases = column("entities.csv", "aliases")[0]!.split(ADMIN_ARRAY_DELIMITER);
    expect(aliases).toEqual(["x|y", "plain"]);
  });

  it("links only ids that some node file defines, and every node to a community that exists", () => {
    const nodeIds = new Set([...column("papers.csv", "id"), ...column("entities.csv", "id")]);
    for (const id of [...column("links.csv", ":START_ID"), ...column("links.csv", ":END_ID")]) {
      expect(nodeIds.has(id), id).toBe(true);
    }
    const communities = files.get("communities.csv")!;
    const keys = new Set(
      communities.rows.map((r) => r[communities.header.findIndex((h) => h.includes(":ID"))]!),
    );
    const inCommunity = files.get("in_community.csv")!;
    expect(inCommunity.rows).toHaveLength(nodeIds.size);
    for (const r of inCommunity.rows) expect(keys.has(r[1]!), `${r[0]} → ${r[1]}`).toBe(true);
  });

  it("stores finite coordinates and a community for every node", () => {
    for (const file of ["papers.csv", "entities.csv"]) {
      for (const v of [...column(file, "x"), ...column(file, "y")])
        expect(Number.isFinite(Number(v))).toBe(true);
      for (const v of column(file, "community")) expect(Number.isInteger(Number(v)) && v !== "").toBe(true);
    }
  });
});
