import type { GraphView, PathResult } from "@paperkg/core";
import { type Dispatch, useState } from "react";
import { api } from "../api/api.ts";
import type { DataSourceCapabilities } from "../api/DataSource.ts";
import { ErrorMessage } from "../components/Status.tsx";
import type { AppAction } from "../core/app/appReducer.ts";
import type { Loadable } from "../core/app/types.ts";
import { EMPTY_FINDER } from "../core/finder/finderState.ts";
import type { PanelTab, UrlState } from "../core/url/urlState.ts";
import type { Communities } from "../hooks/useCommunities.ts";
import type { CypherConsole } from "../hooks/useCypher.ts";
import { BenchmarksTab } from "./BenchmarksTab.tsx";
import { ChangesTab } from "./ChangesTab.tsx";
import { CommunitiesTab } from "./CommunitiesTab.tsx";
import { CypherTab } from "./CypherTab.tsx";
import { FiltersTab } from "./FiltersTab.tsx";
import { FinderTab } from "./FinderTab.tsx";
import { PathTab } from "./PathTab.tsx";
import { EMPTY_TRENDS, TrendsTab } from "./TrendsTab.tsx";

const TABS: { id: PanelTab; label: string }[] = [
  { id: "communities", label: "Communities" },
  { id: "filters", label: "Filters" },
  { id: "finder", label: "Finder" },
  { id: "trends", label: "Trends" },
  { id: "benchmarks", label: "Benchmarks" },
  { id: "cypher", label: "Cypher" },
  { id: "path", label: "Path" },
  { id: "changes", label: "What's new" },
];

/** Tabs only some data sources can serve (a static site has no Cypher, paths or ingest history). */
const TAB_NEEDS: Partial<Record<PanelTab, keyof DataSourceCapabilities>> = {
  cypher: "cypher",
  path: "path",
  changes: "changes",
  trends: "trends",
};
const available = (tab: PanelTab) => {
  const need = TAB_NEEDS[tab];
  return need === undefined || api.capabilities[need];
};

/** The sidebar: one tab per tool, the open one kept in the URL. */
export function ToolTabs({
  url,
  view,
  healthError,
  dispatch,
  select,
  open,
  drill,
  labelOf,
  communities,
  cypher,
  path,
}: {
  url: UrlState;
  view: GraphView | null;
  /** Why `/api/health` failed, shown above every tab. */
  healthError: string | null;
  dispatch: Dispatch<AppAction>;
  /** Select a node on the map (a path's hops, which the path drew). */
  select: (id: string) => void;
  /** Open a node a list names (Finder, a benchmark's papers, leaderboard, What's new): `useMapActions.open`. */
  open: (id: string) => void;
  drill: (community: number) => void;
  labelOf: (id: string) => string;
  communities: Communities;
  cypher: CypherConsole;
  path: { result: Loadable<PathResult>; find: () => void; clear: () => void };
}) {
  const patch = (p: Partial<UrlState>) => dispatch({ type: "patchUrl", patch: p });
  const [finder, setFinder] = useState(EMPTY_FINDER);
  const [trends, setTrends] = useState(EMPTY_TRENDS);
  return (
    <nav className="sidebar" aria-label="Tools">
      <div className="tabs" role="tablist">
        {TABS.filter((t) => available(t.id)).map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={url.tab === t.id}
            className={url.tab === t.id ? "active" : ""}
            onClick={() => patch({ tab: t.id })}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tab-body">
        {!available(url.tab) && <ErrorMessage>This tool needs the paperkg server.</ErrorMessage>}
        {healthError !== null && <ErrorMessage>{healthError}</ErrorMessage>}
        {url.tab === "communities" && (
          <CommunitiesTab
            communities={communities}
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
            onView={(v) => patch({ view: v, focus: { type: "graph" } })}
            onApply={(filters) => dispatch({ type: "setFilters", filters })}
          />
        )}
        {url.tab === "finder" && (
          <FinderTab
            state={finder}
            onChange={setFinder}
            onSelectPaper={open}
            onShowOnMap={(query, result) => cypher.showResult({ query, params: {} }, result)}
          />
        )}
        {url.tab === "trends" && available("trends") && <TrendsTab state={trends} onChange={setTrends} />}
        {url.tab === "benchmarks" && (
          <BenchmarksTab
            active={url.focus.type === "benchmark" ? url.focus.id : null}
            onPick={(id) => patch({ focus: id ? { type: "benchmark", id } : { type: "graph" }, node: id })}
            onSelectPaper={open}
          />
        )}
        {url.tab === "cypher" && available("cypher") && <CypherTab console={cypher} />}
        {url.tab === "path" && available("path") && (
          <PathTab
            from={url.pathFrom}
            to={url.pathTo}
            labels={labelOf}
            result={path.result}
            onFind={path.find}
            onClear={path.clear}
            onSelect={select}
          />
        )}
        {url.tab === "changes" && available("changes") && <ChangesTab onSelect={open} onDrill={drill} />}
      </div>
    </nav>
  );
}
