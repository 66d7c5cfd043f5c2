/** The input formats ingest reads. */
export type InputFormat = "daily-papers" | "jsonl" | "json" | "csv" | "atom";

/** What the first bytes of a file say about it, before any format is chosen. */
export type Sniff = { type: "empty" } | { type: "binary" } | { type: "text"; format: InputFormat | null };

/**
 * Decide a file's format from its first (decompressed) bytes; the file name only breaks ties
 * (`.csv` without a title/abstract header is still CSV, so its header gets reported).
 */
export function detectFormat(head: Buffer, fileName: string): Sniff {
  const sample = head.subarray(0, 8192);
  if (sample.length === 0) return { type: "empty" };
  if (isBinary(sample)) return { type: "binary" };
  const text = head.toString("utf8").replace(/^\ufeff/, "");
  const start = text.trimStart();
  if (start.length === 0) return { type: "empty" };
  const name = fileName.toLowerCase().replace(/\.gz$/, "");
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  if (start.startsWith("<")) {
    return { type: "text", format: /<(?:\w+:)?(?:feed|entry)[\s>]/.test(start) ? "atom" : null };
  }
  if (start.startsWith("[")) return { type: "text", format: "json" };
  if (start.startsWith("{")) {
    const oneLine = firstLine.trimEnd().endsWith("}") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    return { type: "text", format: oneLine ? "jsonl" : "json" };
  }
  const header = firstLine
    .toLowerCase()
    .split(/[,;\t]/)
    .map((c) => c.trim().replace(/^"|"$/g, ""));
  const csvHeader = header.length > 1 && header.includes("title");
  if (csvHeader || name.endsWith(".csv") || name.endsWith(".tsv")) return { type: "text", format: "csv" };
  return { type: "text", format: "daily-papers" };
}

/** NUL bytes, or many control bytes outside tab/newline/carriage return/form feed/escape. */
function isBinary(bytes: Buffer): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control > bytes.length * 0.05;
}
