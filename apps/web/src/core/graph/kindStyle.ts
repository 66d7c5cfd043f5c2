import { NODE_KINDS, NODE_LABELS, NodeKind } from "@paperkg/core";
import { z } from "zod";
import kindColors from "./kindColors.json";

/** One border colour per node kind (every kind in core's `NODE_KINDS`, no other). */
const KindColors = z.record(NodeKind, z.string().regex(/^#[0-9a-f]{6}$/i, "expected a #rrggbb colour"));

function readKindColors(): Record<NodeKind, string> {
  const parsed = KindColors.safeParse(kindColors);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`web: kindColors.json: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
}

const colors = readKindColors();

/** How each node kind is told apart on the map: its border colour and its name (the Neo4j label). */
export const KIND_STYLE = Object.fromEntries(
  NODE_KINDS.map((k) => [k, { color: colors[k], name: NODE_LABELS[k] }]),
) as Record<NodeKind, { color: string; name: string }>;
