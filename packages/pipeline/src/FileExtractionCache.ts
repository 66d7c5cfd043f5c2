import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { LocalExtractionCache } from "@paperkg/extractor";
import { LineFile } from "./LineFile.ts";

const FILE = "per-paper.tsv";
const TAB = 0x09;
const entryLine = (key: string, json: string) => `${key}\t${json}\n`;

/** Where an entry's value sits in the file, and its line's bytes. */
interface Slot {
  at: number;
  bytes: number;
  lineBytes: number;
}

/**
 * The extractor's per-paper results on disk (`<dir>/per-paper.tsv`, one `key<TAB>json` line per
 * paper), so an ingest extracts only papers it has not seen under the same extractor. Opening it
 * indexes the keys only; a value is read from the file when asked for — a day's ingest needs the
 * results of the few papers the corpus pass runs over, not the whole corpus's. Lines are appended
 * after extraction; a line cut short by a crash is dropped on the next load. When the file would
 * hold more than twice the bytes of the entries the run used (the rest: papers gone, an older
 * extractor), it is rewritten with only the used ones, through a temporary file and a rename.
 * Scanned in chunks through `LineFile`: at corpus scale the file outgrows a JavaScript string.
 */
export class FileExtractionCache implements LocalExtractionCache {
  /** Entries in the file, by key; and entries set by this run, not yet written. */
  private slots = new Map<string, Slot>();
  private readonly added = new Map<string, string>();
  private bytes = 0;
  private readonly used = new Set<string>();
  private pending: { key: string; line: string; bytes: number }[] = [];
  private readonly file: LineFile;

  constructor(dir: string) {
    this.file = new LineFile(join(dir, FILE));
    mkdirSync(dir, { recursive: true });
    const end = this.index();
    // an append cut short by a crash: drop the torn line before anything is appended after it
    this.file.keep(this.bytes, end);
  }

  has(key: string): boolean {
    const hit = this.added.has(key) || this.slots.has(key);
    if (hit) this.used.add(key);
    return hit;
  }

  get(key: string): string | undefined {
    const added = this.added.get(key);
    if (added !== undefined) {
      this.used.add(key);
      return added;
    }
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    this.used.add(key);
    return this.file.readRange(slot.at, slot.bytes);
  }

  set(key: string, entitiesJson: string): void {
    const line = entryLine(key, entitiesJson);
    this.added.set(key, entitiesJson);
    this.used.add(key);
    this.pending.push({ key, line, bytes: Buffer.byteLength(line) });
  }

  /** Write what this run added (or the used entries alone, when the rest dominates the file). */
  flush(): void {
    const addedBytes = new Map<string, number>();
    let appended = 0;
    for (const p of this.pending) {
      addedBytes.set(p.key, p.bytes);
      appended += p.bytes;
    }
    let usedBytes = 0;
    for (const k of this.used) usedBytes += addedBytes.get(k) ?? this.slots.get(k)?.lineBytes ?? 0;
    if (this.bytes + appended > 2 * usedBytes) {
      const used = [...this.used];
      this.file.rewrite(
        (function* (cache: FileExtractionCache) {
          for (const k of used) yield entryLine(k, cache.get(k) ?? "");
        })(this),
      );
      this.slots = new Map();
      this.index();
    } else {
      this.file.append(this.pending.map((p) => p.line));
      let offset = this.bytes;
      for (const { key, bytes } of this.pending) {
        const keyBytes = Buffer.byteLength(key) + 1;
        this.slots.set(key, { at: offset + keyBytes, bytes: bytes - keyBytes - 1, lineBytes: bytes });
        offset += bytes;
      }
      this.bytes = offset;
    }
    this.added.clear();
    this.pending = [];
  }

  /** Indexes the file's complete lines (the last of a key wins); returns the file's size. */
  private index(): number {
    let lineStart = 0;
    const size = this.file.scan((bytes, from, to, end) => {
      const tab = bytes.indexOf(TAB, from);
      if (tab > from && tab < to) {
        const key = bytes.toString("utf8", from, tab);
        this.slots.set(key, {
          at: lineStart + (tab + 1 - from),
          bytes: to - tab - 1,
          lineBytes: end - lineStart,
        });
      }
      lineStart = end;
    });
    this.bytes = lineStart;
    return size;
  }
}
