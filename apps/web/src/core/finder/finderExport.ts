import type { FinderResult } from "@paperkg/core";
import { arxivLinks } from "../paper/arxivLinks.ts";

type FoundPaper = FinderResult["papers"][number];

/** The arXiv abstract page of a paper id, or null when the id is not an arXiv id. */
export function arxivAbsUrl(id: string): string | null {
  return arxivLinks(id)?.abs ?? null;
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it behind an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The papers as CSV (RFC 4180): id, title, published, authors (`; `-joined), url. */
export function papersToCsv(papers: readonly FoundPaper[]): string {
  const rows = [["id", "title", "published", "authors", "url"]];
  for (const p of papers) {
    rows.push([p.id, p.title, p.published ?? "", p.authors.join("; "), arxivAbsUrl(p.id) ?? ""]);
  }
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The papers as pretty-printed JSON, with the query that found them. */
export function papersToJson(query: string, total: number, papers: readonly FoundPaper[]): string {
  return `${JSON.stringify({ query, total, papers }, null, 2)}\n`;
}

/** TeX's special characters escaped, braces kept balanced. */
function bibValue(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "^" || c === "~" ? `\\${c}{}` : `\\${c}`,
  );
}

function citeKeyBase(p: FoundPaper): string {
  const last = (p.authors[0] ?? "anon").trim().split(/\s+/).at(-1) ?? "anon";
  const word = p.title.split(/\s+/).find((w) => w.replace(/[^A-Za-z]/g, "").length > 3) ?? "paper";
  const ascii = (s: string) => s.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "");
  return `${ascii(last).toLowerCase() || "anon"}${p.published?.slice(0, 4) ?? ""}${ascii(word).toLowerCase()}`;
}

/** One BibTeX entry per paper: `@misc` with arXiv eprint fields when the id is an arXiv id; keys unique. */
export function papersToBibtex(papers: readonly FoundPaper[]): string {
  const used = new Map<string, number>();
  return papers
    .map((p) => {
      const base = citeKeyBase(p);
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      const key = n === 0 ? base : `${base}${String.fromCharCode(97 + ((n - 1) % 26))}${n > 26 ? n : ""}`;
      const fields: [string, string][] = [["title", `{${bibValue(p.title)}}`]];
      if (p.authors.length) fields.push(["author", p.authors.map(bibValue).join(" and ")]);
      if (p.published) {
        fields.push(["year", p.published.slice(0, 4)]);
        fields.push(["month", String(Number(p.published.slice(5, 7)))]);
      }
      const url = arxivAbsUrl(p.id);
      if (url) fields.push(["eprint", p.id], ["archivePrefix", "arXiv"], ["url", url]);
      return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
    })
    .join("\n");
}
