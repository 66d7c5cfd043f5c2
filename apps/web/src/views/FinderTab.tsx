import {
  type CypherResponse,
  communityKey,
  encodeQuery,
  FinderQuery,
  type FinderResult,
  type FinderSort,
} from "@paperkg/core";
import { useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { api } from "../api/api.ts";
import { downloadText } from "../components/downloadText.ts";
import { FacetPicker } from "../components/FacetPicker.tsx";
import { KindBadge } from "../components/KindBadge.tsx";
import { ErrorMessage, Spinner } from "../components/Status.tsx";
import { papersToBibtex, papersToCsv, papersToJson } from "../core/finder/finderExport.ts";
import {
  addFacet,
  FINDER_PAGE_SIZE,
  type FinderState,
  finderRequest,
  removeFacet,
} from "../core/finder/finderState.ts";
import { paperMapQuery } from "../core/finder/paperMapQuery.ts";
import { useApi } from "../hooks/useApi.ts";
import { FinderResults } from "./FinderResults.tsx";

/** Most papers an export or "show on map" takes. */
const MAX_EXPORTED = 2000;

/**
 * The paper finder: facets (entities, a community), a date range and full text, all required;
 * a sorted, paged table; the result on the map or downloaded as CSV, JSON or BibTeX.
 */
export function FinderTab({
  state,
  onChange,
  onSelectPaper,
  onShowOnMap,
}: {
  state: FinderState;
  onChange: (s: FinderState) => void;
  onSelectPaper: (id: string) => void;
  onShowOnMap: (query: string, result: CypherResponse) => void;
}) {
  const [draft, setDraft] = useState({ q: state.q, from: state.from, to: state.to });
  const [action, setAction] = useState<{ busy: string | null; error: string | null }>({
    busy: null,
    error: null,
  });
  const communities = useApi((s) => api.communities(s), []);
  const result = useApi(
    (s) => api.papers(finderRequest(state, { offset: state.offset, limit: FINDER_PAGE_SIZE }), s),
    [state],
  );

  const everything = async (): Promise<FinderResult["papers"]> => {
    const papers: FinderResult["papers"] = [];
    for (let offset = 0; offset < MAX_EXPORTED; offset += 500) {
      const page = await api.papers(finderRequest(state, { offset, limit: 500 }));
      papers.push(...page.papers);
      if (papers.length >= page.total) break;
    }
    return papers;
  };
  const act = async (name: string, run: () => Promise<void>) => {
    setAction({ busy: name, error: null });
    try {
      await run();
      setAction({ busy: null, error: null });
    } catch (err) {
      setAction({ busy: null, error: describeError(err) });
    }
  };
  const query = () => encodeQuery(FinderQuery, finderRequest(state, { offset: 0, limit: 500 }));
  const exportAs = (format: "csv" | "json" | "bib") =>
    act(format, async () => {
      const papers = await everything();
      const total = result.type === "ok" ? result.data.total : papers.length;
      const text =
        format === "csv"
          ? papersToCsv(papers)
          : format === "json"
            ? papersToJson(`/api/papers?${query()}`, total, papers)
            : papersToBibtex(papers);
      const type =
        format === "json" ? "application/json" : format === "csv" ? "text/csv" : "application/x-bibtex";
      downloadText(`paperkg-papers.${format}`, text, type);
    });
  const showOnMap = () =>
    act("map", async () => {
      const papers = await everything();
      const cypher = paperMapQuery(
        papers.map((p) => p.id),
        state.facets.filter((f) => f.type !== "community").map((f) => f.id),
      );
      onShowOnMap(cypher, await api.cypher(cypher));
    });

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    onChange({ ...state, ...draft, offset: 0 });
  };
  const sortBy = (sort: FinderSort) => onChange({ ...state, sort, offset: 0 });
  const header = (sort: FinderSort, label: string) => (
    <th>
      <button
        type="button"
        className="link-button"
        onClick={() => sortBy(sort)}
        aria-pressed={state.sort === sort}
      >
        {label} {state.sort === sort ? "▼" : ""}
      </button>
    </th>
  );

  return (
    <div className="finder" data-testid="finder">
      <FacetPicker state={state} onPick={(f) => onChange(addFacet(state, f))} />
      <div className="facet-chips" data-testid="facet-chips">
        {state.facets.map((f) => (
          <span key={f.id} className="facet-chip">
            <KindBadge kind={f.type} />
            {f.name}
            <button
              type="button"
              aria-label={`Remove ${f.name}`}
              onClick={() => onChange(removeFacet(state, f.id))}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      {communities.type === "ok" && communities.data.communities.length > 0 && (
        <select
          aria-label="Community facet"
          value=""
          onChange={(e) => {
            const c = communities.data.communities.find((x) => String(x.id) === e.target.value);
            if (c) onChange(addFacet(state, { id: communityKey(c.id), name: c.label, type: "community" }));
          }}
        >
          <option value="">Add a community…</option>
          {communities.data.communities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label} ({c.papers})
            </option>
          ))}
        </select>
      )}
      <form className="finder-form" onSubmit={apply}>
        <input
          type="search"
          placeholder="Words in title or abstract"
          aria-label="Full text"
          value={draft.q}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        />
        <input
          placeholder="from YYYY-MM"
          aria-label="From date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <input
          placeholder="to YYYY-MM"
          aria-label="To date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <button type="submit">Find</button>
      </form>
      {result.type === "loading" && <Spinner label="Finding papers…" />}
      {result.type === "error" && <ErrorMessage>{result.message}</ErrorMessage>}
      {result.type === "ok" && (
        <FinderResults
          result={result.data}
          state={state}
          onChange={onChange}
          onSelectPaper={onSelectPaper}
          header={header}
          sortBy={sortBy}
          busy={action.busy}
          onExport={exportAs}
          onShowOnMap={showOnMap}
        />
      )}
      {action.error && <ErrorMessage>{action.error}</ErrorMessage>}
    </div>
  );
}
