import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AreaSummary,
  CommunitySummary,
  type GraphAnalytics,
  GroupLink,
  type NodePlacement,
} from "@paperkg/core";
import type { PreviousLabel } from "@paperkg/graph";
import { type StoredGroups, sortGroups } from "@paperkg/store";
import { z } from "zod";
import { type PreparedFile, runSteps, runStepsIdle } from "./idleSteps.ts";
import { removeStaleTemps } from "./removeStaleTemps.ts";

const FILE = "placements.tsv";
/** Lines built between two turns of the event loop (prepare). */
const LINES_PER_STEP = 20_000;
/** Ids with a tab or newline cannot be written as a field: no cache then. */
const writable = (analytics: GraphAnalytics) => !analytics.placements.some((p) => /[\t\n]/.test(p.id));

/** What the cache holds: the stored analytics an update starts from, hub flags included. */
export interface CachedAnalytics {
  placements: Map<string, NodePlacement>;
  areaOf: Map<number, number>;
  communityLabels: Map<number, PreviousLabel>;
  areaLabels: Map<number, PreviousLabel>;
  /** The stored community and area rows and links (as readPlacements' `groups`). */
  groups: StoredGroups;
}

/** The first line: which snapshot left these placements, how many follow, and the group labels. */
const Header = z.object({
  version: z.literal(2),
  snapshot: z.string().min(1),
  placements: z.number().int().nonnegative(),
  /** The community and area rows and the links between them, sorted (sortGroups). */
  communities: z.array(CommunitySummary),
  areas: z.array(AreaSummary),
  communityLinks: z.array(GroupLink),
  areaLinks: z.array(GroupLink),
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
    const labels = (rows: { id: number; label: string; topTerms: string[] }[]) =>
      new Map<number, PreviousLabel>(rows.map(({ id, label, topTerms }) => [id, { label, topTerms }]));
    const { communities, areas, communityLinks, areaLinks } = header;
    return {
      placements,
      areaOf: new Map(communities.map((c) => [c.id, c.area])),
      communityLabels: labels(communities),
      areaLabels: labels(areas),
      groups: { communities, areas, communityLinks, areaLinks },
    };
  }

  /** Replaces the file (temporary file, rename) with what snapshot `nonce` stored. */
  save(nonce: string | null, analytics: GraphAnalytics): void {
    if (!nonce || !writable(analytics)) {
      this.clear();
      return;
    }
    renameSync(runSteps(this.write(nonce, analytics)), this.path);
  }

  /**
   * What `save` writes, built a slice at a time between turns of the event loop (while the caller
   * awaits the database) into a temporary file; `commit` puts it in place once snapshot `nonce`
   * completed, `discard` removes it.
   */
  async prepare(nonce: string | null, analytics: GraphAnalytics): Promise<PreparedFile> {
    removeStaleTemps(this.path);
    if (!nonce || !writable(analytics)) return { commit: () => this.clear(), discard: () => {} };
    const tmp = await runStepsIdle(this.write(nonce, analytics));
    return {
      commit: () => renameSync(tmp, this.path),
      discard: () => rmSync(tmp, { force: true }),
    };
  }

  /** Writes the file to a temporary path, yielding between slices; returns the path. */
  private *write(nonce: string, analytics: GraphAnalytics): Generator<void, string> {
    const header: z.infer<typeof Header> = {
      version: 2,
      snapshot: nonce,
      placements: analytics.placements.length,
      ...sortGroups(analytics),
    };
    const lines = [JSON.stringify(header)];
    const { placements } = analytics;
    for (let i = 0; i < placements.length; i++) {
      const p = placements[i]!;
      lines.push(`${p.id}\t${p.community}\t${p.x}\t${p.y}\t${p.pagerank}\t${p.hub ? 1 : 0}`);
      if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    }
    lines.push("");
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, lines.join("\n"));
    return tmp;
  }

  /** No cache: the next update reads the database. */
  clear(): void {
    rmSync(this.path, { force: true });
  }
}
