import { kindOfLabel, type NodeKind } from "@paperkg/core";

/** The node kind of a `labels(n)[0]` column; `concept` for a label paperkg does not write. */
export function kindOfRow(label: unknown): NodeKind {
  return kindOfLabel(String(label)) ?? "concept";
}
