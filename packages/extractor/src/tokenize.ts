/**
 * A linear, allocation-light tokenizer for abstracts: runs of letters, runs of digits, and single
 * other characters, each with its character offsets. Runs of letters and digits split so that
 * `Qwen2.5`, `Qwen-2.5` and `Qwen 2.5` give the same word tokens (separators are skipped by the trie).
 */
export interface Token {
  /** Exact text of the token. */
  text: string;
  /** Lower-case form used for matching. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Whitespace directly before the token. */
  spaceBefore: boolean;
}
export type TokenKind = "letters" | "digits" | "punct";

const LETTER = /\p{L}|\p{M}/u;
/** Typographic variants that match their ASCII form (`WMT’14` = `WMT'14`). */
const PUNCT_FOLD: Record<string, string> = {
  "’": "'",
  "‘": "'",
  "“": '"',
  "”": '"',
  "–": "-",
  "‐": "-",
  "‑": "-",
};

/** Class of the code unit `code` at `text[i]` (the character is only made for non-ASCII). */
function classOf(code: number, text: string, i: number): 0 | 1 | 2 | 3 {
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) return 0;
  if (code >= 48 && code <= 57) return 2;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 1;
  if (code < 128) return code === 12 || code === 11 ? 0 : 3;
  const ch = text[i]!;
  if (/\s/u.test(ch)) return 0;
  return LETTER.test(ch) ? 1 : 3;
}

/** Splits `text` into tokens; at most `maxTokens` are returned (a per-paper cap). */
export function tokenize(text: string, maxTokens = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let space = false;
  const n = text.length;
  while (i < n && tokens.length < maxTokens) {
    const code = text.charCodeAt(i);
    const cls = classOf(code, text, i);
    if (cls === 0) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (cls === 3) {
      // keep surrogate pairs (emoji) together so spans never split a code point
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    } else {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (classOf(c, text, i) !== cls) break;
        i++;
      }
    }
    const t = text.slice(start, i);
    tokens.push({
      text: t,
      norm: cls === 3 ? (PUNCT_FOLD[t] ?? t) : t.toLowerCase(),
      start,
      end: i,
      kind: cls === 1 ? "letters" : cls === 2 ? "digits" : "punct",
      spaceBefore: space,
    });
    space = false;
  }
  return tokens;
}

/** Tokens the trie skips: hyphens and underscores fold `Arena-Hard`, `Arena Hard` and `ArenaHard`. */
export function isSeparator(token: Token): boolean {
  return token.kind === "punct" && SEPARATORS.has(token.text);
}
const SEPARATORS = new Set(["-", "_", "‐", "‑", "–"]);
