import { CypherButton } from "../components/CypherButton.tsx";
import { Empty, ErrorMessage, Spinner } from "../components/Status.tsx";
import type { Communities } from "../hooks/useCommunities.ts";

/** Each community's label, size and top terms; clicking one filters the map to it. */
export function CommunitiesTab({
  communities,
  active,
  onPick,
}: {
  communities: Communities;
  active: number | null;
  onPick: (c: number | null) => void;
}) {
  const list = communities.list;
  if (list.type === "loading" || list.type === "idle") return <Spinner label="Loading communities…" />;
  if (list.type === "error") return <ErrorMessage>{list.message}</ErrorMessage>;
  if (list.data.communities.length === 0)
    return <Empty>No communities yet — ingest some papers first.</Empty>;
  return (
    <div className="communities" data-testid="communities">
      <div className="tab-head">
        <span>
          {list.data.communities.length} communities{" "}
          <CypherButton cypher={list.data.cypher} what="the communities list" />
        </span>
        {active !== null && (
          <button type="button" className="link-button" onClick={() => onPick(null)}>
            Show all
          </button>
        )}
      </div>
      <ul className="community-list">
        {list.data.communities.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={`community-item ${active === c.id ? "active" : ""}`}
              onClick={() => onPick(active === c.id ? null : c.id)}
              aria-pressed={active === c.id}
            >
              <span className="swatch" style={{ background: communities.colorOf(c.id) }} />
              <span className="community-text">
                <span className="community-label">{c.label}</span>
                <span className="muted">
                  {c.size} nodes · {c.papers} papers
                </span>
                <span className="terms">{c.topTerms.slice(0, 6).join(", ")}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
