import { createHash } from "node:crypto";
import type { Paper } from "@paperkg/core";
import { mergeStoredPapers } from "./mergeStoredPapers.ts";

/** sha256 of a paper's content, keys sorted, so equal papers hash equal whatever their key order. */
export function paperContentHash(paper: Paper): string {
  return createHash("sha256").update(canonical(paper)).digest("hex");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * True when merging `incoming` into the graph changes no paper: each one is stored under its id
 * and merging it into the stored copy (ingest's one merge policy) gives back the same content.
 * `stored` needs only the stored papers with the incoming ids. A paper whose id is not stored
 * (new, or a title-only record that would merge into an arXiv one) counts as a change.
 */
export function isUnchangedInput(stored: readonly Paper[], incoming: readonly Paper[]): boolean {
  if (incoming.length === 0) return false;
  const before = new Map(stored.map((p) => [p.id, paperContentHash(p)]));
  const { papers, removed } = mergeStoredPapers(stored, incoming);
  if (removed.length > 0 || papers.length !== before.size) return false;
  return papers.every((p) => before.get(p.id) === paperContentHash(p));
}
