import { isSeparator, type Token, tokenize } from "./tokenize.ts";

/**
 * A trie over lower-case word tokens (separators skipped), so that each lexicon phrase is found
 * in one left-to-right walk: longest match wins at each start token.
 * Reference: Aho & Corasick-style dictionary matching, without failure links (phrases are short).
 */
interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

export interface TrieMatch<V> {
  /** Index of the first and one past the last token of the match. */
  from: number;
  to: number;
  values: V[];
}

export class TokenTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: [] };
  size = 0;

  /** Adds `phrase` (tokenized the same way as the text) with its value. */
  add(phrase: string, value: V): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  /** The longest phrase starting at token `from`, or null. */
  longestAt(
    tokens: readonly Token[],
    from: number,
    accept?: (m: TrieMatch<V>) => boolean,
  ): TrieMatch<V> | null {
    let node = this.root;
    let best: TrieMatch<V> | null = null;
    let i = from;
    const first = tokens[from];
    if (!first || isSeparator(first)) return null;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (i > from && isSeparator(token)) {
        i++;
        continue;
      }
      const child = node.next.get(token.norm);
      if (!child) break;
      node = child;
      i++;
      if (node.values.length > 0) {
        const candidate = { from, to: i, values: node.values };
        if (!accept || accept(candidate)) best = candidate;
      }
    }
    return best;
  }
}

/** The trie keys of a phrase: its lower-case tokens without separators. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => !isSeparator(t))
    .map((t) => t.norm);
}
