import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Test helper: a fresh temp directory and a writer for generated input files (big or binary ones). */
export function tempInputs(): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), "paperkg-ingest-"));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

export const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/ingest");

/** A 200-character abstract that passes every check. */
export const GOOD_ABSTRACT =
  "We propose a method that learns sparse routing for mixtures of experts and evaluate it on three language-modelling benchmarks, where it matches dense baselines at a third of the compute cost overall.";
