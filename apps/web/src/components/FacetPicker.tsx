import { ENTITY_TYPES, type EntityType, isEntityType } from "@paperkg/core";
import { useEffect, useId, useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { api } from "../api/api.ts";
import { type FacetChoice, type FinderState, finderRequest } from "../core/finder/finderState.ts";
import { KindBadge } from "./KindBadge.tsx";

interface Suggestion extends FacetChoice {
  /** Papers the finder would return with this facet added; null while counting. */
  count: number | null;
}

/**
 * Typeahead over entity names (`/api/search`), optionally one type only; each suggestion shows how
 * many papers the finder would return with it added to the current facets.
 */
export function FacetPicker({
  state,
  onPick,
  counts = true,
}: {
  state: FinderState;
  onPick: (facet: FacetChoice) => void;
  /** Count the finder's papers with each suggestion added (off where suggestions are not facets). */
  counts?: boolean;
}) {
  const [q, setQ] = useState("");
  const [type, setType] = useState<EntityType | "">("");
  const [hits, setHits] = useState<Suggestion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) {
      setHits([]);
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const found = await api.search(text, 30, ctrl.signal);
        const chosen = new Set(state.facets.map((f) => f.id));
        const entities = found.results
          .filter((r) => isEntityType(r.kind) && (!type || r.kind === type) && !chosen.has(r.id))
          .slice(0, 6)
          .map((r) => ({ id: r.id, name: r.label, type: r.kind as EntityType, count: null }));
        setHits(entities);
        setError(null);
        if (!counts) return;
        const totals = await Promise.all(
          entities.map((e) =>
            api
              .papers(
                finderRequest({ ...state, facets: [...state.facets, e] }, { offset: 0, limit: 1 }),
                ctrl.signal,
              )
              .then((r) => r.total),
          ),
        );
        if (!ctrl.signal.aborted) setHits(entities.map((e, i) => ({ ...e, count: totals[i] ?? null })));
      } catch (err) {
        if (!ctrl.signal.aborted) setError(describeError(err));
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, type, state, counts]);

  return (
    <div className="facet-picker">
      <div className="facet-inputs">
        <select
          value={type}
          onChange={(e) => setType(e.target.value as EntityType | "")}
          aria-label="Facet type"
        >
          <option value="">any kind</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <input
          type="search"
          placeholder="Add a benchmark, method, model…"
          aria-label="Add facet"
          aria-controls={listId}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {error && <div className="error">{error}</div>}
      {hits.length > 0 && (
        <ul className="facet-suggestions" id={listId} data-testid="facet-suggestions">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                onClick={() => {
                  onPick({ id: h.id, name: h.name, type: h.type });
                  setQ("");
                  setHits([]);
                }}
                disabled={h.count === 0}
                title={h.count === 0 ? "No paper matches with this added" : h.id}
              >
                <KindBadge kind={h.type as EntityType} />
                <span className="facet-name">{h.name}</span>
                {counts && <span className="count">{h.count ?? "…"}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
