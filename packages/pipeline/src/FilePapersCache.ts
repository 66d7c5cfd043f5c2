import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeTitle, type Paper, type PaperNode } from "@paperkg/core";
import { fromPaperNode } from "@paperkg/graph";
import { z } from "zod";
import { type PreparedFile, runSteps, runStepsIdle } from "./idleSteps.ts";
import { removeStaleTemps } from "./removeStaleTemps.ts";
import { writerFingerprint } from "./writerFingerprint.ts";

const FILE = "papers.jsonl";
const NEWLINE = 0x0a;
/** Lines joined into one write (and one hash update). */
const LINES_PER_WRITE = 1_000;

/**
 * A paper's line: its node's fields in this order, then its title's de-duplication key
 * (normalizeTitle), as a JSON array (no keys to repeat or parse).
 */
const FIELDS = [
  "id",
  "title",
  "abstract",
  "published",
  "dateText",
  "authors",
  "authorsCount",
  "upvotes",
  "organization",
  "arxivId",
  "categories",
  "comment",
  "codeUrl",
  "codeUrls",
  "sources",
] as const satisfies readonly (keyof PaperNode)[];

/**
 * The first line: which snapshot stored these papers, how many follow, the rest's size and sha1,
 * and (version 2) the code that made the title keys (writerFingerprint: `@paperkg/core` holds
 * normalizeTitle). A version 1 file, saved before the keys, loads without them.
 */
const HeaderV1 = z.object({
  version: z.literal(1),
  snapshot: z.string().min(1),
  papers: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha1: z.string().regex(/^[0-9a-f]{40}$/),
});
const Header = z.union([HeaderV1, HeaderV1.extend({ version: z.literal(2), keys: z.string().min(1) })]);

/**
 * The papers the last ingest stored, kept beside the extraction cache (`<dir>/papers.jsonl`: a JSON
 * header naming the snapshot, the byte length and sha1 of the rest, then one JSON array of the
 * `:Paper` node's fields and the title's key per paper), so the merge need not read every stored
 * paper back from Neo4j, nor normalise every stored title.
 * It counts only while its snapshot (by nonce) is the database's last, completed one: any other
 * write makes a new snapshot. A missing, cut short or damaged file (length, checksum or a line that
 * is not a node) is no cache: the papers are read from the database.
 */
export class FilePapersCache {
  private readonly path: string;
  /**
   * What the last successful `load` read: the body and, per id, its parsed row and line. `save`
   * copies the line of a paper whose node equals its row instead of writing it out again.
   */
  private loaded:
    | {
        body: Buffer;
        rows: Map<string, { row: unknown[]; from: number; to: number }>;
        /** The lines' title keys are the ones this code makes. */
        keys: boolean;
      }
    | undefined;

  constructor(dir: string) {
    this.path = join(dir, FILE);
  }

