/** Sentence boundaries as character ranges; abbreviations and decimals do not end a sentence. */
export interface SentenceRange {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "etc",
  "vs",
  "al",
  "fig",
  "figs",
  "eq",
  "eqs",
  "sec",
  "no",
  "approx",
  "resp",
  "cf",
  "dr",
  "mr",
  "ms",
  "st",
  "v",
]);

/** Splits `text` into sentences in one pass; a sentence longer than `maxLength` is cut. */
export function splitSentences(text: string, maxLength = 2000): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (i - start >= maxLength) {
      push(i);
      start = i;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    const next = text[i + 1];
    if (next !== undefined && next !== " " && next !== "\n" && next !== "\t") continue;
    if (ch === ".") {
      // the word before the dot: an abbreviation or an initial does not end the sentence
      let j = i - 1;
      while (j >= start && /[\p{L}.]/u.test(text[j]!)) j--;
      const word = text.slice(j + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || (word.length === 1 && /[a-z]/.test(word))) continue;
      // a following lower-case word means the dot was not a full stop
      let k = i + 1;
      while (k < n && text[k] === " ") k++;
      if (k < n && /\p{Ll}/u.test(text[k]!)) continue;
    }
    push(i + 1);
    start = i + 1;
  }
  push(n);
  return out;
}
