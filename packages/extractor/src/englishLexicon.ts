import englishJson from "./lexicons/english.json" with { type: "json" };

/**
 * compromise's English lexicon, word → part-of-speech tag (or tags), exactly as its
 * `nlp.model().one.lexicon` gives it, read from the snapshot `lexicons/english.json` instead of
 * from compromise: importing compromise costs ~0.5 s of start-up per process and worker, and the
 * chunkers need only this table (`englishLexicon.test.ts` keeps the snapshot equal to compromise).
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

/** The snapshot's form: words grouped by their tag list (`"PastTense|PhrasalVerb"`), comma-joined. */
export function groupByTags(lexicon: Record<string, string | string[]>): Record<string, string> {
  const groups = new Map<string, string[]>();
  for (const [word, tag] of Object.entries(lexicon)) {
    const key = Array.isArray(tag) ? tag.join("|") : tag;
    const list = groups.get(key);
    if (list) list.push(word);
    else groups.set(key, [word]);
  }
  return Object.fromEntries([...groups].map(([tags, words]) => [tags, words.join(",")]));
}
