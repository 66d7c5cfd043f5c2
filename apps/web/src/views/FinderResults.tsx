import { FINDER_SORTS, type FinderResult, type FinderSort } from "@paperkg/core";
import { api } from "../api/api.ts";
import { CypherButton } from "../components/CypherButton.tsx";
import { Empty } from "../components/Status.tsx";
import { FINDER_PAGE_SIZE, type FinderState } from "../core/finder/finderState.ts";

const SORT_NAMES: Record<FinderSort, string> = { date: "newest", pagerank: "most central", title: "title" };

/** One page of the Finder's papers: total, sort, map and download actions, the table and the pager. */
export function FinderResults({
  result,
  state,
  onChange,
  onSelectPaper,
  header,
  sortBy,
  busy,
  onExport,
  onShowOnMap,
}: {
  result: FinderResult;
  state: FinderState;
  onChange: (s: FinderState) => void;
  onSelectPaper: (id: string) => void;
  header: (sort: FinderSort, label: string) => React.ReactNode;
  sortBy: (sort: FinderSort) => void;
  busy: string | null;
  onExport: (format: "csv" | "json" | "bib") => void;
  onShowOnMap: () => void;
}) {
  if (result.total === 0) return <Empty>No paper matches all of these.</Empty>;
  const first = state.offset + 1;
  const last = state.offset + result.papers.length;
  return (
    <>
      <div className="finder-bar">
        <span data-testid="finder-total">
          {first}–{last} of {result.total.toLocaleString()} papers
        </span>
        <select
          value={state.sort}
          onChange={(e) => sortBy(e.target.value as FinderSort)}
          aria-label="Sort papers"
        >
          {FINDER_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_NAMES[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="finder-actions">
        {api.capabilities.cypher && (
          <button type="button" onClick={onShowOnMap} disabled={busy !== null}>
            {busy === "map" ? "Loading…" : "Show on map"}
          </button>
        )}
        <CypherButton cypher={result.cypher} what="this page of papers" />
        {(["csv", "json", "bib"] as const).map((f) => (
          <button key={f} type="button" onClick={() => onExport(f)} disabled={busy !== null}>
            {busy === f ? "…" : f === "bib" ? "BibTeX" : f.toUpperCase()}
          </button>
        ))}
      </div>
      <table className="table" data-testid="finder-papers">
        <thead>
          <tr>
            {header("title", "Paper")}
            {header("date", "Date")}
            <th>Authors</th>
          </tr>
        </thead>
        <tbody>
          {result.papers.map((p) => (
            <tr key={p.id}>
              <td>
                <button type="button" className="link-button" onClick={() => onSelectPaper(p.id)}>
                  {p.title}
                </button>
              </td>
              <td className="nowrap">{p.published ?? "—"}</td>
              <td className="muted">
                {p.authors.slice(0, 2).join(", ")}
                {p.authors.length > 2 ? " et al." : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        <button
          type="button"
          disabled={state.offset === 0}
          onClick={() => onChange({ ...state, offset: Math.max(0, state.offset - FINDER_PAGE_SIZE) })}
        >
          ← Previous
        </button>
        <button
          type="button"
          disabled={last >= result.total}
          onClick={() => onChange({ ...state, offset: state.offset + FINDER_PAGE_SIZE })}
        >
          Next →
        </button>
      </div>
    </>
  );
}
