import type { NodeKind } from "@paperkg/core";
import { KIND_STYLE } from "../../core/graph/kindStyle.ts";

/** Entities grouped by kind, each a chip that navigates to it. */
export function EntityChips({
  entities,
  onPick,
}: {
  entities: readonly { id: string; kind: NodeKind; label: string; extra?: string }[];
  onPick: (id: string) => void;
}) {
  const groups = new Map<NodeKind, typeof entities>();
  for (const e of entities) groups.set(e.kind, [...(groups.get(e.kind) ?? []), e]);
  const seen = new Set<string>();
  return (
    <div className="chip-groups">
      {[...groups].map(([kind, list]) => (
        <div key={kind} className="chip-group">
          <div className="chip-group-title" style={{ color: KIND_STYLE[kind].color }}>
            {KIND_STYLE[kind].name}s
          </div>
          <div className="chips">
            {list
              .filter((e) => !seen.has(e.id) && seen.add(e.id))
              .map((e) => (
                <button
                  type="button"
                  key={e.id}
                  className={`chip chip-${kind}`}
                  style={{ borderColor: KIND_STYLE[kind].color }}
                  onClick={() => onPick(e.id)}
                >
                  {e.label}
                  {e.extra && <span className="chip-extra">{e.extra}</span>}
                </button>
              ))}
          </div>
        </div>
      ))}
    </div>
  );
}
