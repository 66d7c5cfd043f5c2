const INVARIANT = new Set([
  "analysis",
  "basis",
  "bias",
  "class",
  "loss",
  "process",
  "physics",
  "dynamics",
  "mathematics",
  "news",
  "series",
  "species",
  "status",
  "corpus",
  "gas",
  "lens",
  "chaos",
  "ethics",
  "statistics",
  "linguistics",
  "robotics",
  "graphics",
  "diagnosis",
  "synthesis",
  "hypothesis",
  "thesis",
  "axis",
  "atlas",
  "consensus",
  "focus",
  "virus",
  "radius",
  "genus",
  "stimulus",
  "alias",
  "canvas",
  "campus",
  "bus",
  "plus",
  "its",
  "this",
  "is",
  "was",
  "has",
  "does",
  "less",
  "across",
]);
const IRREGULAR: Record<string, string> = {
  indices: "index",
  matrices: "matrix",
  vertices: "vertex",
  analyses: "analysis",
  hypotheses: "hypothesis",
  criteria: "criterion",
  phenomena: "phenomenon",
  data: "data",
  media: "media",
  children: "child",
  people: "people",
  men: "man",
  women: "woman",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  lives: "life",
  leaves: "leaf",
  halves: "half",
  selves: "self",
  diagnoses: "diagnosis",
  theses: "thesis",
  axes: "axis",
  biases: "bias",
  aliases: "alias",
  statuses: "status",
  lenses: "lens",
  corpora: "corpus",
};

/** Rule-based English singular of one lower-case word; used to fold `models` → `model` in keys. */
export function singularize(word: string): string {
  if (!word.endsWith("s")) return IRREGULAR[word] ?? word;
  let out = cache.get(word);
  if (out === undefined) {
    out = singularizeUncached(word);
    if (cache.size >= 50_000) cache.clear();
    cache.set(word, out);
  }
  return out;
}
const cache = new Map<string, string>();

function singularizeUncached(word: string): string {
  if (word.length < 4 || INVARIANT.has(word) || /[^a-z]/.test(word.slice(-2))) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous|ics)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Singular of a phrase: only the head (last word) changes. */
export function singularizePhrase(phrase: string): string {
  const m = /^(.*?)([\p{L}]+)$/u.exec(phrase);
  if (!m) return phrase;
  return `${m[1]}${singularize(m[2]!)}`;
}
