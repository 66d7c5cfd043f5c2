import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ExtractOptions, resolveExtractOptions } from "./extractOptions.ts";

const SOURCE_DIR = dirname(fileURLToPath(import.meta.url));
let sources: string | null = null;

/**
 * sha256 of the extractor's code and lexicons (every non-test source file beside this one, read
 * once) and of the options: what a per-paper result depends on besides the paper's text. A cached
 * result made under another fingerprint is never reused, so a changed rule or lexicon re-extracts.
 */
export function extractorFingerprint(options?: Partial<ExtractOptions>): string {
  sources ??= hashSources(SOURCE_DIR);
  return createHash("sha256")
    .update(sources)
    .update(JSON.stringify(resolveExtractOptions(options)))
    .digest("hex")
    .slice(0, 32);
}

function hashSources(dir: string): string {
  const hash = createHash("sha256");
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.(ts|mjs|json)$/.test(entry.name) &&
        !/\.test(Support)?\.ts$|testSupport\.ts$/.test(entry.name)
      ) {
        hash.update(`${path.slice(dir.length)}\n`);
        hash.update(readFileSync(path));
      }
    }
  };
  walk(dir);
  return hash.digest("hex");
}
