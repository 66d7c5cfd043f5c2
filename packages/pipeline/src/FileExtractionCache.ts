import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { LocalExtractionCache } from "@paperkg/extractor";
import { LineFile } from "./LineFile.ts";

const FILE = "per-paper.tsv";
const entryLine = (key: string, json: string) => `${key}\t${json}\n`;

/**
 * The extractor's per-paper results on disk (`<dir>/per-paper.tsv`, one `key<TAB>json` line per
 * paper), so an ingest extracts only papers it has not seen under the same extractor. Lines are
 * appended after extraction; a line cut short by a crash is dropped on the next load. When the file
 * would hold more than twice the bytes of the entries the run used (the rest: papers gone, an older
 * extractor), it is rewritten with only the used ones, through a temporary file and a rename.
 * Read in chunks through `LineFile`: at corpus scale the file outgrows a JavaScript string.
 */
export class FileExtractionCache implements LocalExtractionCache {
  private readonly entries = new Map<string, string>();
  /** Each entry's line bytes, and the file's bytes (with what `pending` adds). */
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private readonly used = new Set<string>();
  private pending: string[] = [];
  private readonly file: LineFile;

  constructor(dir: string) {
    this.file = new LineFile(join(dir, FILE));
    mkdirSync(dir, { recursive: true });
    let lineStart = 0;
    const size = this.file.read((line, end) => {
      const tab = line.indexOf("\t");
      if (tab > 0) {
        const key = line.slice(0, tab);
        this.entries.set(key, line.slice(tab + 1));
        this.sizes.set(key, end - lineStart);
      }
      lineStart = end;
    });
    // an append cut short by a crash: drop the torn line before anything is appended after it
    this.file.keep(lineStart, size);
    this.bytes = lineStart;
  }

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) this.used.add(key);
    return hit;
  }

  set(key: string, entitiesJson: string): void {
    const line = entryLine(key, entitiesJson);
    const size = Buffer.byteLength(line);
    this.entries.set(key, entitiesJson);
    this.sizes.set(key, size);
    this.used.add(key);
    this.pending.push(line);
    this.bytes += size;
  }

  /** Write what this run added (or the used entries alone, when the rest dominates the file). */
  flush(): void {
    let usedBytes = 0;
    for (const k of this.used) usedBytes += this.sizes.get(k) ?? 0;
    if (this.bytes > 2 * usedBytes) {
      const { entries, used } = this;
      this.bytes = this.file.rewrite(
        (function* () {
          for (const k of used) yield entryLine(k, entries.get(k) ?? "");
        })(),
      );
    } else {
      this.file.append(this.pending);
    }
    this.pending = [];
  }
}
