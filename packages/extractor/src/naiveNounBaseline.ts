import nlp from "compromise";

/**
 * The naive baseline the speed bench compares against: compromise's full parse of the abstract
 * and its noun phrases (`nlp(abstract).nouns()`), with no lexicon, pattern or cache.
 */
export function naiveNounBaseline(abstract: string): string[] {
  return nlp(abstract).nouns().out("array") as string[];
}
