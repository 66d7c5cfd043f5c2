import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

/**
 * Inside a `describe`: a maker of fresh temporary folders (`paperkg-<prefix>-…`), every one made
 * during a test removed after it.
 */
export function tempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), `paperkg-${prefix}-`));
    dirs.push(d);
    return d;
  };
}
