import type { NodeKind } from "@paperkg/core";

/** How each node kind is told apart on the map: its border colour and a legend name. */
export const KIND_STYLE: Record<NodeKind, { color: string; name: string }> = {
  paper: { color: "#1e293b", name: "Paper" },
  method: { color: "#7c3aed", name: "Method" },
  benchmark: { color: "#e11d48", name: "Benchmark" },
  model: { color: "#0d9488", name: "Model" },
  task: { color: "#d97706", name: "Task" },
  concept: { color: "#64748b", name: "Concept" },
  community: { color: "#0f172a", name: "Community" },
};
