import type { EntityDetailNode, NodeDetail } from "@paperkg/core";
import { useEffect, useState } from "react";
import { api } from "../../api/api.ts";
import { KIND_STYLE } from "../../core/graph/kindStyle.ts";
import { type SortSpec, sortRows, toggleSort } from "../../core/table/sortRows.ts";
import { CypherButton } from "../CypherButton.tsx";
import { Empty } from "../Status.tsx";
import { NodeTimeline } from "../TrendChart.tsx";
import { EntityChips } from "./EntityChips.tsx";
import type { NodeActions } from "./NodeActions.tsx";

type Col = "title" | "published" | "type" | "result";
type Row = NodeDetail["papers"][number];
const cell = (r: Row, k: Col): unknown =>
  k === "title" ? r.label : k === "published" ? r.published : k === "type" ? r.link.type : r.link.value;

/** An entity: aliases, community, its papers (sortable, with stated results), co-occurring entities. */
export function EntityPanel({
  node,
  detail,
  actions,
}: {
  node: EntityDetailNode;
  detail: NodeDetail;
  actions: NodeActions;
}) {
  const [sort, setSort] = useState<SortSpec<Col>>({ key: "published", dir: "desc" });
  // Pages after the first, fetched by "More papers"; reset when another node's detail arrives.
  const [more, setMore] = useState<{ papers: Row[]; cursor: string | null; loading: boolean }>({
    papers: [],
    cursor: detail.nextCursor,
    loading: false,
  });
  useEffect(() => setMore({ papers: [], cursor: detail.nextCursor, loading: false }), [detail]);
  const loadMore = () => {
    if (!more.cursor || more.loading) return;
    setMore({ ...more, loading: true });
    api.nodePapers(node.id, more.cursor).then(
      (page) =>
        setMore({ papers: [...more.papers, ...page.papers], cursor: page.nextCursor, loading: false }),
      () => setMore({ ...more, loading: false }),
    );
  };
  const aliases = node.properties.aliases ?? [];
  const shown = [...detail.papers, ...more.papers];
  const rows = sortRows(shown, sort, cell);
  const header = (k: Col, label: string) => (
    <th aria-sort={sort.key === k ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" className="link-button" onClick={() => setSort(toggleSort(sort, k))}>
        {label} {sort.key === k ? (sort.dir === "asc" ? "▲" : "▼") : ""}
      </button>
    </th>
  );
  return (
    <div className="entity-panel">
      <h2 className="panel-title" data-testid="panel-title">
        {node.label}
      </h2>
      <div className="meta">
        <span style={{ color: KIND_STYLE[node.kind].color }}>{KIND_STYLE[node.kind].name}</span>
        {node.community !== null && (
          <>
            {" · "}
            <button type="button" className="link-button" onClick={() => actions.drill(node.community!)}>
              community {node.community}
            </button>
          </>
        )}
        {` · ${detail.paperTotal} papers`}
      </div>
      {aliases.length > 0 && <div className="meta">Also written: {aliases.join(", ")}</div>}
      <NodeTimeline id={node.id} />
      <h3>
        Papers <CypherButton cypher={detail.cypher} what="this entity's first page of papers" />
      </h3>
      {rows.length === 0 ? (
        <Empty>No papers link to this entity.</Empty>
      ) : (
        <table className="table" data-testid="entity-papers">
          <thead>
            <tr>
              {header("title", "Title")}
              {header("published", "Date")}
              {header("type", "Link")}
              {header("result", "Result")}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => actions.open(r.id)}
                    title={r.link.evidence[0] ?? ""}
                  >
                    {r.label}
                  </button>
                </td>
                <td className="nowrap">{r.published?.slice(0, 10) ?? "—"}</td>
                <td className="nowrap">{r.link.type}</td>
                <td>{r.link.value ? `${r.link.metric ?? ""} ${r.link.value}`.trim() : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more.cursor && (
        <button type="button" className="link-button" onClick={loadMore} disabled={more.loading}>
          {more.loading ? "Loading…" : `More papers (${shown.length} of ${detail.paperTotal} shown)`}
        </button>
      )}
      <h3>Co-occurring</h3>
      {detail.cooccurring.length ? (
        <EntityChips
          entities={detail.cooccurring.map((c) => ({ ...c, extra: String(c.count) }))}
          onPick={actions.open}
        />
      ) : (
        <Empty>Nothing co-occurs with it.</Empty>
      )}
    </div>
  );
}
