import type { IngestReport } from "@paperkg/pipeline";

/** The closing summary of an ingest, on stderr: what was read, written and found, and time per stage. */
export function printIngestReport(
  report: IngestReport,
  stream: NodeJS.WritableStream = process.stderr,
): void {
  const r = report.read;
  if (report.unchanged) {
    stream.write(
      `ingest summary\n  unchanged   ${r.papers} papers read, all already stored with the same content: nothing extracted or written (snapshot ${report.snapshot}; --rebuild recomputes)\n`,
    );
    return;
  }
  const lines = [
    "ingest summary",
    `  read        ${r.files} files, ${r.records} records → ${r.papers} papers (${r.duplicatesMerged} duplicates merged, ${r.rejected} rejected)`,
  ];
  const rejected = Object.entries(r.rejectedByCode);
  if (rejected.length) lines.push(`  rejected    ${rejected.map(([code, n]) => `${code}: ${n}`).join(", ")}`);
  const entities = Object.entries(report.written.entities).map(([label, n]) => `${label} ${n}`);
  const links = Object.entries(report.written.links).map(([type, n]) => `${type} ${n}`);
  lines.push(
    `  graph       ${report.papersInGraph} papers (snapshot ${report.snapshot})`,
    `  entities    ${entities.join(", ")}`,
    `  links       ${links.join(", ")}`,
    `  written     ${report.written.changed.papers} papers with their links (${report.written.changed.links}), ${report.written.changed.entities} entities: the rest was stored as is`,
    `  communities ${report.communities} (modularity ${report.modularity.toFixed(3)}, ${report.analyticsMode === "incremental" ? "updated from the stored ones" : "recomputed"})`,
    ...hubLine(report),
    `  time        ${Object.entries(report.timings)
      .filter(([stage]) => !stage.startsWith("load:"))
      .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)}s`)
      .join(", ")}`,
    `  load        ${Object.entries(report.timings)
      .filter(([stage]) => stage.startsWith("load:"))
      .map(([stage, ms]) => `${stage.slice(5)} ${(ms / 1000).toFixed(1)}s`)
      .join(", ")}`,
    `  memory      peak RSS ${report.peakRssMb} MB`,
  );
  if (report.papersMergedAway > 0)
    lines.push(`  merged      ${report.papersMergedAway} stored papers into their arXiv records`);
  if (report.extractionProblems > 0)
    lines.push(`  not written ${report.extractionProblems} extraction problems (see diagnostics above)`);
  stream.write(`${lines.join("\n")}\n`);
}

/** Entities on a large share of the papers (kept out of communities and layout), when there are any. */
function hubLine(report: IngestReport): string[] {
  const hubs = report.analytics.placements
    .filter((p) => p.hub)
    .map((p) => p.id)
    .sort();
  if (hubs.length === 0) return [];
  const shown = hubs.slice(0, 8).join(", ");
  return [`  hubs        ${hubs.length} on > 20% of papers: ${shown}${hubs.length > 8 ? ", …" : ""}`];
}
