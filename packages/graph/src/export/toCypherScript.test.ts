import { describe, expect, it } from "vitest";
import { sampleExportGraph, TRICKY_TITLE } from "./sampleExportGraph.testSupport.ts";
import { cypherLiteral, cypherName, toCypherScript } from "./toCypherScript.ts";

/**
 * Reads a Cypher string literal back, independently of the code under test: the escapes of the
 * Cypher manual (\\ \' \" \n \r \t \b \f \uXXXX). Returns null when `text` is not exactly one literal.
 * Reference: https://neo4j.com/docs/cypher-manual/5/values-and-types/working-with-strings/
 */
function readLiteral(text: string): string | null {
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text.at(-1) !== quote || text.length < 2) return null;
  const escapes: Record<string, string> = {
    "\\": "\\",
    "'": "'",
    '"': '"',
    n: "\n",
    r: "\r",
    t: "\t",
    b: "\b",
    f: "\f",
  };
  let out = "";
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === quote) return null; // an unescaped quote would end the literal early
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = text[++i]!;
    if (next === "u") {
      out += String.fromCharCode(Number.parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next in escapes) out += escapes[next];
    else return null;
  }
  return out;
}

describe("cypherLiteral", () => {
  const strings = [TRICKY_TITLE, "it's", 'say "hi"', "back\\slash \\' tricky", "", "line\r\nbreak", "🚀 ünï"];
  it.each(strings)("reads back %j unchanged", (s) => {
    expect(readLiteral(cypherLiteral(s))).toBe(s);
  });

  const cases: [unknown, string][] = [
    [null, "null"],
    [undefined, "null"],
    [42, "42"],
    [-0.5, "-0.5"],
    [Number.NaN, "null"],
    [true, "true"],
    [["a", 1], "['a', 1]"],
  ];
  it.each(cases)("%j → %s", (value, expected) => {
    expect(cypherLiteral(value)).toBe(expected);
  });
});

describe("cypherName", () => {
  it("backtick-quotes names, doubling backticks inside", () => {
    expect(cypherName("Paper")).toBe("`Paper`");
    expect(cypherName("we`ird")).toBe("`we``ird`");
  });
});

describe("toCypherScript", () => {
  const source = sampleExportGraph();
  const lines = toCypherScript(source).trimEnd().split("\n");
  const statements = lines.filter((l) => !l.startsWith("//"));

  it("has one statement per line, each ending in ;, nodes before relationships", () => {
    expect(statements).toHaveLength(source.nodes.length + source.edges.length);
    for (const s of statements) expect(s.endsWith(";"), s).toBe(true);
    const creates = statements.slice(0, source.nodes.length);
    expect(creates.every((s) => s.startsWith("CREATE ("))).toBe(true);
    expect(statements.slice(source.nodes.length).every((s) => s.startsWith("MATCH "))).toBe(true);
  });

  it("creates every node with its label and id, and every relationship between matched ids", () => {
    for (const n of source.nodes) {
      expect(
        statements.some(
          (s) => s.startsWith(`CREATE (:\`${n.labels[0]}\``) && s.includes(cypherLiteral(n.id)),
        ),
      ).toBe(true);
    }
    for (const e of source.edges) {
      const match = statements.find(
        (s) =>
          s.includes(`{id: ${cypherLiteral(e.source)}}`) && s.includes(`{id: ${cypherLiteral(e.target)}}`),
      );
      expect(match, `${e.source} → ${e.target}`).toContain(`[:\`${e.type}\``);
    }
  });

  it("writes the tricky title as a literal that reads back unchanged", () => {
    const line = statements.find((s) => s.includes("`title`: ") && s.includes("2401.00001"))!;
    const literal = /`title`: ('(?:[^'\\]|\\.)*')/.exec(line)![1]!;
    expect(readLiteral(literal)).toBe(TRICKY_TITLE);
    expect(line).not.toContain("aliasesText");
  });
});
