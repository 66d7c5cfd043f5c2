import { createHash, randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusPassStore, StoredCorpusRecord } from "@paperkg/extractor";
import { LineFile } from "./LineFile.ts";
import { removeStaleTemps } from "./removeStaleTemps.ts";

const FILE = "corpus-pass.tsv";
const AGGREGATE = "corpus-aggregate.bin";
const AGGREGATE_HEAD = "paperkg-corpus-aggregate";
const sha1 = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("hex");
const COMMIT = "#commit";
const REMOVE = "-";
/** A commit line names its save with a token unique to it (older files have none: ""). */
const commitLine = (token: string) => `${COMMIT}\t${token}\n`;
const newToken = () => randomBytes(9).toString("base64url");
const COMMIT_BYTES = Buffer.byteLength(commitLine(newToken()));
const recordLine = (id: string, r: StoredCorpusRecord) => `${id}\t${r.meta}\t${r.out}\n`;
const TAB = 0x09;
/** Closes a loaded file version's descriptor once no record read from it is left. */
const openVersions = new FinalizationRegistry<number>((fd) => closeSync(fd));

/** The `bytes` bytes at offset `at` of an open file, decoded. */
function readAt(fd: number, at: number, bytes: number): string {
  const buffer = Buffer.allocUnsafe(bytes);
  let got = 0;
  while (got < bytes) {
    const n = readSync(fd, buffer, got, bytes - got, at + got);
    if (n === 0) break;
    got += n;
  }
  return buffer.toString("utf8", 0, got);
}

/**
 * A loaded record: its meta and its result (the bulk of the file: every stored paper's
 * extraction) read from the file when asked for, through a descriptor opened at load — a day
 * needs few of either when the statistics come from the saved aggregate. The descriptor keeps
 * the version loaded readable after a later save renames a rewrite over it. (Getters on the
 * prototype: tens of thousands are loaded, few read.)
 */
class LoadedRecord implements StoredCorpusRecord {
  constructor(
    private readonly file: { fd: number },
    private readonly metaAt: number,
    private readonly metaBytes: number,
    private readonly outAt: number,
    private readonly outBytes: number,
  ) {}

  get meta(): string {
    return readAt(this.file.fd, this.metaAt, this.metaBytes);
  }

  get out(): string {
    return readAt(this.file.fd, this.outAt, this.outBytes);
  }
}

/**
 * The corpus pass's records on disk (`<dir>/corpus-pass.tsv`): `id<TAB>meta<TAB>out` lines and
 * `-<TAB>id` removals, each run's lines closed by a `#commit<TAB>token` line. Loading replays the
 * lines up to the last commit, so a run cut short leaves the records of the last complete one. The
 * token names the records a load returned (`loadedCommit`) and a save left (`savedCommit`): what a
 * caller derived from one set of records can be told apart from what it derived from another. When the file
 * would hold more than twice the bytes of the live records' lines, a save rewrites it (temporary
 * file, rename). Read in chunks through `LineFile`: at corpus scale the file outgrows a string. A
 * load decodes the metas only; each record's result is read from the file when asked for (a day
 * needs few of them), so the 0.4 GB of results never sit in memory as strings.
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

  private readonly aggregatePath: string;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = new LineFile(join(dir, FILE));
    this.aggregatePath = join(dir, AGGREGATE);
  }

  /**
   * The aggregate saved with the records the last `load` returned: its head line names their
   * commit token and count and the payload's sha1, and anything else — no file, another commit (a
   * run killed between saving the records and the aggregate), another count, damaged bytes —
   * gives undefined (the corpus pass then sums the records' metas).
   */
  loadAggregate(): Uint8Array | undefined {
    const commit = this.loadedCommit;
    if (!commit || !this.records) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.aggregatePath);
    } catch {
      return undefined;
    }
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return undefined;
    const [head, token, count, digest] = bytes.toString("utf8", 0, newline).split("\t");
    if (head !== AGGREGATE_HEAD || token !== commit || Number(count) !== this.records.size) return undefined;
    const payload = bytes.subarray(newline + 1);
    return sha1(payload) === digest ? payload : undefined;
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
    const file = { fd: openSync(this.file.path, "r") };
    const size = this.file.scan((bytes, from, to, end) => {
      const lineBytes = end - lineStart;
      lineStart = end;
      let tab = bytes.indexOf(TAB, from);
      if (tab >= to) tab = -1;
      const head = bytes.toString("utf8", from, tab < 0 ? to : tab);
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
        commit = tab < 0 ? "" : bytes.toString("utf8", tab + 1, to);
        committedEnd = end;
      } else if (head === REMOVE) {
        pending.set(tab < 0 ? "" : bytes.toString("utf8", tab + 1, to), null);
      } else {
        const second = tab < 0 ? -1 : bytes.indexOf(TAB, tab + 1);
        if (second < 0 || second >= to) return;
        // file offsets: `end` is past the line's \n, `bytes[from]` at the line's start
        const lineAt = end - 1 - (to - from);
        const record = new LoadedRecord(
          file,
          lineAt + (tab + 1 - from),
          second - tab - 1,
          lineAt + (second + 1 - from),
          to - second - 1,
        );
        pending.set(head, { record, size: lineBytes });
      }
    });
    openVersions.register(file, file.fd);
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
    options: { all?: boolean; aggregate?: () => Uint8Array } = {},
  ): void {
    const token = newToken();
    this.savedCommit = token;
    if (options.all) {
      // every record anew, streamed to a fresh file: none is kept in memory (a later save loads them)
      let count = 0;
      this.rewrite(
        (function* () {
          for (const entry of changed) {
            count++;
            yield entry;
          }
        })(),
        token,
      );
      this.records = undefined;
      this.loaded = false;
      if (options.aggregate) this.saveAggregate(token, count, options.aggregate());
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
    if (options.aggregate) this.saveAggregate(token, records.size, options.aggregate());
  }

  /**
   * Puts the aggregate of the records of commit `token` in place (temporary file, rename), after
   * the records' commit: a run killed in between leaves the older aggregate, which names another
   * commit and is not taken.
   */
  private saveAggregate(token: string, count: number, payload: Uint8Array): void {
    removeStaleTemps(this.aggregatePath);
    const tmp = `${this.aggregatePath}.${process.pid}.tmp`;
    writeFileSync(tmp, `${AGGREGATE_HEAD}\t${token}\t${count}\t${sha1(payload)}\n`);
    writeFileSync(tmp, payload, { flag: "a" });
    renameSync(tmp, this.aggregatePath);
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
