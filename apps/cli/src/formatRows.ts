/** Render query rows as an aligned text table, CSV (RFC 4180 quoting) or a JSON array of row objects. */
export function formatRows(
  columns: string[],
  rows: Record<string, unknown>[],
  format: "table" | "json" | "csv",
): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  const cell = (v: unknown) =>
    v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  if (format === "csv") {
    const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = [
      columns.map(quote).join(","),
      ...rows.map((r) => columns.map((c) => quote(cell(r[c]))).join(",")),
    ];
    return `${lines.join("\n")}\n`;
  }
  const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s).replace(/\s+/g, " ");
  const table = rows.map((r) => columns.map((c) => clip(cell(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((s, i) => s.padEnd(widths[i]!))
      .join(" │ ")
      .trimEnd();
  return `${[line(columns), widths.map((w) => "─".repeat(w)).join("─┼─"), ...table.map(line)].join("\n")}\n`;
}
