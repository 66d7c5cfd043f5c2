import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { paperIdFromTitle } from "@paperkg/core";
import type { PaperText } from "./extractPaper.ts";

/** Repository root, from this file (`packages/extractor/src`). */
export const REPO_ROOT = new URL("../../../", import.meta.url).pathname;

/**
 * A deliberately small reader for the Daily-Papers pages in `data/samples` (tests only; the real
 * reader is `@paperkg/ingest`, which the extractor must not depend on): an abstract is a long line,
 * its title the closest earlier line that is not listing metadata.
 */
export function readSamplePages(dir = join(REPO_ROOT, "data/samples")): PaperText[] {
  const byTitle = new Map<string, PaperText>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const lines = readFileSync(join(dir, file), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    for (let i = 1; i < lines.length; i++) {
      if (lines[i]!.length < 400) continue;
      let j = i - 1;
      while (
        j > 0 &&
        (/^(?:•|·|\d+$|Submitted|[A-Z][a-z]{2} \d+|Upvote|\d+ authors)/.test(lines[j]!) ||
          lines[j]!.length < 8)
      )
        j--;
      const title = lines[j]!.replace(/^Subscribe/, "");
      if (title.length < 300 && !byTitle.has(title)) {
        byTitle.set(title, { id: paperIdFromTitle(title), title, abstract: lines[i]! });
      }
    }
  }
  return [...byTitle.values()];
}
