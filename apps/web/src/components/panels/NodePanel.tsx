import { api } from "../../api/api.ts";
import { useApi } from "../../hooks/useApi.ts";
import { ErrorMessage, Spinner } from "../Status.tsx";
import { EntityPanel } from "./EntityPanel.tsx";
import { NodeActionBar, type NodeActions } from "./NodeActions.tsx";
import { PaperPanel } from "./PaperPanel.tsx";

const COMMUNITY = /^community:(\d+)$/;

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
  const community = COMMUNITY.exec(id);
  const detail = useApi(community ? null : (s) => api.node(id, s), [id]);
  return (
    <aside className="node-panel" aria-label="Selection" data-testid="node-panel">
      <button type="button" className="close" onClick={onClose} aria-label="Close panel">
        ×
      </button>
      {community ? (
        <div>
          <h2 className="panel-title" data-testid="panel-title">
            Community {community[1]}
          </h2>
          <button type="button" className="primary" onClick={() => actions.drill(Number(community[1]))}>
            Open this community
          </button>
        </div>
      ) : (
        <>
          <NodeActionBar id={id} actions={actions} onMap={onMap} />
          {detail.type === "loading" && <Spinner label="Loading details…" />}
          {detail.type === "error" && <ErrorMessage>{detail.message}</ErrorMessage>}
          {detail.type === "ok" &&
            (detail.data.node.kind === "paper" ? (
              <PaperPanel detail={detail.data} actions={actions} />
            ) : (
              <EntityPanel detail={detail.data} actions={actions} />
            ))}
        </>
      )}
    </aside>
  );
}
