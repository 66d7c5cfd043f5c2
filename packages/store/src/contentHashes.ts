import { createHash } from "node:crypto";
import type { GraphSnapshot } from "@paperkg/core";

/**
 * sha1 of what each paper (its properties and every link it has, with evidence) and each entity is
 * written from. Equal hashes, equal rows: `writeSnapshot` skips them. Links arrive sorted by paper.
 * Papers and entities `skip` names get none (a skipped paper's links are not even serialised).
 */
export function contentHashes(
  snapshot: GraphSnapshot,
  skip: { paper?: (id: string) => boolean; entity?: (id: string) => boolean } = {},
): {
  papers: Map<string, string>;
  entities: Map<string, string>;
} {
  const skipPaper = skip.paper ?? (() => false);
  const skipEntity = skip.entity ?? (() => false);
  const linksOf = new Map<string, string[]>();
  for (const l of snapshot.links) {
    if (skipPaper(l.paper)) continue;
    const list = linksOf.get(l.paper);
    const text = JSON.stringify(l);
    if (list) list.push(text);
    else linksOf.set(l.paper, [text]);
  }
  const sha1 = (text: string) => createHash("sha1").update(text).digest("base64");
  const papers = new Map<string, string>();
  for (const p of snapshot.papers)
    if (!skipPaper(p.id))
      papers.set(p.id, sha1(`${JSON.stringify(p)}\n${(linksOf.get(p.id) ?? []).join("\n")}`));
  const entities = new Map<string, string>();
  for (const e of snapshot.entities) if (!skipEntity(e.id)) entities.set(e.id, sha1(JSON.stringify(e)));
  return { papers, entities };
}
