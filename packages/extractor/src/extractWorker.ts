/**
 * Worker-thread side of `extractPapersParallel`: receives batches of papers, answers with
 * their per-paper extractions (or a structured error). Lexicons load once per worker.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ExtractorError } from "./ExtractorError.ts";
import type { ExtractOptions } from "./extractOptions.ts";
import type { PaperText } from "./extractPaper.ts";
import { extractPapersLocal } from "./extractPapersLocal.ts";
import { loadLexicons } from "./loadLexicons.ts";
import { packSentences } from "./packSentences.ts";

export interface WorkerRequest {
  batch: number;
  papers: PaperText[];
}

const options = (workerData as { options?: Partial<ExtractOptions> } | null)?.options;
loadLexicons(options?.pwcLexicons ?? true);
parentPort?.on("message", (msg: WorkerRequest) => {
  try {
    // one JSON string per batch: cheaper to move between threads than a deep structured clone;
    // sentences travel as offsets into the papers the main thread holds
    const result = extractPapersLocal(msg.papers, options);
    packSentences(result.extractions, msg.papers);
    parentPort?.postMessage({ batch: msg.batch, json: JSON.stringify(result) });
  } catch (error) {
    const e = ExtractorError.from(error, "WORKER_FAILED", "extractor: worker");
    parentPort?.postMessage({ batch: msg.batch, error: { code: e.code, message: e.message } });
  }
});
