import { describe, expect, it } from "vitest";
import { ImportManifest, importArguments } from "./importDatabase.ts";

const manifest = {
  arrayDelimiter: "\u001f",
  nodes: ["papers.csv"],
  relationships: ["links.csv"],
  emptyLists: [{ kind: "nodes", label: "Paper", property: "authors" }],
};

describe("ImportManifest", () => {
  it("takes what `paperkg export --format neo4j-admin` writes", () => {
    expect(ImportManifest.parse(manifest).emptyLists).toHaveLength(1);
  });

  it("refuses names that could leave their backticks in the fix-up query", () => {
    for (const label of ["Paper`) DETACH DELETE (x", "Pa per", ""]) {
      const bad = { ...manifest, emptyLists: [{ kind: "nodes", label, property: "authors" }] };
      expect(ImportManifest.safeParse(bad).success, label).toBe(false);
    }
  });

  it("refuses file names that leave the folder", () => {
    for (const name of ["../papers.csv", "/etc/passwd", "a/b.csv"]) {
      expect(ImportManifest.safeParse({ ...manifest, nodes: [name] }).success, name).toBe(false);
    }
  });
});

describe("importArguments", () => {
  it("names every file of the folder once, nodes and relationships apart, into the given database", () => {
    const args = importArguments("/x", ImportManifest.parse(manifest), "neo4j", "/home/logs/import.report");
    expect(args.slice(0, 4)).toEqual(["database", "import", "full", "neo4j"]);
    expect(args.filter((a) => a.startsWith("--nodes="))).toEqual(["--nodes=/x/papers.csv"]);
    expect(args.filter((a) => a.startsWith("--relationships="))).toEqual(["--relationships=/x/links.csv"]);
    expect(args).toContain("--array-delimiter=\u001f");
    expect(args).toContain("--report-file=/home/logs/import.report");
  });
});
