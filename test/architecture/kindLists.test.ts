import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ENTITY_TYPES, NODE_KINDS, RELATIONSHIP_TYPES } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/runCli.ts";

/**
 * The graph's vocabulary is spelled in `packages/core/src/kinds.ts` only: no source file elsewhere
 * may list four or more node kinds or entity labels, or three or more relationship types, or parse
 * `community:<n>` keys by hand. Tests are left out: their expectations are written independently.
 */
const SOURCE = /\.(ts|tsx|mjs)$/;

const SKIP_DIRS = new Set(["node_modules", "dist", ".paperkg", ".git"]);
const ROOTS = ["packages", "apps", "scripts", "test"];

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

const words = (list: readonly string[]) => list.map((w) => w.replace(/[^A-Za-z_]/g, "")).join("|");
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const kind = `["'\`](?:${words(NODE_KINDS)}|${words(NODE_KINDS.map(capital))})["'\`]`;
const rel = `(?:${words(RELATIONSHIP_TYPES)})`;
const PATTERNS: [string, RegExp][] = [
  ["a list of node kinds or labels", new RegExp(`${kind}(?:\\s*[,|]\\s*${kind}){3,}`)],
  ["a list of relationship types", new RegExp(`\\b${rel}\\b(?:["'\`]?\\s*[,|]\\s*["'\`]?\\b${rel}\\b){2,}`)],
  ["a hand-parsed community key", /\^community:|["'`]community:["'`]|`community:\$\{/],
];

describe("the graph vocabulary is spelled in core only", () => {
  it("holds the patterns to what core spells", () => {
    const [[, kinds], [, rels]] = PATTERNS as [[string, RegExp], [string, RegExp]];
    expect(kinds.test(JSON.stringify(ENTITY_TYPES))).toBe(true);
    expect(kinds.test('"paper" | "benchmark"')).toBe(false);
    expect(rels.test(RELATIONSHIP_TYPES.join("|"))).toBe(true);
    expect(rels.test("EVALUATES_ON|PROPOSES")).toBe(false);
  });

  it("finds none of them outside packages/core/src", () => {
    const found: string[] = [];
    for (const root of ROOTS) {
      for (const file of sources(join(REPO_ROOT, root))) {
        const path = relative(REPO_ROOT, file);
        if (path.startsWith(join("packages", "core", "src"))) continue;
        readFileSync(file, "utf8")
          .split("\n")
          .forEach((line, i) => {
            for (const [what, pattern] of PATTERNS) {
              if (pattern.test(line)) {
                found.push(`${path}:${i + 1}: ${what}: ${line.trim()}`);
              }
            }
          });
      }
    }
    expect(found).toEqual([]);
  });
});
