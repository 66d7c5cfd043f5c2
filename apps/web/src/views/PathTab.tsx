import type { PathResult } from "@paperkg/core";
import { CypherButton } from "../components/CypherButton.tsx";
import { Empty, ErrorMessage, Spinner } from "../components/Status.tsx";
import type { Loadable } from "../core/app/types.ts";

/** The two ends of a shortest path and, once found, each hop with the sentences that support it. */
export function PathTab({
  from,
  to,
  labels,
  result,
  onFind,
  onClear,
  onSelect,
}: {
  from: string | null;
  to: string | null;
  labels: (id: string) => string;
  result: Loadable<PathResult>;
  onFind: () => void;
  onClear: () => void;
  onSelect: (id: string) => void;
}) {
  const path = result.type === "ok" ? result.data.paths[0] : undefined;
  const names = new Map(path?.nodes.map((n) => [n.id, n.label]));
  return (
    <div className="path-tab" data-testid="path-tab">
      <p className="muted">Select a node and press “Path from”, then another and “Path to”.</p>
      <dl className="path-ends">
        <dt>From</dt>
        <dd>{from ? labels(from) : <em>not set</em>}</dd>
        <dt>To</dt>
        <dd>{to ? labels(to) : <em>not set</em>}</dd>
      </dl>
      <div className="buttons">
        <button type="button" className="primary" disabled={!from || !to} onClick={onFind}>
          Find shortest path
        </button>
        <button type="button" onClick={onClear} disabled={!from && !to}>
          Clear
        </button>
      </div>
      {result.type === "loading" && <Spinner label="Searching for a path…" />}
      {result.type === "error" && <ErrorMessage>{result.message}</ErrorMessage>}
      {result.type === "ok" && !path && <Empty>No path of at most 6 hops links them.</Empty>}
      {result.type === "ok" && path && <CypherButton cypher={result.data.cypher} what="these paths" />}
      {path && (
        <ol className="hops" data-testid="path-hops">
          {path.hops.map((h) => (
            <li key={`${h.from}-${h.to}`}>
              <div>
                <button type="button" className="link-button" onClick={() => onSelect(h.from)}>
                  {names.get(h.from) ?? h.from}
                </button>{" "}
                <span className="rel">{h.type}</span>{" "}
                <button type="button" className="link-button" onClick={() => onSelect(h.to)}>
                  {names.get(h.to) ?? h.to}
                </button>
              </div>
              {h.evidence.slice(0, 2).map((e) => (
                <blockquote key={e}>{e}</blockquote>
              ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
