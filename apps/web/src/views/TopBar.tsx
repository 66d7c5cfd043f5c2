import type { Dispatch } from "react";
import { api } from "../api/api.ts";
import { CypherButton } from "../components/CypherButton.tsx";
import { ExportMenu } from "../components/ExportMenu.tsx";
import { SearchBox } from "../components/SearchBox.tsx";
import type { AppAction } from "../core/app/appReducer.ts";
import type { ExploreState } from "../core/explore/index.ts";
import type { ExportScope } from "../core/export/types.ts";

/** The header: search, back/forward through the map's history, what the map shows, and export. */
export function TopBar({
  explore,
  nodes,
  links,
  focused,
  scopes,
  onSearch,
  dispatch,
}: {
  explore: ExploreState;
  nodes: number;
  links: number;
  /** The map shows a neighbourhood or a benchmark rather than a whole view. */
  focused: boolean;
  scopes: ExportScope[];
  onSearch: (id: string) => void;
  dispatch: Dispatch<AppAction>;
}) {
  const present = explore.present;
  return (
    <header className="topbar">
      <h1 className="brand">paperkg</h1>
      <SearchBox onChoose={(hit) => onSearch(hit.id)} />
      <div className="history-buttons">
        <button
          type="button"
          title="Back"
          aria-label="Back"
          disabled={explore.past.length === 0}
          onClick={() => dispatch({ type: "back" })}
        >
          ←
        </button>
        <button
          type="button"
          title="Forward"
          aria-label="Forward"
          disabled={explore.future.length === 0}
          onClick={() => dispatch({ type: "forward" })}
        >
          →
        </button>
      </div>
      <div className="counts" data-testid="counts">
        {present ? (
          <>
            <span data-testid="node-count">{nodes}</span> nodes ·{" "}
            <span data-testid="edge-count">{links}</span> links
            {present.payload.attributes.truncated && (
              <span className="muted"> (of {present.payload.attributes.totalNodes})</span>
            )}
            <span className="muted"> · {present.title}</span>{" "}
            <CypherButton cypher={present.payload.cypher} what="the map" />
          </>
        ) : (
          <span className="muted">no graph yet</span>
        )}
        {focused && (
          <button
            type="button"
            className="link-button"
            onClick={() => dispatch({ type: "patchUrl", patch: { focus: { type: "graph" } } })}
          >
            back to the whole graph
          </button>
        )}
      </div>
      {api.capabilities.export && <ExportMenu scopes={scopes} />}
    </header>
  );
}