  /**
   * The stored papers (as `fromPaperNode` gives them, in the order saved) if this file was saved
   * by snapshot `nonce`, else undefined.
   */
  load(nonce: string | null | undefined): Paper[] | undefined {
    this.loaded = undefined;
    if (!nonce) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path);
    } catch {
      return undefined;
    }
    const headerEnd = bytes.indexOf(NEWLINE);
    if (headerEnd < 0) return undefined;
    let header: z.infer<typeof Header>;
    try {
      const parsed = Header.safeParse(JSON.parse(bytes.toString("utf8", 0, headerEnd)));
      if (!parsed.success || parsed.data.snapshot !== nonce) return undefined;
      header = parsed.data;
    } catch {
      return undefined;
    }
    const body = bytes.subarray(headerEnd + 1);
    if (body.length !== header.bytes) return undefined;
    if (createHash("sha1").update(body).digest("hex") !== header.sha1) return undefined;
    const width = header.version === 2 ? FIELDS.length + 1 : FIELDS.length;
    const papers: Paper[] = [];
    const rows = new Map<string, { row: unknown[]; from: number; to: number }>();
    let at = 0;
    try {
      for (let end = body.indexOf(NEWLINE); end >= 0; end = body.indexOf(NEWLINE, at)) {
        const row: unknown = JSON.parse(body.toString("utf8", at, end));
        const paper = toPaper(row, width);
        if (!paper) return undefined;
        papers.push(paper);
        rows.set(paper.id, { row: row as unknown[], from: at, to: end + 1 });
        at = end + 1;
      }
    } catch {
      return undefined;
    }
    if (at !== body.length || papers.length !== header.papers) return undefined;
    this.loaded = { body, rows, keys: header.version === 2 && header.keys === writerFingerprint() };
    return papers;
  }

  /**
   * `normalizeTitle(title)` of a paper the last `load` gave, as saved with it — so a merge need not
   * normalise every stored title — or undefined when the keys were made by other code.
   */
  titleKey(id: string): string | undefined {
    const loaded = this.loaded;
    if (!loaded?.keys) return undefined;
    return loaded.rows.get(id)?.row[FIELDS.length] as string | undefined;
  }

  /** Replaces the file (temporary file, rename) with the paper nodes snapshot `nonce` stored. */
  save(nonce: string | null, papers: readonly PaperNode[]): void {
    if (!nonce) {
      this.clear();
      return;
    }
    renameSync(runSteps(this.write(nonce, papers)), this.path);
  }

  /**
   * What `save` writes, written a slice at a time between turns of the event loop (while the
   * caller awaits the database) to a temporary file; `commit` puts it in place once snapshot
   * `nonce` completed, `discard` removes it.
   */
  async prepare(nonce: string | null, papers: readonly PaperNode[]): Promise<PreparedFile> {
    removeStaleTemps(this.path);
    if (!nonce) return { commit: () => this.clear(), discard: () => {} };
    const tmp = await runStepsIdle(this.write(nonce, papers));
    return {
      commit: () => renameSync(tmp, this.path),
      discard: () => rmSync(tmp, { force: true }),
    };
  }

  /** Writes the file to a temporary path, yielding between slices; returns the path. */
  private *write(nonce: string, papers: readonly PaperNode[]): Generator<void, string> {
    const loaded = this.loaded;
    this.loaded = undefined;
    const chunks: Buffer[] = [];
    const hash = createHash("sha1");
    let bytes = 0;
    for (let i = 0; i < papers.length; i += LINES_PER_WRITE) {
      // a line is copied from the loaded file when its row holds exactly the node's values, which
      // JSON.stringify would write out byte for byte the same
      const pieces: Buffer[] = [];
      let text = "";
      for (const p of papers.slice(i, i + LINES_PER_WRITE)) {
        const was = loaded?.rows.get(p.id);
        if (was && loaded!.keys && sameRow(was.row, p)) {
          if (text) pieces.push(Buffer.from(text, "utf8"));
          text = "";
          pieces.push(loaded!.body.subarray(was.from, was.to));
        } else text += `${JSON.stringify([...FIELDS.map((f) => p[f] ?? null), normalizeTitle(p.title)])}\n`;
      }
      if (text) pieces.push(Buffer.from(text, "utf8"));
      const encoded = Buffer.concat(pieces);
      hash.update(encoded);
      bytes += encoded.length;
      chunks.push(encoded);
      yield;
    }
    const header: z.infer<typeof Header> = {
      version: 2,
      keys: writerFingerprint(),
      snapshot: nonce,
      papers: papers.length,
      bytes,
      sha1: hash.digest("hex"),
    };
    const tmp = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      // with a descriptor, writeFileSync writes all of it at the current position
      writeFileSync(fd, `${JSON.stringify(header)}\n`);
      for (const chunk of chunks) {
        writeFileSync(fd, chunk);
        yield;
      }
    } finally {
      closeSync(fd);
    }
    return tmp;
  }

  /** No cache: the next ingest reads the stored papers from the database. */
  clear(): void {
    rmSync(this.path, { force: true });
  }
}

/** True when `row` (a parsed line) holds exactly `node`'s values, field by field. */
function sameRow(row: readonly unknown[], node: PaperNode): boolean {
  for (let i = 0; i < FIELDS.length; i++) {
    const a = row[i];
    const b = node[FIELDS[i]!] ?? null;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
    } else if (a !== b) return false;
  }
  return true;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isInt = (v: unknown): v is number => Number.isInteger(v);

/**
 * A saved line (`width` values: the node's fields, then the title key from version 2 on) back
 * into a paper, or undefined when it is not the node `save` wrote (the checksum
 * already vouches for the bytes; this checks each field's type, cheaper than a schema per paper).
 */
function toPaper(row: unknown, width: number): Paper | undefined {
  if (!Array.isArray(row) || row.length !== width) return undefined;
  if (width > FIELDS.length && !isString(row[FIELDS.length])) return undefined;
  const [id, title, abstract, published, dateText, authors, authorsCount, upvotes] = row;
  const [organization, arxivId, categories, comment, codeUrl, codeUrls, sources] = row.slice(
    8,
    FIELDS.length,
  );
  const stringOrNull = [published, dateText, organization, arxivId, comment, codeUrl];
  if (!isString(id) || id.length === 0 || !isString(title) || !isString(abstract)) return undefined;
  if (!stringOrNull.every((v) => v === null || isString(v))) return undefined;
  if (!(authorsCount === null || isInt(authorsCount)) || !(upvotes === null || isInt(upvotes)))
    return undefined;
  if (!isStrings(authors) || !isStrings(categories) || !isStrings(codeUrls) || !isStrings(sources))
    return undefined;
  return fromPaperNode({
    id,
    title,
    abstract,
    published,
    dateText,
    authors,
    authorsCount,
    upvotes,
    organization,
    arxivId,
    categories,
    comment,
    codeUrl,
    codeUrls,
    sources,
  } as PaperNode);
}
