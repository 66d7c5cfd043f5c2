import { type Diagnostic, type Paper, paperIdFromTitle } from "@paperkg/core";
import { cleanText } from "./cleanText.ts";
import { findCodeUrls } from "./findCodeUrls.ts";
import type { IngestCode } from "./IngestError.ts";
import { normalizeArxivId } from "./normalizeArxivId.ts";
import { parseDate } from "./parseDate.ts";
import type { RawRecord } from "./RawRecord.ts";
import type { ReadOptions } from "./ReadOptions.ts";

export type ToPaperResult = { ok: true; paper: Paper } | { ok: false; diagnostic: Diagnostic };

/**
 * Validate and normalise one raw record into a `Paper` (id, cleaned text, ISO date when the year is
 * known, code links), or say why it is rejected.
 */
export function toPaper(raw: RawRecord, options: ReadOptions): ToPaperResult {
  const reject = (code: IngestCode, message: string): ToPaperResult => ({
    ok: false,
    diagnostic: {
      file: raw.file,
      line: raw.line,
      code,
      message: `ingest: line ${raw.line} of ${raw.file}: ${message}`,
    },
  });
  const title = raw.title === undefined ? "" : cleanText(raw.title);
  const abstract = raw.abstract === undefined ? "" : cleanText(raw.abstract);
  if (title.length === 0) return reject("missing-title", "title is missing or empty");
  if (title.length > options.maxTitleChars)
    return reject("title-too-long", `title has ${title.length} characters (max ${options.maxTitleChars})`);
  if (abstract.length === 0)
    return reject("missing-abstract", `abstract is missing or empty for "${clip(title)}"`);
  if (abstract.length < options.minAbstractChars)
    return reject(
      "abstract-too-short",
      `abstract has ${abstract.length} characters (min ${options.minAbstractChars}) for "${clip(title)}"`,
    );
  if (abstract.length > options.maxAbstractChars)
    return reject(
      "abstract-too-long",
      `abstract has ${abstract.length} characters (max ${options.maxAbstractChars}) for "${clip(title)}"`,
    );

  const arxivId = normalizeArxivId(raw.arxivId);
  const paper: Omit<Paper, "id" | "title" | "abstract" | "codeUrls" | "sources"> = {};
  const authors = raw.authors?.map(cleanText).filter((a) => a.length > 0);
  if (authors && authors.length > 0) paper.authors = authors;
  const authorsCount = raw.authorsCount ?? authors?.length;
  if (authorsCount !== undefined && authorsCount > 0) paper.authorsCount = authorsCount;
  Object.assign(paper, parseDate(raw.date));
  if (raw.upvotes !== undefined) paper.upvotes = raw.upvotes;
  const organization = raw.organization === undefined ? "" : cleanText(raw.organization);
  if (organization) paper.organization = organization;
  if (arxivId) paper.arxivId = arxivId;
  const categories = raw.categories?.map((c) => c.trim()).filter((c) => c.length > 0);
  if (categories && categories.length > 0) paper.categories = [...new Set(categories)];
  const comment = raw.comment === undefined ? "" : cleanText(raw.comment);
  if (comment) paper.comment = comment;
  return {
    ok: true,
    paper: {
      id: arxivId ?? paperIdFromTitle(title),
      title,
      abstract,
      ...paper,
      codeUrls: findCodeUrls(abstract),
      sources: [{ file: raw.file, line: raw.line }],
    },
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
