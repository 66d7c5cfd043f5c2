import { type GraphView, MEMBER_KINDS } from "@paperkg/core";
import { useState } from "react";
import type { Filters } from "../core/filters/index.ts";
import { KIND_STYLE } from "../core/graph/kindStyle.ts";

const VIEWS: { value: GraphView; label: string }[] = [
  { value: "bipartite", label: "Papers and entities" },
  { value: "papers", label: "Papers (linked by shared entities)" },
  { value: "entities", label: "Entities (co-occurrence)" },
  { value: "communities", label: "Communities (aggregated)" },
  { value: "areas", label: "Areas (communities grouped)" },
];

/** View choice and filters: kinds, community, date range, minimum degree, node limit. */
export function FiltersTab({
  view,
  filters,
  onView,
  onApply,
}: {
  view: GraphView;
  filters: Filters;
  onView: (v: GraphView) => void;
  onApply: (f: Filters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const set = (patch: Partial<Filters>) => setDraft({ ...draft, ...patch });
  const intOr = (s: string, d: number | null) =>
    s.trim() === "" || Number.isNaN(Number(s)) ? d : Math.max(0, Math.trunc(Number(s)));
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <label className="field">
        View
        <select value={view} onChange={(e) => onView(e.target.value as GraphView)} aria-label="View">
          {VIEWS.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Node types</legend>
        {MEMBER_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={draft.types.includes(k)}
              onChange={(e) =>
                set({
                  types: MEMBER_KINDS.filter((t) => (t === k ? e.target.checked : draft.types.includes(t))),
                })
              }
            />
            <span className="legend-dot" style={{ borderColor: KIND_STYLE[k].color }} />
            {KIND_STYLE[k].name}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Community
        <input
          type="number"
          min={0}
          placeholder="all"
          value={draft.community ?? ""}
          onChange={(e) => set({ community: intOr(e.target.value, null) })}
        />
      </label>
      <div className="field-row">
        <label className="field">
          Published from
          <input
            type="date"
            value={draft.from ?? ""}
            onChange={(e) => set({ from: e.target.value || null })}
          />
        </label>
        <label className="field">
          to
          <input type="date" value={draft.to ?? ""} onChange={(e) => set({ to: e.target.value || null })} />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          Min. degree
          <input
            type="number"
            min={0}
            value={draft.minDegree}
            onChange={(e) => set({ minDegree: intOr(e.target.value, 0) ?? 0 })}
          />
        </label>
        <label className="field">
          Max. nodes
          <input
            type="number"
            min={1}
            value={draft.limit}
            onChange={(e) => set({ limit: Math.max(1, intOr(e.target.value, draft.limit) ?? draft.limit) })}
          />
        </label>
      </div>
      <div className="buttons">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button type="button" onClick={() => setDraft(filters)}>
          Reset
        </button>
      </div>
    </form>
  );
}
