import { ENTITY_TYPES, type EntityType, TREND_BUCKETS, type TrendBucket } from "@paperkg/core";
import { api } from "../api/api.ts";
import { CypherButton } from "../components/CypherButton.tsx";
import { FacetPicker } from "../components/FacetPicker.tsx";
import { KindBadge } from "../components/KindBadge.tsx";
import { Empty, ErrorMessage, Spinner } from "../components/Status.tsx";
import { TrendChart } from "../components/TrendChart.tsx";
import { EMPTY_FINDER, type FacetChoice } from "../core/finder/finderState.ts";
import { useApi } from "../hooks/useApi.ts";

/** What the Trends tab compares; kept while other tabs are open. */
export interface TrendsState {
  picked: FacetChoice[];
  bucket: TrendBucket;
  risingType: EntityType | null;
}

export const EMPTY_TRENDS: TrendsState = { picked: [], bucket: "month", risingType: null };

const MAX_SERIES = 10;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Compare entities' papers over time, and list the entities whose share grew most lately. */
export function TrendsTab({ state, onChange }: { state: TrendsState; onChange: (s: TrendsState) => void }) {
  const ids = state.picked.map((p) => p.id);
  const trends = useApi(ids.length ? (s) => api.trends(ids, state.bucket, s) : null, [
    ids.join(","),
    state.bucket,
  ]);
  const rising = useApi((s) => api.rising(state.risingType, 15, s), [state.risingType]);
  const add = (p: FacetChoice) =>
    !ids.includes(p.id) && ids.length < MAX_SERIES && onChange({ ...state, picked: [...state.picked, p] });
  return (
    <div className="trends" data-testid="trends">
      <FacetPicker state={{ ...EMPTY_FINDER, facets: state.picked }} onPick={add} counts={false} />
      <div className="facet-chips">
        {state.picked.map((p) => (
          <span key={p.id} className="facet-chip">
            <KindBadge kind={p.type} />
            {p.name}
            <button
              type="button"
              aria-label={`Remove ${p.name}`}
              onClick={() => onChange({ ...state, picked: state.picked.filter((x) => x.id !== p.id) })}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      <select
        aria-label="Bucket"
        value={state.bucket}
        onChange={(e) => onChange({ ...state, bucket: e.target.value as TrendBucket })}
      >
        {TREND_BUCKETS.map((b) => (
          <option key={b} value={b}>
            per {b}
          </option>
        ))}
      </select>
      {ids.length === 0 && <Empty>Add entities to compare their papers over time.</Empty>}
      {trends.type === "loading" && <Spinner label="Counting papers…" />}
      {trends.type === "error" && <ErrorMessage>{trends.message}</ErrorMessage>}
      {trends.type === "ok" && (
        <>
          <TrendChart trends={trends.data} height={220} />
          <CypherButton cypher={trends.data.cypher} what="this chart's counts" />
        </>
      )}

      <h3>
        Rising{" "}
        {rising.type === "ok" && <CypherButton cypher={rising.data.cypher} what="the rising entities" />}
      </h3>
      <select
        aria-label="Rising kind"
        value={state.risingType ?? ""}
        onChange={(e) => onChange({ ...state, risingType: (e.target.value || null) as EntityType | null })}
      >
        <option value="">any kind</option>
        {ENTITY_TYPES.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      {rising.type === "loading" && <Spinner />}
      {rising.type === "error" && <ErrorMessage>{rising.message}</ErrorMessage>}
      {rising.type === "ok" && (
        <>
          <div className="muted">
            share of papers {rising.data.window.recentFrom} → {rising.data.window.to} against the year before
          </div>
          <table className="table" data-testid="rising">
            <thead>
              <tr>
                <th>Entity</th>
                <th>Recent</th>
                <th>Before</th>
              </tr>
            </thead>
            <tbody>
              {rising.data.entities.map((e) => (
                <tr key={e.id}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => add({ id: e.id, name: e.name, type: e.type as EntityType })}
                      title="Add to the chart"
                    >
                      {e.name}
                    </button>
                  </td>
                  <td className="nowrap">
                    {pct(e.recent.share)} <span className="muted">({e.recent.papers})</span>
                  </td>
                  <td className="nowrap">
                    {pct(e.prior.share)} <span className="muted">({e.prior.papers})</span>
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
