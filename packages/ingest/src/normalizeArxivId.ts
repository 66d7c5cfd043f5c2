const NEW_STYLE = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const OLD_STYLE = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

/**
 * The arXiv id without version from an id or abs/pdf URL (`2101.00001v2`, `arXiv:2101.00001`,
 * `http://arxiv.org/abs/hep-th/9901001v1`), or undefined when it is not an arXiv id.
 */
export function normalizeArxivId(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  let text = raw.trim();
  const url = /arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?$/i.exec(text);
  if (url) text = url[1]!;
  text = text.replace(/^arxiv:/i, "");
  const match = NEW_STYLE.exec(text) ?? OLD_STYLE.exec(text);
  return match?.[1];
}
