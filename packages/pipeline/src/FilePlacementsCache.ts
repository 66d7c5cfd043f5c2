import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphAnalytics, NodePlacement } from "@paperkg/core";
import type { PreviousLabel } from "@paperkg/graph";
import { z } from "zod";

const FILE = "placements.tsv";

/** What the cache holds: the stored analytics an update starts from, hub flags included. */
export interface CachedAnalytics {
  placements: Map<string, NodePlacement>;
  areaOf: Map<number, number>;
  communityLabels: Map<number, PreviousLabel>;
  areaLabels: Map<number, PreviousLabel>;
}

const Label = z.tuple([z.number().int().nonnegative(), z.string(), z.array(z.string())]);
/** The first line: which snapshot left these placements, how many follow, and the group labels. */
const Header = z.object({
  version: z.literal(1),
  snapshot: z.string().min(1),
  placements: z.number().int().nonnegative(),
  /** [community id, area id] */
  areaOf: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  communities: z.array(Label),
  areas: z.array(Label),
});

/**
 * The partition and map the last ingest stored, kept beside the extraction cache
 * (`<dir>/placements.tsv`: a JSON header naming the snapshot, then `id, community, x, y, pagerank,
 * hub` per node), so an incremental update need not read 200,000 placements back from Neo4j. It
 * counts only while its snapshot (by nonce) is the database's last, completed one: any other write
 * makes a new snapshot. A missing, torn or malformed file is no cache (the placements are read from
 * the database).
 */
export class FilePlacementsCache {
  private readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, FILE);
  }

  /** The stored analytics if this file was saved by snapshot `nonce`, else undefined. */
  load(nonce: string | null | undefined): CachedAnalytics | undefined {
    if (!nonce) return undefined;
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch {
      return undefined;
    }
    const lines = text.split("\n");
    let header: z.infer<typeof Header>;
    try {
      const parsed = Header.safeParse(JSON.parse(lines[0] ?? ""));
      if (!parsed.success || parsed.data.snapshot !== nonce) return undefined;
      header = parsed.data;
    } catch {
      return undefined;
    }
    if (lines.length !== header.placements + 2 || lines[lines.length - 1] !== "") return undefined;
    const placements = new Map<string, NodePlacement>();
    for (let i = 1; i <= header.placements; i++) {
      const f = lines[i]!.split("\t");
      const [id, c, x, y, pagerank, hub] = [
        f[0]!,
        Number(f[1]),
        Number(f[2]),
        Number(f[3]),
        Number(f[4]),
        f[5],
      ];
      if (f.length !== 6 || !id || !Number.isInteger(c) || c < 0) return undefined;
      if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(pagerank)) return undefined;
      if (hub !== "0" && hub !== "1") return undefined;
      placements.set(id, { id, community: c, x, y, pagerank, hub: hub === "1" });
    }
    const labels = (rows: z.infer<typeof Label>[]) =>
      new Map<number, PreviousLabel>(rows.map(([id, label, topTerms]) => [id, { label, topTerms }]));
    return {
      placements,
      areaOf: new Map(header.areaOf),
      communityLabels: labels(header.communities),
      areaLabels: labels(header.areas),
    };
  }

  /** Replaces the file (temporary file, rename) with what snapshot `nonce` stored. */
  save(nonce: string | null, analytics: GraphAnalytics): void {
    if (!nonce || analytics.placements.some((p) => /[\t\n]/.test(p.id))) {
      this.clear();
      return;
    }
    const header: z.infer<typeof Header> = {
      version: 1,
      snapshot: nonce,
      placements: analytics.placements.length,
      areaOf: analytics.communities.map((c) => [c.id, c.area]),
      communities: analytics.communities.map((c) => [c.id, c.label, c.topTerms]),
      areas: analytics.areas.map((a) => [a.id, a.label, a.topTerms]),
    };
    const lines = [JSON.stringify(header)];
    for (const p of analytics.placements)
      lines.push(`${p.id}\t${p.community}\t${p.x}\t${p.y}\t${p.pagerank}\t${p.hub ? 1 : 0}`);
    lines.push("");
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, lines.join("\n"));
    renameSync(tmp, this.path);
  }

  /** No cache: the next update reads the database. */
  clear(): void {
    rmSync(this.path, { force: true });
  }
}
