import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { CorpusPassStore, StoredCorpusRecord } from "@paperkg/extractor";
import { LineFile } from "./LineFile.ts";

const FILE = "corpus-pass.tsv";
const COMMIT = "#commit";
const REMOVE = "-";
/** A commit line names its save with a token unique to it (older files have none: ""). */
const commitLine = (token: string) => `${COMMIT}\t${token}\n`;
const newToken = () => randomBytes(9).toString("base64url");
const COMMIT_BYTES = Buffer.byteLength(commitLine(newToken()));
const recordLine = (id: string, r: StoredCorpusRecord) => `${id}\t${r.meta}\t${r.out}\n`;

/**
 * The corpus pass's records on disk (`<dir>/corpus-pass.tsv`): `id<TAB>meta<TAB>out` lines and
 * `-<TAB>id` removals, each run's lines closed by a `#commit<TAB>token` line. Loading replays the
 * lines up to the last commit, so a run cut short leaves the records of the last complete one. The
 * token names the records a load returned (`loadedCommit`) and a save left (`savedCommit`): what a
 * caller derived from one set of records can be told apart from what it derived from another. When the file
 * would hold more than twice the bytes of the live records' lines, a save rewrites it (temporary
 * file, rename). Read in chunks through `LineFile`: at corpus scale the file outgrows a string.
 */
export class FileCorpusPassStore implements CorpusPassStore {
  private readonly file: LineFile;
  /** The file's bytes, and the bytes of each live record's line (a rewrite's size, less the commit). */
  private bytes = 0;
  private readonly sizes = new Map<string, number>();
  private liveBytes = 0;
  private records: Map<string, StoredCorpusRecord> | undefined;
  private loaded = false;
  /** The commit token of the records the last `load` returned ("" before tokens; undefined: none). */
  loadedCommit: string | undefined;
  /** The commit token the last `save` wrote. */
  savedCommit: string | undefined;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = new LineFile(join(dir, FILE));
  }

  load(): Map<string, StoredCorpusRecord> | undefined {
    this.loaded = true;
    this.sizes.clear();
    this.liveBytes = 0;
    this.bytes = 0;
    this.records = undefined;
    this.loadedCommit = undefined;
    if (!this.file.exists()) return undefined;
    let commit: string | undefined;
    const committed = new Map<string, StoredCorpusRecord>();
    let pending = new Map<string, { record: StoredCorpusRecord; size: number } | null>();
    let seenCommit = false;
    let committedEnd = 0;
    let lineStart = 0;
    const size = this.file.read((line, end) => {
      const lineBytes = end - lineStart;
      lineStart = end;
      const tab = line.indexOf("\t");
      const head = tab < 0 ? line : line.slice(0, tab);
      if (head === COMMIT) {
        for (const [id, p] of pending) {
          if (p) {
            committed.set(id, p.record);
            this.setSize(id, p.size);
          } else {
            committed.delete(id);
            this.setSize(id, 0);
          }
        }
        pending = new Map();
        seenCommit = true;
        commit = tab < 0 ? "" : line.slice(tab + 1);
        committedEnd = end;
      } else if (head === REMOVE) {
        pending.set(line.slice(tab + 1), null);
      } else {
        const second = line.indexOf("\t", tab + 1);
        if (tab < 0 || second < 0) return;
        const record = { meta: line.slice(tab + 1, second), out: line.slice(second + 1) };
        pending.set(head, { record, size: lineBytes });
      }
    });
    // lines after the last commit are a run cut short: gone before anything is appended after them
    this.file.keep(committedEnd, size);
    this.bytes = committedEnd;
    this.records = committed;
    this.loadedCommit = commit;
    return seenCommit ? committed : undefined;
  }

  save(
    changed: Iterable<[string, StoredCorpusRecord]>,
    removed: readonly string[],
    options: { all?: boolean } = {},
  ): void {
    const token = newToken();
    this.savedCommit = token;
    if (options.all) {
      // every record anew, streamed to a fresh file: none is kept in memory (a later save loads them)
      this.rewrite(changed, token);
      this.records = undefined;
      this.loaded = false;
      return;
    }
    if (!this.loaded) this.load();
    const records = this.records ?? new Map<string, StoredCorpusRecord>();
    const lines: string[] = [];
    let appended = COMMIT_BYTES;
    for (const id of removed) {
      records.delete(id);
      this.setSize(id, 0);
      const line = `${REMOVE}\t${id}\n`;
      lines.push(line);
      appended += Buffer.byteLength(line);
    }
    for (const [id, r] of changed) {
      records.set(id, r);
      const line = recordLine(id, r);
      const lineBytes = Buffer.byteLength(line);
      this.setSize(id, lineBytes);
      lines.push(line);
      appended += lineBytes;
    }
    lines.push(commitLine(token));
    this.records = records;
    if (this.bytes + appended > 2 * (this.liveBytes + COMMIT_BYTES) || !this.file.exists()) {
      this.bytes = this.rewrite(records, token);
    } else {
      this.file.append(lines);
      this.bytes += appended;
    }
  }

  /** Records the line size of a live record (0: removed). */
  private setSize(id: string, size: number): void {
    this.liveBytes += size - (this.sizes.get(id) ?? 0);
    if (size > 0) this.sizes.set(id, size);
    else this.sizes.delete(id);
  }

  /** Writes `records` and a commit to a temporary file renamed over the store's; returns its bytes. */
  private rewrite(records: Iterable<[string, StoredCorpusRecord]>, token: string): number {
    return this.file.rewrite(
      (function* () {
        for (const [id, r] of records) yield recordLine(id, r);
        yield commitLine(token);
      })(),
    );
  }
}
