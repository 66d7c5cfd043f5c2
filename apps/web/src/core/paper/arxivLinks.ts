/** A new-style or old-style arXiv id without version (`2501.01234`, `cs/0112017`). */
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/;

/** The arXiv abstract and PDF pages of an id, or null when it is not an arXiv id. */
export function arxivLinks(id: string | null | undefined): { id: string; abs: string; pdf: string } | null {
  if (!id || !ARXIV_ID.test(id)) return null;
  return { id, abs: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` };
}
