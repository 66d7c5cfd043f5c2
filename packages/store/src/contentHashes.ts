import { createHash } from "node:crypto";
import type { GraphSnapshot } from "@paperkg/core";

/**
 * sha1 of what each paper (its properties and every link it has, with evidence) and each entity is
 * written from. Equal hashes, equal rows: `writeSnapshot` skips them. Links arrive sorted by paper.
 * Papers for which `skip` is true get none (their links are not even serialised).
 */
export function contentHashes(
  snapshot: GraphSnapshot,
  skip: (paperId: string) => boolean = () => false,
): {
  papers: Map<string, string>;
  entities: Map<string, string>;
} {
  const linksOf = new Map<string, string[]>();
  for (const l of snapshot.links) {
    if (skip(l.paper)) continue;
    const list = linksOf.get(l.paper);
    const text = JSON.stringify(l);
    if (list) list.push(text);
    else linksOf.set(l.paper, [text]);
  }
  const sha1 = (text: string) => createHash("sha1").update(text).digest("base64");
  const papers = new Map<string, string>();
  for (const p of snapshot.papers)
    if (!skip(p.id)) papers.set(p.id, sha1(`${JSON.stringify(p)}\n${(linksOf.get(p.id) ?? []).join("\n")}`));
  const entities = new Map<string, string>();
  for (const e of snapshot.entities) entities.set(e.id, sha1(JSON.stringify(e)));
  return { papers, entities };
}
