import { ENTITY_TYPES, type EntityType } from "@paperkg/core";
import type { ExtractNotice } from "@paperkg/extractor";
import type { Command } from "commander";

interface ExtractCommandOptions {
  workers?: string;
  types?: string;
}

/**
 * `paperkg extract <inputs…>`: one Extraction JSON per paper per line on stdout
 * (`{paper:{id,title}, entities:[{type,id,name,proposed,confidence,family,mentions:[…]}]}`);
 * ingest diagnostics, progress and a summary on stderr.
 */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description(
      "extract methods, benchmarks, models, tasks and concepts with evidence; one JSON per paper per line",
    )
    .argument(
      "<inputs...>",
      "files, directories or glob patterns (Daily-Papers text, JSON/JSONL(.gz), CSV, Atom)",
    )
    .option("-w, --workers <n>", "worker threads (default: one per core for 2,000+ papers, else 1)")
    .option("-t, --types <list>", `comma-separated entity types to emit (${ENTITY_TYPES.join(",")})`)
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const t0 = performance.now();
      const [{ readPapers }, { extractPapers }] = await Promise.all([
        import("@paperkg/ingest"),
        import("@paperkg/extractor"),
      ]);
      const { papers, diagnostics, summary } = await readPapers(inputs);
      for (const d of diagnostics) process.stderr.write(`${JSON.stringify(d)}\n`);
      if (papers.length === 0) {
        process.stderr.write("paperkg extract: no paper could be read\n");
        process.exitCode = 1;
        return;
      }
      const types = parseTypes(options.types);
      const workers =
        options.workers === undefined ? undefined : Math.max(1, Number.parseInt(options.workers, 10) || 1);
      const notices: ExtractNotice[] = [];
      let lastShown = 0;
      const extractions = await extractPapers(papers, {
        ...(workers === undefined ? {} : { workers }),
        ...(types ? { types } : {}),
        onNotice: (n) => notices.push(n),
        onProgress: (done) => {
          if (done - lastShown >= 5_000 || done === papers.length) {
            lastShown = done;
            process.stderr.write(`extract: ${done}/${papers.length} papers\n`);
          }
        },
      });
      for (const n of notices) process.stderr.write(`${n.message}\n`);
      const counts: Record<string, number> = {};
      let chunk = "";
      for (const x of extractions) {
        for (const e of x.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
        chunk += `${JSON.stringify(x)}\n`;
        if (chunk.length > 1 << 20) {
          await write(chunk);
          chunk = "";
        }
      }
      await write(chunk);
      const seconds = (performance.now() - t0) / 1000;
      const perType = ENTITY_TYPES.map((t) => `${counts[t] ?? 0} ${t}`).join(", ");
      process.stderr.write(
        `extract: ${summary.papers} papers (${summary.rejected} rejected) → ${perType}; ` +
          `${notices.length} notices; ${seconds.toFixed(1)} s\n`,
      );
    });
}

function parseTypes(list: string | undefined): EntityType[] | undefined {
  if (!list) return undefined;
  const types = list.split(",").map((t) => t.trim());
  const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (bad.length > 0) throw new Error(`extract: unknown entity type(s): ${bad.join(", ")}`);
  return types as EntityType[];
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (chunk.length === 0) resolve();
    else process.stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}
