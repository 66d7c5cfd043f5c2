import type { CypherResponse, GraphView, Health, PathResult } from "@paperkg/core";
import Graph from "graphology";
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import { describeError } from "./api/ApiClientError.ts";
import { api, type ExportSelector } from "./api/api.ts";
import { ExportMenu, type ExportScope } from "./components/ExportMenu.tsx";
import type { NodeActions } from "./components/panels/NodeActions.tsx";
import { NodePanel } from "./components/panels/NodePanel.tsx";
import { markDataArrived } from "./components/perfMarks.ts";
import { SearchBox } from "./components/SearchBox.tsx";
import { ErrorMessage, Spinner } from "./components/Status.tsx";
import { appReducer, initialAppState } from "./core/app/appReducer.ts";
import { cypherToPayload } from "./core/cypher/cypherToPayload.ts";
import { CYPHER_EXAMPLES } from "./core/cypher/examples.ts";
import { isNodeVisible } from "./core/filters/index.ts";
import { buildGraph, type MapGraph, type MapNodeAttributes } from "./core/graph/buildGraph.ts";
import { type PanelTab, parseUrlState, serializeUrlState } from "./core/url/urlState.ts";
import type { Loadable } from "./hooks/useApi.ts";
import { BenchmarksTab } from "./views/BenchmarksTab.tsx";
import { CommunitiesTab } from "./views/CommunitiesTab.tsx";
import { CypherTab } from "./views/CypherTab.tsx";
import { FiltersTab } from "./views/FiltersTab.tsx";
import { MapView } from "./views/MapView.tsx";
import { PathTab } from "./views/PathTab.tsx";

/** Above this many nodes the first view is communities as aggregated nodes. */
export const LARGE_GRAPH_NODES = 10_000;
/** Longest `ids=` list an export URL carries (the server accepts 200,000 characters). */
const MAX_EXPORT_IDS_CHARS = 190_000;

type Busy =
  | { type: "idle" }
  | { type: "loading"; label: string }
  | { type: "error"; message: string; retry?: () => void };

const TABS: { id: PanelTab; label: string }[] = [
  { id: "communities", label: "Communities" },
  { id: "filters", label: "Filters" },
  { id: "benchmarks", label: "Benchmarks" },
  { id: "cypher", label: "Cypher" },
  { id: "path", label: "Path" },
];

