import type { BenchmarkPapers } from "@paperkg/core";
import { useEffect, useState } from "react";
import { api } from "../api/api.ts";
import { CypherButton } from "../components/CypherButton.tsx";
import { Leaderboards } from "../components/Leaderboards.tsx";
import { Empty, ErrorMessage, Spinner } from "../components/Status.tsx";
import { type SortSpec, sortRows, toggleSort } from "../core/table/sortRows.ts";
import { useApi } from "../hooks/useApi.ts";

/** Benchmarks the list shows at once (most papers first); typing narrows it on the server. */
const LIST_LIMIT = 500;
/** Pause in typing before the filter is sent. */
const FILTER_DELAY_MS = 250;

/** Benchmarks with paper counts; picking one shows its papers on the map and in a results table. */
export function BenchmarksTab({
  active,
  onPick,
  onSelectPaper,
}: {
  active: string | null;
  onPick: (id: string | null) => void;
  onSelectPaper: (id: string) => void;
}) {
  const [filter, setFilter] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(filter.trim()), FILTER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filter]);
  const list = useApi((s) => api.benchmarks({ q, limit: LIST_LIMIT }, s), [q]);
  if (active) return <BenchmarkTable id={active} onBack={() => onPick(null)} onSelectPaper={onSelectPaper} />;
  return (
    <div className="benchmarks" data-testid="benchmarks">
      <input
        type="search"
        placeholder={
          list.type === "ok" && !q ? `Filter ${list.data.total} benchmarks…` : "Filter benchmarks…"
        }
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        aria-label="Filter benchmarks"
      />
      {list.type === "loading" || list.type === "idle" ? (
        <Spinner label="Loading benchmarks…" />
      ) : list.type === "error" ? (
        <ErrorMessage>{list.message}</ErrorMessage>
      ) : list.data.benchmarks.length === 0 ? (
        <Empty>{q ? "No benchmark matches." : "No benchmarks were extracted yet."}</Empty>
      ) : (
        <>
          <div className="tab-head">
            <span>
              {q ? `${list.data.total} matching` : `${list.data.total} benchmarks`}{" "}
              <CypherButton cypher={list.data.cypher} what="this list of benchmarks" />
            </span>
          </div>
          <ul className="benchmark-list">
            {list.data.benchmarks.map((b) => (
              <li key={b.id}>
                <button
                  type="button"
                  className="benchmark-item"
                  onClick={() => onPick(b.id)}
                  title={b.aliases.join(", ")}
                >
                  <span>{b.name}</span>
                  <span className="count">{b.paperCount}</span>
                </button>
              </li>
            ))}
          </ul>
          {list.data.total > list.data.benchmarks.length && (
            <p className="hint" data-testid="benchmarks-more">
              The {list.data.benchmarks.length} with most papers of {list.data.total}: type to narrow.
            </p>
          )}
        </>
      )}
    </div>
  );
}

type Col = "title" | "published" | "result";
type Row = BenchmarkPapers["papers"][number];
const cell = (r: Row, k: Col): unknown =>
  k === "title" ? r.title : k === "published" ? r.published : r.link.value;

function BenchmarkTable({
  id,
  onBack,
  onSelectPaper,
}: {
  id: string;
  onBack: () => void;
  onSelectPaper: (id: string) => void;
}) {
  const [sort, setSort] = useState<SortSpec<Col>>({ key: "result", dir: "desc" });
  const data = useApi((s) => api.benchmarkPapers(id, s), [id]);
  const header = (k: Col, label: string) => (
    <th>
      <button type="button" className="link-button" onClick={() => setSort(toggleSort(sort, k))}>
        {label} {sort.key === k ? (sort.dir === "asc" ? "▲" : "▼") : ""}
      </button>
    </th>
  );
  return (
    <div className="benchmark-detail">
      <button type="button" className="link-button" onClick={onBack}>
        ← All benchmarks
      </button>
      {data.type === "loading" && <Spinner label="Loading papers…" />}
      {data.type === "error" && <ErrorMessage>{data.message}</ErrorMessage>}
      {data.type === "ok" && (
        <>
          <h3 data-testid="benchmark-name">{data.data.benchmark.name}</h3>
          <div className="muted">
            {data.data.papers.length} papers
            {data.data.benchmark.aliases.length ? ` · also ${data.data.benchmark.aliases.join(", ")}` : ""}
          </div>
          <Leaderboards benchmark={id} onSelectPaper={onSelectPaper} />
          <h4>
            All papers <CypherButton cypher={data.data.cypher} what="this benchmark's papers" />
          </h4>
          <table className="table" data-testid="benchmark-papers">
            <thead>
              <tr>
                {header("title", "Paper")}
                {header("published", "Date")}
                {header("result", "Stated result")}
              </tr>
            </thead>
            <tbody>
              {sortRows(data.data.papers, sort, cell).map((p) => (
                <tr key={p.id}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelectPaper(p.id)}
                      title={p.link.evidence[0] ?? ""}
                    >
                      {p.title}
                    </button>
                  </td>
                  <td className="nowrap">{p.published?.slice(0, 10) ?? "—"}</td>
                  <td>
                    {p.link.value ? (
                      `${p.link.metric ?? ""} ${p.link.value}`.trim()
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
