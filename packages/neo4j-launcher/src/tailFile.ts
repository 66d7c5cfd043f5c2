import { existsSync, readFileSync } from "node:fs";

/** The last `n` lines of a text file, or a note that it does not exist. */
export function tailFile(path: string, n = 20): string {
  if (!existsSync(path)) return `(no log at ${path})`;
  const lines = readFileSync(path, "utf8").trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}
