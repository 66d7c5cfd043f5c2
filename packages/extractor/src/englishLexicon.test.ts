import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { ENGLISH_POS, ENGLISH_WORDS } from "./englishLexicon.ts";
import englishJson from "./lexicons/english.json" with { type: "json" };

const live = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

describe("englishLexicon", () => {
  // written by `node packages/extractor/scripts/writeEnglishLexicon.mjs` (the package's build)
  it("was written from the installed compromise", () => {
    expect(englishJson.compromise).toBe((nlp as unknown as { version: string }).version);
  });

  it("answers every lookup as compromise's own table does", () => {
    expect(ENGLISH_WORDS.size).toBe(Object.keys(live).length);
    for (const [word, tag] of Object.entries(live)) expect(ENGLISH_POS[word]).toEqual(tag);
    const cases = ["training", "constructor", "transformer", "zzyzx", "sq ft"];
    for (const w of cases) expect(ENGLISH_POS[w]).toEqual(live[w]);
  });
});
