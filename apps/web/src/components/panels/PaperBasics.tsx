import type { PaperDetailNode } from "@paperkg/core";
import { useState } from "react";
import { papersToBibtex } from "../../core/finder/finderExport.ts";
import { arxivLinks } from "../../core/paper/arxivLinks.ts";

/** Only web links become anchors (an abstract's "code link" could be anything). */
const isWebUrl = (u: string) => /^https?:\/\//i.test(u);

/** Authors shown before "and N more". */
const AUTHORS_SHOWN = 8;

/** A paper's authors, arXiv categories, arXiv/PDF and code links, arXiv comment and "Copy BibTeX". */
export function PaperBasics({ node }: { node: PaperDetailNode }) {
  const p = node.properties;
  const [allAuthors, setAllAuthors] = useState(false);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const authors = p.authors ?? [];
  const shown = allAuthors ? authors : authors.slice(0, AUTHORS_SHOWN);
  const arxiv = arxivLinks(p.arxivId ?? node.id);
  const codeUrls = [...new Set([...(p.codeUrls ?? []), ...(p.codeUrl ? [p.codeUrl] : [])])].filter(isWebUrl);
  const copyBibtex = async () => {
    const entry = papersToBibtex([
      { id: arxiv?.id ?? node.id, title: p.title, published: p.published ?? null, authors, matched: [] },
    ]);
    try {
      await navigator.clipboard.writeText(entry);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="paper-basics" data-testid="paper-basics">
      {authors.length > 0 && (
        <div className="authors" data-testid="paper-authors">
          {shown.join(", ")}
          {authors.length > AUTHORS_SHOWN && (
            <button type="button" className="link-button" onClick={() => setAllAuthors(!allAuthors)}>
              {allAuthors ? " fewer" : ` and ${authors.length - AUTHORS_SHOWN} more`}
            </button>
          )}
        </div>
      )}
      {(p.categories?.length ?? 0) > 0 && (
        <div className="categories" data-testid="paper-categories">
          {p.categories?.map((c) => (
            <span key={c} className="category">
              {c}
            </span>
          ))}
        </div>
      )}
      {p.comment && <div className="meta comment">{p.comment}</div>}
      <div className="meta links">
        {arxiv && (
          <>
            <a href={arxiv.abs} target="_blank" rel="noreferrer noopener">
              arXiv:{arxiv.id}
            </a>
            <a href={arxiv.pdf} target="_blank" rel="noreferrer noopener">
              PDF
            </a>
          </>
        )}
        {codeUrls.map((u) => (
          <a key={u} href={u} target="_blank" rel="noreferrer noopener">
            {u.replace(/^https?:\/\//, "")}
          </a>
        ))}
        <button type="button" className="link-button" onClick={copyBibtex}>
          {copied === "copied" ? "BibTeX copied" : copied === "failed" ? "Copy failed" : "Copy BibTeX"}
        </button>
      </div>
    </div>
  );
}
