import englishJson from "./lexicons/english.json" with { type: "json" };

/**
 * compromise's English lexicon, word → part-of-speech tag (or tags), exactly as its
 * `nlp.model().one.lexicon` gives it, read from `lexicons/english.json`, which this package's build
 * (`scripts/writeEnglishLexicon.mjs`, run by `pnpm install`) writes from the installed compromise,
 * instead of from compromise: importing compromise costs ~0.5 s of start-up per process and worker, and the
 * chunkers need only this table (`englishLexicon.test.ts` checks the file against compromise).
 * A plain object, as compromise's is, so lookups behave the same for every string.
 */
export const ENGLISH_POS: Record<string, string | string[]> = {};
for (const [tags, words] of Object.entries(englishJson.byTags as Record<string, string>)) {
  const list = tags.split("|");
  const value = list.length === 1 ? list[0]! : list;
  for (const word of words.split(",")) ENGLISH_POS[word] = value;
}

/** Every word of the lexicon (a name spelled like one must match its case). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(Object.keys(ENGLISH_POS));
