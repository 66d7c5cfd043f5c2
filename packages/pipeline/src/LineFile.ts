import {
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";

const NEWLINE = 0x0a;
/** Bytes read at a time, and lines written at a time by `rewrite`. */
export const DEFAULT_LINE_FILE_CHUNK = 1 << 22;
const LINES_PER_WRITE = 1_000;

/**
 * A UTF-8 file of `\n`-terminated lines, read and rewritten in chunks: the per-paper caches reach
 * hundreds of megabytes at corpus scale, past the longest JavaScript string (and, after an
 * extractor change, past what `readFileSync` returns in one Buffer). A line a crash cut short (no
 * `\n`) is never handed out; `keep` cuts it off before anything is appended after it.
 */
export class LineFile {
  constructor(
    readonly path: string,
    private readonly chunkBytes = DEFAULT_LINE_FILE_CHUNK,
  ) {}

  exists(): boolean {
    return existsSync(this.path);
  }

  /**
   * Calls `onLine` with each complete line (without its `\n`) and the byte offset just past it;
   * returns the file's size in bytes (0 when there is no file).
   */
  read(onLine: (line: string, end: number) => void): number {
    return this.scan((bytes, from, to, end) => onLine(bytes.toString("utf8", from, to), end));
  }

  /**
   * Like `read`, without decoding: `bytes[from, to)` is the line (valid during the call only) and
   * `end` the file offset just past its `\n`, so a caller decodes only what it needs.
   */
  scan(onLine: (bytes: Buffer, from: number, to: number, end: number) => void): number {
    if (!this.exists()) return 0;
    const fd = openSync(this.path, "r");
    try {
      let buffer = Buffer.alloc(this.chunkBytes);
      let filled = 0; // bytes in `buffer` not yet handed out as lines
      let offset = 0; // file offset of buffer[0]
      for (;;) {
        if (filled === buffer.length) {
          // a line longer than the buffer: grow it
          const grown = Buffer.alloc(buffer.length * 2);
          buffer.copy(grown, 0, 0, filled);
          buffer = grown;
        }
        const n = readSync(fd, buffer, filled, buffer.length - filled, offset + filled);
        if (n === 0) return offset + filled;
        const scanFrom = filled;
        filled += n;
        const view = buffer.subarray(0, filled);
        let at = 0;
        for (let end = view.indexOf(NEWLINE, scanFrom); end >= 0; end = view.indexOf(NEWLINE, at)) {
          onLine(view, at, end, offset + end + 1);
          at = end + 1;
        }
        if (at > 0) {
          // keep the unfinished line at the buffer's start
          buffer.copy(buffer, 0, at, filled);
          filled -= at;
          offset += at;
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  /** The `bytes` bytes at file offset `at`, decoded (a range `scan` reported). */
  readRange(at: number, bytes: number): string {
    const fd = openSync(this.path, "r");
    try {
      const buffer = Buffer.allocUnsafe(bytes);
      let got = 0;
      while (got < bytes) {
        const n = readSync(fd, buffer, got, bytes - got, at + got);
        if (n === 0) throw new Error(`LineFile: ${this.path} ends before byte ${at + bytes}`);
        got += n;
      }
      return buffer.toString("utf8");
    } finally {
      closeSync(fd);
    }
  }

  /** Cuts the file to its first `bytes` bytes when it is longer (`size`: its length now). */
  keep(bytes: number, size: number): void {
    if (bytes < size) truncateSync(this.path, bytes);
  }

  append(lines: readonly string[]): void {
    if (lines.length > 0) appendFileSync(this.path, lines.join(""));
  }

  /** Replaces the file by `lines` (each ending in `\n`) through a temporary file and a rename; returns its bytes. */
  rewrite(lines: Iterable<string>): number {
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, "");
    let chunk: string[] = [];
    const flush = () => {
      appendFileSync(tmp, chunk.join(""));
      chunk = [];
    };
    for (const line of lines) {
      chunk.push(line);
      if (chunk.length === LINES_PER_WRITE) flush();
    }
    flush();
    renameSync(tmp, this.path);
    return statSync(this.path).size;
  }
}
