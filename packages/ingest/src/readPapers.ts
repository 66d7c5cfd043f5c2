import type { Diagnostic, Paper } from "@paperkg/core";
import { PaperMerger } from "./PaperMerger.ts";
import type { ReadOptions } from "./ReadOptions.ts";
import { FILE_LEVEL_CODES, streamPapers } from "./streamPapers.ts";

/**
 * Counts for one run. `records` = every record seen plus every input that could not be read at all;
 * it always equals `papers + duplicatesMerged + rejected`. `blocks` counts records found in files
 * (title/abstract blocks, JSON records, CSV rows, Atom entries), read or rejected.
 */
export interface IngestSummary {
  files: number;
  blocks: number;
  records: number;
  papers: number;
  duplicatesMerged: number;
  rejected: number;
  rejectedByCode: Record<string, number>;
}

export interface ReadResult {
  /** Distinct papers in first-seen order. */
  papers: Paper[];
  diagnostics: Diagnostic[];
  summary: IngestSummary;
}

/** Read files, directories or globs into validated, de-duplicated papers; bad records become diagnostics. */
export async function readPapers(inputs: string[], options: Partial<ReadOptions> = {}): Promise<ReadResult> {
  const merger = new PaperMerger();
  const diagnostics: Diagnostic[] = [];
  const summary: IngestSummary = {
    files: 0,
    blocks: 0,
    records: 0,
    papers: 0,
    duplicatesMerged: 0,
    rejected: 0,
    rejectedByCode: {},
  };
  for await (const event of streamPapers(inputs, options)) {
    if (event.type === "file") {
      summary.files++;
      continue;
    }
    summary.records++;
    if (event.type === "paper") {
      summary.blocks++;
      merger.add(event.paper);
      continue;
    }
    const { diagnostic } = event;
    if (!FILE_LEVEL_CODES.has(diagnostic.code)) summary.blocks++;
    diagnostics.push(diagnostic);
    summary.rejected++;
    summary.rejectedByCode[diagnostic.code] = (summary.rejectedByCode[diagnostic.code] ?? 0) + 1;
  }
  summary.papers = merger.papers.length;
  summary.duplicatesMerged = merger.duplicatesMerged;
  return { papers: merger.papers, diagnostics, summary };
}
