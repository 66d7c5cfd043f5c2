import { GraphView, MEMBER_KINDS, MemberKind, ViewCypher } from "@paperkg/core";
import { z } from "zod";
import { DEFAULT_FILTERS, Filters } from "../filters/index.ts";

export const PanelTab = z.enum([
  "communities",
  "filters",
  "finder",
  "trends",
  "benchmarks",
  "cypher",
  "path",
  "changes",
]);
export type PanelTab = z.infer<typeof PanelTab>;

/**
 * What the map shows: a `/api/graph` view, a node's neighbourhood, a benchmark's papers, or the
 * result of a Cypher query (a view's query, perhaps edited: the link shares it).
 */
export const Focus = z.discriminatedUnion("type", [
  z.object({ type: z.literal("graph") }),
  z.object({ type: z.literal("ego"), node: z.string().min(1), depth: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ type: z.literal("benchmark"), id: z.string().min(1) }),
  z.object({
    type: z.literal("cypher"),
    query: z.string().min(1).max(20_000),
    params: ViewCypher.shape.params,
  }),
]);
export type Focus = z.infer<typeof Focus>;

/** Everything a shared link restores: view, filters, focus, selection, open tab, path ends. */
export const UrlState = z.object({
  /** `null`: let the app choose (areas or communities above 10,000 nodes, else bipartite). */
  view: GraphView.nullable(),
  filters: Filters,
  focus: Focus,
  node: z.string().min(1).nullable(),
  tab: PanelTab,
  pathFrom: z.string().min(1).nullable(),
  pathTo: z.string().min(1).nullable(),
});
export type UrlState = z.infer<typeof UrlState>;

export const DEFAULT_URL_STATE: UrlState = {
  view: null,
  filters: DEFAULT_FILTERS,
  focus: { type: "graph" },
  node: null,
  tab: "communities",
  pathFrom: null,
  pathTo: null,
};

function pick<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const r = schema.safeParse(value);
  return r.success ? r.data : fallback;
}

const jsonOr = (s: string | null, fallback: unknown): unknown => {
  if (s === null) return fallback;
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
};

const intOrNull = (s: string | null) => (s === null || s.trim() === "" ? null : Number(s));

/** Read a `location.search` string; each unreadable parameter falls back to its default, never throws. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const d = DEFAULT_URL_STATE;
  const typesRaw = q.get("types");
  const types =
    typesRaw === null
      ? d.filters.types
      : typesRaw
          .split(",")
          .filter(Boolean)
          .flatMap((t) => (MemberKind.safeParse(t).success ? [t as MemberKind] : []));
  const filters: Filters = {
    types: MEMBER_KINDS.filter((k) => types.includes(k)),
    community: pick(Filters.shape.community, intOrNull(q.get("community")), null),
    area: pick(Filters.shape.area, intOrNull(q.get("area")), null),
    from: pick(Filters.shape.from, q.get("from"), null),
    to: pick(Filters.shape.to, q.get("to"), null),
    minDegree: pick(Filters.shape.minDegree, intOrNull(q.get("minDegree")) ?? 0, 0),
    limit: pick(Filters.shape.limit, intOrNull(q.get("limit")) ?? d.filters.limit, d.filters.limit),
  };
  let focus: Focus = d.focus;
  if (q.get("ego"))
    focus = pick(Focus, { type: "ego", node: q.get("ego"), depth: Number(q.get("depth") ?? 1) }, d.focus);
  else if (q.get("benchmark")) focus = pick(Focus, { type: "benchmark", id: q.get("benchmark") }, d.focus);
  else if (q.get("cypher"))
    focus = pick(
      Focus,
      { type: "cypher", query: q.get("cypher"), params: jsonOr(q.get("params"), {}) },
      d.focus,
    );
  return {
    view: pick(GraphView.nullable(), q.get("view"), null),
    filters,
    focus,
    node: pick(UrlState.shape.node, q.get("node"), null),
    tab: pick(PanelTab, q.get("tab"), d.tab),
    pathFrom: pick(UrlState.shape.pathFrom, q.get("pathFrom"), null),
    pathTo: pick(UrlState.shape.pathTo, q.get("pathTo"), null),
  };
}

/** The query string (with `?`, or empty) for a state; defaults are left out so links stay short. */
export function serializeUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  if (state.view) q.set("view", state.view);
  const f = state.filters;
  if (f.types.length !== MEMBER_KINDS.length) q.set("types", f.types.join(","));
  if (f.community !== null) q.set("community", String(f.community));
  if (f.area !== null) q.set("area", String(f.area));
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (f.minDegree !== d.filters.minDegree) q.set("minDegree", String(f.minDegree));
  if (f.limit !== d.filters.limit) q.set("limit", String(f.limit));
  if (state.focus.type === "ego") {
    q.set("ego", state.focus.node);
    q.set("depth", String(state.focus.depth));
  } else if (state.focus.type === "benchmark") q.set("benchmark", state.focus.id);
  else if (state.focus.type === "cypher") {
    q.set("cypher", state.focus.query);
    if (Object.keys(state.focus.params).length) q.set("params", JSON.stringify(state.focus.params));
  }
  if (state.node) q.set("node", state.node);
  if (state.tab !== d.tab) q.set("tab", state.tab);
  if (state.pathFrom) q.set("pathFrom", state.pathFrom);
  if (state.pathTo) q.set("pathTo", state.pathTo);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * Where the map is in the drill-down (areas → an area's communities → a community's papers and
 * entities) and what it focuses on: a change of it is a step a browser's Back should undo, so the
 * address bar gets a new history entry for it (other changes replace the current one).
 */
export function levelOf(state: UrlState): string {
  const f = state.filters;
  return JSON.stringify([state.view, f.area, f.community, state.focus]);
}
