import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { LocalExtractionCache } from "@paperkg/extractor";

const FILE = "per-paper.tsv";
const NEWLINE = 0x0a;

/**
 * The extractor's per-paper results on disk (`<dir>/per-paper.tsv`, one `key<TAB>json` line per
 * paper), so an ingest extracts only papers it has not seen under the same extractor. Lines are
 * appended after extraction; a line cut short by a crash is dropped on the next load. When more
 * than half the file is entries the run did not use (papers gone, an older extractor), it is
 * rewritten with only the used ones, through a temporary file and a rename.
 */
export class FileExtractionCache implements LocalExtractionCache {
  private readonly entries = new Map<string, string>();
  private readonly used = new Set<string>();
  private pending: string[] = [];
  private readonly file: string;

  constructor(dir: string) {
    this.file = join(dir, FILE);
    mkdirSync(dir, { recursive: true });
    if (!existsSync(this.file)) return;
    // read as bytes, line by line: at corpus scale (and twice that after an extractor change) the
    // file outgrows the longest string JavaScript allows
    const bytes = readFileSync(this.file);
    let at = 0;
    for (let end = bytes.indexOf(NEWLINE, at); end >= 0; end = bytes.indexOf(NEWLINE, at)) {
      const line = bytes.toString("utf8", at, end);
      at = end + 1;
      const tab = line.indexOf("\t");
      if (tab > 0) this.entries.set(line.slice(0, tab), line.slice(tab + 1));
    }
    // an append cut short by a crash: drop the torn line before anything is appended after it
    if (at < bytes.length) truncateSync(this.file, at);
  }

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) this.used.add(key);
    return hit;
  }

  set(key: string, entitiesJson: string): void {
    this.entries.set(key, entitiesJson);
    this.used.add(key);
    this.pending.push(`${key}\t${entitiesJson}\n`);
  }

  /** Write what this run added (or the used entries alone, when stale ones dominate the file). */
  flush(): void {
    if (this.entries.size - this.used.size >= this.used.size && this.entries.size > this.used.size) {
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, "");
      let chunk: string[] = [];
      for (const k of this.used) {
        chunk.push(`${k}\t${this.entries.get(k)}\n`);
        if (chunk.length === 1_000) {
          appendFileSync(tmp, chunk.join(""));
          chunk = [];
        }
      }
      appendFileSync(tmp, chunk.join(""));
      renameSync(tmp, this.file);
    } else if (this.pending.length > 0) {
      appendFileSync(this.file, this.pending.join(""));
    }
    this.pending = [];
  }
}
