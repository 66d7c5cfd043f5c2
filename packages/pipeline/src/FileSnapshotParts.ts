import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LineFile } from "./LineFile.ts";

const FILE = "snapshot-parts.tsv";
const COMMIT = "#commit";
const REMOVE = "-";
const partLine = (id: string, part: string) => `${id}\t${part}\n`;

/**
 * Each paper's snapshot part (`buildSnapshot`'s `onPart`: its links and entity occurrences) on
 * disk (`<dir>/snapshot-parts.tsv`): `id<TAB>part` lines and `-<TAB>id` removals, each save closed
 * by a `#commit<TAB>token` line naming the corpus-pass records (FileCorpusPassStore's commit) the
 * parts were built from. A load returns the parts only when the last commit names the records the
 * corpus pass loaded this run: a paper whose record the pass reuses unchanged then has the part
 * built from that very record. Anything else — no file, another commit (a run cut short between
 * the two saves), lines after the last commit — gives no parts, and the snapshot is built from the
 * extractions. Rewritten (temporary file, rename) when dead lines make up more than half of it.
 */
export class FileSnapshotParts {
  private readonly file: LineFile;
  private parts: Map<string, string> | undefined;
  private bytes = 0;
  private liveBytes = 0;
  private readonly sizes = new Map<string, number>();

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = new LineFile(join(dir, FILE));
  }

  /** The parts built from the corpus-pass records of commit `commit`, by paper id, or undefined. */
  load(commit: string | undefined): Map<string, string> | undefined {
    this.parts = undefined;
    if (!commit || !this.file.exists()) return undefined;
    const committed = new Map<string, string>();
    const sizes = new Map<string, number>();
    let pending = new Map<string, { part: string; size: number } | null>();
    let last: string | undefined;
    let committedEnd = 0;
    let lineStart = 0;
    const size = this.file.read((line, end) => {
      const lineBytes = end - lineStart;
      lineStart = end;
      const tab = line.indexOf("\t");
      if (tab < 0) return;
      const head = line.slice(0, tab);
      if (head === COMMIT) {
        for (const [id, p] of pending) {
          if (p) {
            committed.set(id, p.part);
            sizes.set(id, p.size);
          } else {
            committed.delete(id);
            sizes.delete(id);
          }
        }
        pending = new Map();
        last = line.slice(tab + 1);
        committedEnd = end;
      } else if (head === REMOVE) pending.set(line.slice(tab + 1), null);
      else pending.set(head, { part: line.slice(tab + 1), size: lineBytes });
    });
    if (last !== commit) return undefined;
    // lines after the last commit: a save cut short, cut off before anything is appended after them
    this.file.keep(committedEnd, size);
    this.parts = committed;
    this.bytes = committedEnd;
    this.sizes.clear();
    this.liveBytes = 0;
    for (const [id, size] of sizes) {
      this.sizes.set(id, size);
      this.liveBytes += size;
    }
    return committed;
  }

  /**
   * Records the parts of commit `commit`: with `all`, exactly `changed` (a new file); else the
   * parts the last `load` returned, with `changed` replaced and `removed` dropped (without a load
   * that returned parts, the same as `all`).
   */
  save(
    commit: string,
    changed: ReadonlyMap<string, string>,
    removed: Iterable<string>,
    options: { all?: boolean } = {},
  ): void {
    const fresh = options.all === true || !this.parts;
    const parts = fresh ? new Map<string, string>() : this.parts!;
    if (fresh) {
      this.sizes.clear();
      this.liveBytes = 0;
    }
    const lines: string[] = [];
    let appended = 0;
    for (const id of removed) {
      if (!parts.delete(id)) continue;
      this.liveBytes -= this.sizes.get(id) ?? 0;
      this.sizes.delete(id);
      const line = `${REMOVE}\t${id}\n`;
      lines.push(line);
      appended += Buffer.byteLength(line);
    }
    for (const [id, part] of changed) {
      parts.set(id, part);
      const line = partLine(id, part);
      const size = Buffer.byteLength(line);
      this.liveBytes += size - (this.sizes.get(id) ?? 0);
      this.sizes.set(id, size);
      lines.push(line);
      appended += size;
    }
    const commitLine = `${COMMIT}\t${commit}\n`;
    lines.push(commitLine);
    appended += Buffer.byteLength(commitLine);
    this.parts = parts;
    if (fresh || !this.file.exists() || this.bytes + appended > 2 * (this.liveBytes + 64)) {
      this.bytes = this.file.rewrite(
        (function* () {
          for (const [id, part] of parts) yield partLine(id, part);
          yield commitLine;
        })(),
      );
    } else {
      this.file.append(lines);
      this.bytes += appended;
    }
  }
}
