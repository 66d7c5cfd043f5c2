const PREFIX_LABELS: Record<string, string> = {
  method: "Method",
  benchmark: "Benchmark",
  model: "Model",
  task: "Task",
  concept: "Concept",
  community: "Community",
};

/**
 * The Neo4j label a node id belongs to: entity ids start with their type (`benchmark:gsm8k`),
 * community nodes are `community:<n>` in the API, everything else is a Paper. Lets reads use the
 * per-label id index instead of scanning every node.
 */
export function labelOfId(id: string): string {
  const colon = id.indexOf(":");
  return (colon > 0 && PREFIX_LABELS[id.slice(0, colon)]) || "Paper";
}

/** API key of a community node. */
export const communityKey = (id: number) => `community:${id}`;
