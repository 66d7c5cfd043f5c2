import { communityKey, parseCommunityKey } from "@paperkg/core";
import { api } from "../../api/api.ts";
import { useApi } from "../../hooks/useApi.ts";
import { ErrorMessage, Spinner } from "../Status.tsx";
import { NodeTimeline } from "../TrendChart.tsx";
import { EntityPanel } from "./EntityPanel.tsx";
import { NodeActionBar, type NodeActions } from "./NodeActions.tsx";
import { PaperPanel } from "./PaperPanel.tsx";

/** The right-hand panel for the selected node: a paper, an entity or a community. */
export function NodePanel({
  id,
  onMap,
  actions,
  onClose,
}: {
  id: string;
  onMap: boolean;
  actions: NodeActions;
  onClose: () => void;
}) {
  const community = parseCommunityKey(id);
  const detail = useApi(community !== null ? null : (s) => api.node(id, s), [id]);
  const node = detail.type === "ok" ? detail.data.node : null;
  return (
    <aside className="node-panel" aria-label="Selection" data-testid="node-panel">
      <button type="button" className="close" onClick={onClose} aria-label="Close panel">
        ×
      </button>
      {community !== null ? (
        <CommunitySummary community={community} onOpen={actions.drill} />
      ) : (
        <>
          <NodeActionBar id={id} actions={actions} onMap={onMap} />
          {detail.type === "loading" && <Spinner label="Loading details…" />}
          {detail.type === "error" && <ErrorMessage>{detail.message}</ErrorMessage>}
          {detail.type === "ok" && node !== null && node.kind === "paper" && (
            <PaperPanel node={node} detail={detail.data} actions={actions} />
          )}
          {detail.type === "ok" && node !== null && node.kind === "community" && (
            <CommunitySummary community={node.properties.id} onOpen={actions.drill} />
          )}
          {detail.type === "ok" && node !== null && node.kind !== "paper" && node.kind !== "community" && (
            <EntityPanel node={node} detail={detail.data} actions={actions} />
          )}
        </>
      )}
    </aside>
  );
}

function CommunitySummary({ community, onOpen }: { community: number; onOpen: (c: number) => void }) {
  return (
    <div>
      <h2 className="panel-title" data-testid="panel-title">
        Community {community}
      </h2>
      <button type="button" className="primary" onClick={() => onOpen(community)}>
        Open this community
      </button>
      <NodeTimeline id={communityKey(community)} />
    </div>
  );
}
