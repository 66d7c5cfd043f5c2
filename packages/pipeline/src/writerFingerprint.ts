import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The packages whose code turns papers and extractions into the rows stored (with this one). */
const WRITERS = ["@paperkg/core", "@paperkg/graph", "@paperkg/store"];
let fingerprint: string | null = null;

/**
 * sha256 of the non-test sources of `@paperkg/core`, `graph`, `store` and this package (read once):
 * the code that makes a paper's stored node and links from its extraction. Ingest marks record it,
 * so papers a load wrote under other code (a paperkg update that changes a link's fields) are
 * compared by content hash again instead of being taken as stored (see IngestMarks).
 */
export function writerFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const require = createRequire(import.meta.url);
  const dirs = [
    ...WRITERS.map((name) => dirname(require.resolve(name))),
    dirname(fileURLToPath(import.meta.url)),
  ];
  const hash = createHash("sha256");
  for (const dir of dirs) hashSources(dir, dir, hash);
  fingerprint = hash.digest("hex").slice(0, 32);
  return fingerprint;
}

function hashSources(root: string, at: string, hash: ReturnType<typeof createHash>): void {
  const entries = readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) hashSources(root, path, hash);
    else if (/\.(ts|tsx|mjs|json)$/.test(entry.name) && !/\.test\.tsx?$|testSupport\.ts$/.test(entry.name)) {
      hash.update(`${path.slice(root.length)}\n`);
      hash.update(readFileSync(path));
    }
  }
}
