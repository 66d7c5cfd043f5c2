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
import type { CorpusPassStore, StoredCorpusRecord } from "@paperkg/extractor";

const FILE = "corpus-pass.tsv";
const COMMIT = "#commit";
const REMOVE = "-";
const NEWLINE = 0x0a;

/**
 * The corpus pass's records on disk (`<dir>/corpus-pass.tsv`): `id<TAB>meta<TAB>out` lines and
 * `-<TAB>id` removals, each run's lines closed by a `#commit` line. Loading replays the lines up to
 * the last commit, so a run cut short leaves the records of the last complete one. When the file
 * holds more than twice as many lines as live records, a save rewrites it (temporary file, rename).
 * Read as bytes line by line: at corpus scale the file outgrows a JavaScript string.
 */
export class FileCorpusPassStore implements CorpusPassStore {
  private readonly file: string;
  private lines = 0;
  private records: Map<string, StoredCorpusRecord> | undefined;
  private loaded = false;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, FILE);
  }

  load(): Map<string, StoredCorpusRecord> | undefined {
    this.loaded = true;
    if (!existsSync(this.file)) return undefined;
    const bytes = readFileSync(this.file);
    const committed = new Map<string, StoredCorpusRecord>();
    let pending = new Map<string, StoredCorpusRecord | null>();
    let lines = 0;
    let seenCommit = false;
    let committedEnd = 0;
    for (let at = 0; at < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, at);
      if (end < 0) break; // a line cut short
      const line = bytes.toString("utf8", at, end);
      at = end + 1;
      lines++;
      const tab = line.indexOf("\t");
      const head = tab < 0 ? line : line.slice(0, tab);
      if (head === COMMIT) {
        for (const [id, r] of pending) {
          if (r) committed.set(id, r);
          else committed.delete(id);
        }
        pending = new Map();
        seenCommit = true;
        committedEnd = at;
      } else if (head === REMOVE) {
        pending.set(line.slice(tab + 1), null);
      } else {
        const second = line.indexOf("\t", tab + 1);
        if (tab < 0 || second < 0) continue;
        pending.set(head, { meta: line.slice(tab + 1, second), out: line.slice(second + 1) });
      }
    }
    // lines after the last commit are a run cut short: gone before anything is appended after them
    if (committedEnd < bytes.length) truncateSync(this.file, committedEnd);
    this.lines = lines;
    this.records = committed;
    return seenCommit ? committed : undefined;
  }

  save(
    changed: Iterable<[string, StoredCorpusRecord]>,
    removed: readonly string[],
    options: { all?: boolean } = {},
  ): void {
    if (!this.loaded) this.load();
    if (options.all) {
      // every record anew, streamed to a fresh file: none is kept in memory
      this.records = undefined;
      this.lines = this.rewrite(changed);
      return;
    }
    const records = this.records ?? new Map<string, StoredCorpusRecord>();
    const lines: string[] = [];
    for (const id of removed) {
      records.delete(id);
      lines.push(`${REMOVE}\t${id}\n`);
    }
    for (const [id, r] of changed) {
      records.set(id, r);
      lines.push(`${id}\t${r.meta}\t${r.out}\n`);
    }
    lines.push(`${COMMIT}\n`);
    this.records = records;
    if (this.lines + lines.length > 2 * (records.size + 1) || !existsSync(this.file)) {
      this.lines = this.rewrite(records);
    } else {
      appendFileSync(this.file, lines.join(""));
      this.lines += lines.length;
    }
  }

  /** Writes `records` and a commit to a temporary file renamed over the store's; returns the lines. */
  private rewrite(records: Iterable<[string, StoredCorpusRecord]>): number {
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, "");
    let chunk: string[] = [];
    let lines = 1;
    for (const [id, r] of records) {
      chunk.push(`${id}\t${r.meta}\t${r.out}\n`);
      lines++;
      if (chunk.length === 1_000) {
        appendFileSync(tmp, chunk.join(""));
        chunk = [];
      }
    }
    chunk.push(`${COMMIT}\n`);
    appendFileSync(tmp, chunk.join(""));
    renameSync(tmp, this.file);
    return lines;
  }
}
