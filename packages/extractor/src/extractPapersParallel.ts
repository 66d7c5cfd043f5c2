import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Extraction } from "@paperkg/core";
import { ExtractorError } from "./ExtractorError.ts";
import type { ExtractOptions } from "./extractOptions.ts";
import type { ExtractNotice, PaperText } from "./extractPaper.ts";
import type { LocalResult } from "./extractPapersLocal.ts";
import { unpackSentences } from "./packSentences.ts";
import { raiseInterruptBudget } from "./raiseInterruptBudget.ts";

export interface ParallelOptions {
  /** Worker threads (default: the number of cores). */
  workers: number;
  /** Papers per message; large enough to amortise structured cloning. */
  batchSize: number;
  onProgress?: (done: number) => void;
  extract?: Partial<ExtractOptions>;
}

type Reply = { batch: number; json?: string; error?: { code: string; message: string } };

/**
 * Per-paper extraction on a pool of `worker_threads`, results in input order. Batches are
 * handed out on demand, so a slow batch never stalls the other workers.
 */
export async function extractPapersParallel(
  papers: readonly PaperText[],
  options: Partial<ParallelOptions> = {},
): Promise<LocalResult> {
  // before the workers start: V8's flags are the process's
  raiseInterruptBudget();
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 16));
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const batches: PaperText[][] = [];
  for (let i = 0; i < papers.length; i += batchSize) {
    batches.push(
      papers.slice(i, i + batchSize).map((p) => ({ id: p.id, title: p.title, abstract: p.abstract })),
    );
  }
  const results: Extraction[][] = new Array(batches.length);
  const notices: ExtractNotice[][] = new Array(batches.length);
  // one string per repeated id, name or mention text across batches; dropped with this call
  const shared = new Map<string, string>();
  const entry = new URL("./extractWorkerEntry.mjs", import.meta.url);
  const pool = Array.from(
    { length: Math.min(workers, Math.max(1, batches.length)) },
    () => new Worker(entry, { workerData: { options: options.extract } }),
  );
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              worker.postMessage({ batch, papers: batches[batch] });
            };
            worker.on("message", (reply: Reply) => {
              if (reply.error) {
                reject(new ExtractorError("WORKER_FAILED", reply.error.message));
                return;
              }
              const result = JSON.parse(reply.json ?? '{"extractions":[],"notices":[]}') as LocalResult;
              results[reply.batch] = unpackSentences(result.extractions, batches[reply.batch]!, shared);
              notices[reply.batch] = result.notices;
              done += batches[reply.batch]!.length;
              options.onProgress?.(done);
              send();
            });
            worker.on("error", (e) => reject(ExtractorError.from(e, "WORKER_FAILED", "extractor: worker")));
            worker.on("exit", (code) => {
              if (code !== 0)
                reject(new ExtractorError("WORKER_FAILED", `extractor: worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { extractions: results.flat(), notices: notices.flat() };
}
