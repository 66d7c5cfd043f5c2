/**
 * The end of a map view's query: the nodes in `shown` (a list, in the view's order), one row each,
 * with the stored relationships from it to other nodes shown, so a run draws the same map.
 */
export const LINKS_AMONG_SHOWN = `// one row per node, with its links to the other nodes shown
UNWIND shown AS n
RETURN n, [(n)-[r]->(m) WHERE m IN shown | r] AS links`;

/** Indent every line of `text` by `spaces`. */
export const indent = (text: string, spaces: number) =>
  text
    .split("\n")
    .map((line) => " ".repeat(spaces) + line)
    .join("\n");

/** `WHERE a AND b` on its own line, or nothing when there is no condition. */
export const whereLine = (conditions: readonly string[]) =>
  conditions.length ? [`WHERE ${conditions.join("\n  AND ")}`] : [];
