import type { BenchmarkPapers } from "@paperkg/core";
import { useState } from "react";
import { api } from "../api/api.ts";
import { CypherButton } from "../components/CypherButton.tsx";
import { Leaderboards } from "../components/Leaderboards.tsx";
import { Empty, ErrorMessage, Spinner } from "../components/Status.tsx";
import { type SortSpec, sortRows, toggleSort } from "../core/table/sortRows.ts";
import { useApi } from "../hooks/useApi.ts";

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
  const list = useApi((s) => api.benchmarks(s), []);
  if (active) return <BenchmarkTable id={active} onBack={() => onPick(null)} onSelectPaper={onSelectPaper} />;
  if (list.type === "loading" || list.type === "idle") return <Spinner label="Loading benchmarks…" />;
  if (list.type === "error") return <ErrorMessage>{list.message}</ErrorMessage>;
  const f = filter.trim().toLowerCase();
  const shown = list.data.benchmarks.filter(
    (b) => !f || b.name.toLowerCase().includes(f) || b.aliases.some((a) => a.toLowerCase().includes(f)),
  );
  return (
    <div className="benchmarks" data-testid="benchmarks">
      <input
        type="search"
        placeholder={`Filter ${list.data.benchmarks.length} benchmarks…`}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        aria-label="Filter benchmarks"
      />
      {shown.length === 0 ? (
        <Empty>
          {list.data.benchmarks.length ? "No benchmark matches." : "No benchmarks were extracted yet."}
        </Empty>
      ) : (
        <ul className="benchmark-list">
          {shown.map((b) => (
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
