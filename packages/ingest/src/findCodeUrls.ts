import codeHosts from "./codeHosts.json" with { type: "json" };

const HOSTS = codeHosts.map((h) => h.replace(/\./g, "\\.")).join("|");
const CODE_URL = new RegExp(
  `(?:https?://)?(?:www\\.)?(?:${HOSTS})/[A-Za-z0-9_.~-]+(?:/[A-Za-z0-9_.~%+#@=&?-]+)*/?`,
  "gi",
);
const QUICK = new RegExp(`(?:${HOSTS})/`, "i");

/**
 * Code-hosting links (GitHub, GitLab, …, see `codeHosts.json`) found in a text, as `https://`
 * URLs without trailing punctuation, de-duplicated in order of appearance.
 */
export function findCodeUrls(text: string): string[] {
  if (!QUICK.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(CODE_URL)) {
    const start = match.index ?? 0;
    const before = start > 0 ? text[start - 1] : " ";
    if (before !== undefined && /[A-Za-z0-9.@-]/.test(before)) continue; // part of another host name
    let url = match[0].replace(/[.,;:!?)\]}'"-]+$/, "").replace(/\/$/, "");
    if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
    url = url.replace(/^http:\/\//i, "https://").replace(/^https:\/\/www\./i, "https://");
    if (url.split("/").length < 4 || found.includes(url)) continue;
    found.push(url);
  }
  return found;
}
