import type { NodeKind } from "@paperkg/core";
import { KIND_STYLE } from "../core/graph/kindStyle.ts";

/** A small coloured tag naming a node kind, in the map's border colour for that kind. */
export function KindBadge({ kind }: { kind: NodeKind }) {
  return (
    <span
      className={`kind-badge kind-${kind}`}
      style={{ borderColor: KIND_STYLE[kind].color, color: KIND_STYLE[kind].color }}
    >
      {KIND_STYLE[kind].name}
    </span>
  );
}
