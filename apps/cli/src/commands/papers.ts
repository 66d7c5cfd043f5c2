import type { IngestSummary } from "@paperkg/ingest";
import type { Command } from "commander";

/** `paperkg papers <inputs…>`: validated, de-duplicated papers as JSON lines; diagnostics on stderr. */
export function registerPapers(program: Command): void {
  program
    .command("papers")
    .description(
      "read Daily-Papers text, JSON/JSONL (.gz), CSV or arXiv Atom files, directories or globs; print one Paper JSON per line",
    )
    .argument("<inputs...>", "files, directories or glob patterns")
    .option("--strict", "exit non-zero when any record is rejected")
    .action(async (inputs: string[], options: { strict?: boolean }) => {
      const { readPapers } = await import("@paperkg/ingest");
      const { papers, diagnostics, summary } = await readPapers(inputs);
      for (const d of diagnostics) process.stderr.write(`${JSON.stringify(d)}\n`);
      let out = "";
      for (const paper of papers) {
        out += `${JSON.stringify(paper)}\n`;
        if (out.length > 1 << 20) {
          await write(out);
          out = "";
        }
      }
      await write(out);
      process.stderr.write(`${formatSummary(summary)}\n`);
      if (summary.papers === 0) {
        process.stderr.write("paperkg papers: no paper could be read\n");
        process.exitCode = 1;
      } else if (options.strict && summary.rejected > 0) process.exitCode = 2;
    });
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (chunk.length === 0) resolve();
    else process.stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}

/** One line a person can read: `4 files, 311 blocks → 261 papers (50 duplicates merged), 0 rejected`. */
export function formatSummary(s: IngestSummary): string {
  const reasons = Object.entries(s.rejectedByCode)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  return (
    `papers: ${s.files} files, ${s.blocks} blocks → ${s.papers} papers ` +
    `(${s.duplicatesMerged} duplicates merged), ${s.rejected} rejected${reasons ? ` (${reasons})` : ""}`
  );
}
