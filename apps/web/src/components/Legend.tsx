import type { NodeKind } from "@paperkg/core";
import { KIND_STYLE } from "../core/graph/kindStyle.ts";

/** Which border colour means which kind (fill colour is the community). */
export function Legend({ kinds }: { kinds: readonly NodeKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <div className="legend" data-testid="legend">
      {kinds.map((k) => (
        <span key={k} className="legend-item">
          <span className="legend-dot" style={{ borderColor: KIND_STYLE[k].color }} />
          {KIND_STYLE[k].name}
        </span>
      ))}
      <span className="legend-note">fill = community · size = PageRank</span>
    </div>
  );
}