export function App() {
  const [state, dispatch] = useReducer(appReducer, parseUrlState(window.location.search), initialAppState);
  const { url, explore } = state;
  const [health, setHealth] = useState<Loadable<Health>>({ type: "loading" });
  const [busy, setBusy] = useState<Busy>({ type: "idle" });
  const [hovered, setHovered] = useState<string | null>(null);
  const [fitKey, setFitKey] = useState("");
  const [cypherQuery, setCypherQuery] = useState(CYPHER_EXAMPLES[0]!.query);
  const [lastCypher, setLastCypher] = useState<string | null>(null);
  const [path, setPath] = useState<Loadable<PathResult>>({ type: "idle" });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const next = serializeUrlState(url);
    if (next !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${next}`);
  }, [url]);

  useEffect(() => {
    api.health().then(
      (h) => setHealth({ type: "ok", data: h }),
      (err) => setHealth({ type: "error", message: describeError(err) }),
    );
  }, []);

  const view: GraphView | null =
    url.view ??
    (health.type === "ok"
      ? health.data.nodes > LARGE_GRAPH_NODES
        ? "communities"
        : "bipartite"
      : health.type === "error"
        ? "bipartite"
        : null);

  // Load what the URL asks the map to show.
  const loadKey = JSON.stringify([view, url.filters, url.focus, reload]);
  useEffect(() => {
    if (!view) return;
    const ctrl = new AbortController();
    const focus = url.focus;
    const label =
      focus.type === "ego"
        ? "Loading neighbourhood…"
        : focus.type === "benchmark"
          ? "Loading benchmark papers…"
          : "Loading graph…";
    setBusy({ type: "loading", label });
    const request =
      focus.type === "ego"
        ? api.neighbors(focus.node, focus.depth, 5000, ctrl.signal)
        : focus.type === "benchmark"
          ? api.neighbors(focus.id, 1, 5000, ctrl.signal)
          : api.graph(view, url.filters, ctrl.signal);
    request.then(
      (payload) => {
        markDataArrived(payload.nodes.length);
        const title =
          focus.type === "ego"
            ? `Ego network (depth ${focus.depth})`
            : focus.type === "benchmark"
              ? "Benchmark papers"
              : `${view} view`;
        dispatch({ type: "showGraph", payload, title });
        setFitKey(loadKey);
        setBusy({ type: "idle" });
      },
      (err) => {
        if (ctrl.signal.aborted) return;
        setBusy({ type: "error", message: describeError(err), retry: () => setReload((r) => r + 1) });
      },
    );
    return () => ctrl.abort();
  }, [loadKey]);

  const graph: MapGraph = useMemo(
    () => (explore.present ? buildGraph(explore.present.payload) : (new Graph() as MapGraph)),
    [explore.present],
  );

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy({ type: "loading", label });
    try {
      await work();
      setBusy({ type: "idle" });
    } catch (err) {
      setBusy({ type: "error", message: describeError(err) });
    }
  }, []);

  const expand = useCallback(
    (id: string) =>
      run("Expanding…", async () => {
        const payload = await api.neighbors(id, 1, 500);
        dispatch({ type: "expand", node: id, payload });
      }),
    [run],
  );

  /** Select a node; one not on the map is brought in with its neighbours. */
  const select = useCallback(
    (id: string | null) => {
      dispatch({ type: "select", node: id });
      if (id && !graph.hasNode(id) && !id.startsWith("community:")) expand(id);
    },
    [graph, expand],
  );

  const drill = useCallback(
    (community: number) =>
      dispatch({
        type: "patchUrl",
        patch: {
          view: view === "communities" || view === null ? "bipartite" : view,
          filters: { ...url.filters, community },
          focus: { type: "graph" },
          node: null,
        },
      }),
    [view, url.filters],
  );

  const events = useMemo(
    () => ({
      onSelect: (id: string | null) => select(id),
      onExpand: (id: string) => {
        const c = /^community:(\d+)$/.exec(id);
        if (c) drill(Number(c[1]));
        else expand(id);
      },
      onHover: setHovered,
    }),
    [select, expand, drill],
  );

  const actions: NodeActions = {
    select,
    expand,
    collapse: (id) => dispatch({ type: "collapse", node: id }),
    hide: (id) => dispatch({ type: "hide", ids: [id] }),
    ego: (id, depth) =>
      dispatch({ type: "patchUrl", patch: { focus: { type: "ego", node: id, depth }, node: id } }),
    pathEnd: (end, id) =>
      dispatch({
        type: "patchUrl",
        patch: end === "from" ? { pathFrom: id, tab: "path" } : { pathTo: id, tab: "path" },
      }),
    drill,
  };

  const findPath = useCallback(() => {
    if (!url.pathFrom || !url.pathTo) return;
    setPath({ type: "loading" });
    api.path(url.pathFrom, url.pathTo).then(
      (r) => {
        setPath({ type: "ok", data: r });
        if (r.paths[0]) dispatch({ type: "addPath", path: r.paths[0] });
      },
      (err) => setPath({ type: "error", message: describeError(err) }),
    );
  }, [url.pathFrom, url.pathTo]);

  // A shared link with both path ends finds the path once the map is there.
  const mapReady = explore.present !== null;
  useEffect(() => {
    if (mapReady && url.pathFrom && url.pathTo) findPath();
  }, [mapReady, url.pathFrom, url.pathTo]);

  const pathNodes = useMemo(() => {
    const p = path.type === "ok" ? path.data.paths[0] : undefined;
    return p ? new Set(p.nodes.map((n) => n.id)) : null;
  }, [path]);

  const keep = useMemo(
    () => new Set([url.node, url.pathFrom, url.pathTo].filter((x): x is string => Boolean(x))),
    [url.node, url.pathFrom, url.pathTo],
  );
  const isVisible = useCallback(
    (node: string, attrs: MapNodeAttributes, degree: number) => {
      const f = url.focus.type === "graph" ? { ...url.filters, community: null, minDegree: 0 } : url.filters;
      return isNodeVisible(node, attrs, degree, f, keep);
    },
    [url.filters, url.focus, keep],
  );

  const onCypherResult = useCallback((q: string, r: CypherResponse) => {
    setLastCypher(q);
    if (r.graph.nodes.length > 0) {
      const payload = cypherToPayload(r.graph);
      markDataArrived(payload.nodes.length);
      dispatch({ type: "showGraph", payload, title: "Cypher result" });
      setFitKey(`cypher:${Date.now()}`);
    }
  }, []);

  const exportScopes = useMemo((): ExportScope[] => {
    const ids = explore.present?.payload.nodes.map((n) => n.key) ?? [];
    const idsChars = ids.reduce((s, id) => s + id.length + 1, 0);
    const viewSelector: ExportSelector | null =
      ids.length === 0
        ? null
        : idsChars <= MAX_EXPORT_IDS_CHARS
          ? { type: "ids", ids }
          : url.filters.community !== null
            ? { type: "community", community: url.filters.community }
            : null;
    return [
      {
        label: `Current view (${ids.length} nodes)`,
        selector: viewSelector,
        disabledReason: viewSelector
          ? undefined
          : ids.length
            ? "too large: open a community first"
            : "the map is empty",
      },
      {
        label: "Selection and its neighbours",
        selector:
          url.node && !url.node.startsWith("community:") ? { type: "node", node: url.node, depth: 1 } : null,
        disabledReason: url.node ? undefined : "nothing selected",
      },
      {
        label: "Last Cypher result",
        selector: lastCypher ? { type: "cypher", query: lastCypher } : null,
        disabledReason: lastCypher ? undefined : "run a query first",
      },
    ];
  }, [explore.present, url.node, url.filters.community, lastCypher]);

  const order = graph.order;
  const present = explore.present;
  const overlay =
    busy.type === "loading" ? (
      <div className="map-overlay">
        <Spinner label={busy.label} />
      </div>
    ) : busy.type === "error" ? (
      <div className="map-overlay">
        <ErrorMessage onRetry={busy.retry}>{busy.message}</ErrorMessage>
      </div>
    ) : present && order === 0 ? (
      <div className="map-overlay">
        <div className="status status-empty">
          Nothing to show here.{" "}
          {health.type === "ok" && health.data.papers === 0
            ? "The database holds no papers yet: run `pnpm paperkg ingest data/samples`."
            : "Loosen the filters or pick another view."}
        </div>
      </div>
    ) : null;

  return (
    <div className={`app ${url.node ? "with-panel" : ""}`}>
      <header className="topbar">
        <h1 className="brand">paperkg</h1>
        <SearchBox onChoose={(hit) => select(hit.id)} />
        <div className="history-buttons">
          <button
            type="button"
            title="Back"
            aria-label="Back"
            disabled={explore.past.length === 0}
            onClick={() => dispatch({ type: "back" })}
          >
            ←
          </button>
          <button
            type="button"
            title="Forward"
            aria-label="Forward"
            disabled={explore.future.length === 0}
            onClick={() => dispatch({ type: "forward" })}
          >
            →
          </button>
        </div>
        <div className="counts" data-testid="counts">
          {present ? (
            <>
              <span data-testid="node-count">{order}</span> nodes ·{" "}
              <span data-testid="edge-count">{graph.size}</span> links
              {present.payload.attributes.truncated && (
                <span className="muted"> (of {present.payload.attributes.totalNodes})</span>
              )}
              <span className="muted"> · {present.title}</span>
            </>
          ) : (
            <span className="muted">no graph yet</span>
          )}
          {url.focus.type !== "graph" && (
            <button
              type="button"
              className="link-button"
              onClick={() => dispatch({ type: "patchUrl", patch: { focus: { type: "graph" } } })}
            >
              back to the whole graph
            </button>
          )}
        </div>
        <ExportMenu scopes={exportScopes} />
      </header>
      <nav className="sidebar" aria-label="Tools">
        <div className="tabs" role="tablist">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={url.tab === t.id}
              className={url.tab === t.id ? "active" : ""}
              onClick={() => dispatch({ type: "patchUrl", patch: { tab: t.id } })}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="tab-body">
          {health.type === "error" && <ErrorMessage>{health.message}</ErrorMessage>}
          {url.tab === "communities" && (
            <CommunitiesTab
              active={url.filters.community}
              onPick={(c) =>
                c === null
                  ? dispatch({ type: "setFilters", filters: { ...url.filters, community: null } })
                  : drill(c)
              }
            />
          )}
          {url.tab === "filters" && view && (
            <FiltersTab
              key={JSON.stringify(url.filters)}
              view={view}
              filters={url.filters}
              onView={(v) => dispatch({ type: "patchUrl", patch: { view: v, focus: { type: "graph" } } })}
              onApply={(filters) => dispatch({ type: "setFilters", filters })}
            />
          )}
          {url.tab === "benchmarks" && (
            <BenchmarksTab
              active={url.focus.type === "benchmark" ? url.focus.id : null}
              onPick={(id) =>
                dispatch({
                  type: "patchUrl",
                  patch: { focus: id ? { type: "benchmark", id } : { type: "graph" }, node: id },
                })
              }
              onSelectPaper={(id) => select(id)}
            />
          )}
          {url.tab === "cypher" && (
            <CypherTab query={cypherQuery} onQuery={setCypherQuery} onResult={onCypherResult} />
          )}
          {url.tab === "path" && (
            <PathTab
              from={url.pathFrom}
              to={url.pathTo}
              labels={(id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id)}
              result={path}
              onFind={findPath}
              onClear={() => {
                setPath({ type: "idle" });
                dispatch({ type: "patchUrl", patch: { pathFrom: null, pathTo: null } });
              }}
              onSelect={(id) => select(id)}
            />
          )}
        </div>
      </nav>
      <MapView
        graph={graph}
        fitKey={fitKey}
        events={events}
        highlight={{ hovered, selected: url.node, pathNodes, isVisible }}
        overlay={overlay}
      />
      {url.node && (
        <NodePanel
          id={url.node}
          onMap={graph.hasNode(url.node)}
          actions={actions}
          onClose={() => select(null)}
        />
      )}
    </div>
  );
}
