import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/**
 * A JSONL(.gz) corpus split by listing date (then id): all but the `day` latest records into
 * `baseFile`, the `day` latest into `dayFile` — the base and the day of bench:incremental and
 * bench:day-extract. Returns how many records each part holds.
 */
export function splitByListingDate(
  input: string,
  day: number,
  baseFile: string,
  dayFile: string,
): { base: number; day: number } {
  const raw = readFileSync(input);
  const lines = (input.endsWith(".gz") ? gunzipSync(raw) : raw)
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim());
  const dated = lines.map((line) => {
    const r = JSON.parse(line) as { listing_date?: string; id?: string };
    return { line, key: `${r.listing_date ?? ""}\t${r.id ?? ""}` };
  });
  dated.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const write = (file: string, part: typeof dated) =>
    writeFileSync(file, `${part.map((d) => d.line).join("\n")}\n`);
  write(baseFile, dated.slice(0, -day));
  write(dayFile, dated.slice(-day));
  return { base: dated.length - Math.min(day, dated.length), day: Math.min(day, dated.length) };
}
