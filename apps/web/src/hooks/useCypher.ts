import type { CypherResponse, ViewCypher } from "@paperkg/core";
import { type Dispatch, useCallback, useEffect, useRef, useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { api } from "../api/api.ts";
import { markDataArrived } from "../components/perfMarks.ts";
import type { AppAction } from "../core/app/appReducer.ts";
import type { Loadable } from "../core/app/types.ts";
import { cypherToPayload } from "../core/cypher/cypherToPayload.ts";
import { CYPHER_EXAMPLES } from "../core/cypher/examples.ts";
import { parseCypherParams, showCypherParams } from "../core/cypher/parseCypherParams.ts";
import type { Focus } from "../core/url/urlState.ts";

/** The Cypher console as the app holds it (the console tab, every view's Cypher button, export). */
export interface CypherConsole {
  query: string;
  setQuery: (q: string) => void;
  /** The parameters as JSON text, edited beside the query. */
  paramsText: string;
  setParamsText: (text: string) => void;
  result: Loadable<CypherResponse>;
  /** The last query that ran without error, with its parameters (for export). */
  last: ViewCypher | null;
  /** Run a query: the table shows its rows, the map its graph, the URL holds it. */
  run: (query: string, paramsText: string) => void;
  /** Put a view's Cypher in the console and open its tab (it runs when the user says so). */
  open: (cypher: ViewCypher) => void;
  /** Show a result another tool ran (the Finder's "show on map") as if the console had. */
  showResult: (cypher: ViewCypher, result: CypherResponse) => void;
}

/**
 * The console's state, kept while other tabs are open. A query that runs replaces the map with
 * its graph and becomes the URL's focus, so a hand-edited view can be shared; a link holding a
 * query runs it once at start.
 */
export function useCypher(
  initialFocus: Focus,
  dispatch: Dispatch<AppAction>,
  setFitKey: (key: string) => void,
): CypherConsole {
  const fromUrl = initialFocus.type === "cypher" ? initialFocus : null;
  const [query, setQuery] = useState(fromUrl?.query ?? CYPHER_EXAMPLES[0]!.query);
  const [paramsText, setParamsText] = useState(showCypherParams(fromUrl?.params ?? {}));
  const [result, setResult] = useState<Loadable<CypherResponse>>({ type: "idle" });
  const [last, setLast] = useState<ViewCypher | null>(null);
  const runId = useRef(0);

  const showResult = useCallback(
    (cypher: ViewCypher, r: CypherResponse) => {
      setLast(cypher);
      dispatch({ type: "patchUrl", patch: { focus: { type: "cypher", ...cypher } } });
      if (r.graph.nodes.length === 0) return;
      const payload = cypherToPayload(r.graph, cypher);
      markDataArrived(payload.nodes.length);
      dispatch({ type: "showGraph", payload, title: "Cypher result" });
      setFitKey(`cypher:${Date.now()}`);
    },
    [dispatch, setFitKey],
  );

  const run = useCallback(
    async (q: string, text: string) => {
      if (!q.trim()) return;
      const params = parseCypherParams(text);
      if (params.type === "error") {
        setResult({ type: "error", message: params.message });
        return;
      }
      const id = ++runId.current;
      setResult({ type: "loading" });
      try {
        const r = await api.cypher(q, params.params);
        if (id !== runId.current) return;
        setResult({ type: "ok", data: r });
        showResult({ query: q, params: params.params }, r);
      } catch (err) {
        if (id === runId.current) setResult({ type: "error", message: describeError(err) });
      }
    },
    [showResult],
  );

  const open = useCallback(
    (cypher: ViewCypher) => {
      setQuery(cypher.query);
      setParamsText(showCypherParams(cypher.params));
      setResult({ type: "idle" });
      dispatch({ type: "patchUrl", patch: { tab: "cypher" } });
    },
    [dispatch],
  );

  // A shared link holding a query: run it once, as the console would.
  useEffect(() => {
    if (fromUrl) void run(fromUrl.query, showCypherParams(fromUrl.params));
  }, []);

  return { query, setQuery, paramsText, setParamsText, result, last, run, open, showResult };
}
