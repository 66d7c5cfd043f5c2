import { api } from "../../api/api.ts";

/** What a panel can ask the explorer to do with a node. */
export interface NodeActions {
  /** Open a node the panel names (a chip, a row): in its own community on a drill-down level. */
  open: (id: string) => void;
  expand: (id: string) => void;
  collapse: (id: string) => void;
  hide: (id: string) => void;
  ego: (id: string, depth: 1 | 2) => void;
  pathEnd: (end: "from" | "to", id: string) => void;
  drill: (community: number) => void;
}

/** The buttons shown for any selected node. */
export function NodeActionBar({ id, actions, onMap }: { id: string; actions: NodeActions; onMap: boolean }) {
  return (
    <div className="node-actions">
      <button
        type="button"
        onClick={() => actions.expand(id)}
        title="Add this node's neighbours to the map (or double-click it)"
      >
        Expand
      </button>
      <button
        type="button"
        disabled={!onMap}
        onClick={() => actions.collapse(id)}
        title="Remove what expanding it added"
      >
        Collapse
      </button>
      <button
        type="button"
        disabled={!onMap}
        onClick={() => actions.hide(id)}
        title="Remove this node from the map"
      >
        Hide
      </button>
      <button type="button" onClick={() => actions.ego(id, 1)} title="Show only this node and its neighbours">
        Ego 1
      </button>
      <button type="button" onClick={() => actions.ego(id, 2)} title="Neighbours and their neighbours">
        Ego 2
      </button>
      {api.capabilities.path && (
        <>
          <button
            type="button"
            onClick={() => actions.pathEnd("from", id)}
            title="Start a shortest path here"
          >
            Path from
          </button>
          <button type="button" onClick={() => actions.pathEnd("to", id)} title="End a shortest path here">
            Path to
          </button>
        </>
      )}
    </div>
  );
}
