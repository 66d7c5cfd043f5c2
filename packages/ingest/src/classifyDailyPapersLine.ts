import boilerplate from "./dailyPapersBoilerplate.json" with { type: "json" };

const BOILERPLATE = new Set(boilerplate.lines.map((l) => l.toLowerCase()));
const AUTHORS = /^[•·*-]\s*(\d+)\s+authors?$/i;
const SEPARATOR = /^[·•]$/;
const DATE_LINE =
  /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)(?:\s+(\d+))?$/;

/** What one line of a Daily-Papers page is. Organisation lines are recognised later, by position. */
export type DailyPapersLine =
  | { type: "blank" }
  | { type: "boilerplate" }
  | { type: "authors"; count: number }
  | { type: "separator" }
  | { type: "date"; date: string; upvotes?: number }
  | { type: "text"; text: string };

export function classifyDailyPapersLine(raw: string): DailyPapersLine {
  const text = raw.trim();
  if (text.length === 0) return { type: "blank" };
  if (text.length < 60 && BOILERPLATE.has(text.toLowerCase())) return { type: "boilerplate" };
  if (text.length < 40) {
    const authors = AUTHORS.exec(text);
    if (authors) return { type: "authors", count: Number(authors[1]) };
    if (SEPARATOR.test(text)) return { type: "separator" };
    const date = DATE_LINE.exec(text);
    if (date)
      return date[2]
        ? { type: "date", date: date[1]!, upvotes: Number(date[2]) }
        : { type: "date", date: date[1]! };
  }
  return { type: "text", text };
}

/** The page's first title is glued to `Subscribe` in the one-line layout: split it off. */
export function splitGluedTitle(text: string): string {
  const prefix = boilerplate.gluedPrefix;
  return text.startsWith(prefix) && text.length > prefix.length ? text.slice(prefix.length).trim() : text;
}

/** Prose, not a title: long, or at least two sentences. */
export function looksLikeProse(text: string): boolean {
  return text.length > 300 || /[.!?]["')\]]?\s+\S[\s\S]*[.!?]["')\]]?$/.test(text);
}
