/**
 * The opaque cursor of a paged list of papers, newest first: the (published day, id) of the last
 * paper of a page, so the next page starts strictly after it (keyset paging: stable while papers
 * are added, no offset to skip). base64url of `<published>\n<id>`; a paper without a date has "".
 */
export interface PaperCursor {
  published: string;
  id: string;
}

export function encodePaperCursor(cursor: PaperCursor): string {
  return Buffer.from(`${cursor.published}\n${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor in `text`; null when it is not one this API made. */
export function decodePaperCursor(text: string): PaperCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  const cut = decoded.indexOf("\n");
  if (cut < 0) return null;
  const published = decoded.slice(0, cut);
  const id = decoded.slice(cut + 1);
  if (id.length === 0 || id.includes("\n") || (published !== "" && !/^\d{4}-\d{2}-\d{2}/.test(published)))
    return null;
  return { published, id };
}
