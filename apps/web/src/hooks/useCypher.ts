import type { CypherResponse } from "@paperkg/core";
import { type Dispatch, useCallback, useState } from "react";
import { markDataArrived } from "../components/perfMarks.ts";
import type { AppAction } from "../core/app/appReducer.ts";
import { cypherToPayload } from "../core/cypher/cypherToPayload.ts";
import { CYPHER_EXAMPLES } from "../core/cypher/examples.ts";

/**
 * The Cypher tab's query (kept while other tabs are open), the last query that ran (for export),
 * and `onResult`, which puts a result's graph on the map and fits the camera to it.
 */
export function useCypher(dispatch: Dispatch<AppAction>, setFitKey: (key: string) => void) {
  const [query, setQuery] = useState(CYPHER_EXAMPLES[0]!.query);
  const [lastQuery, setLastQuery] = useState<string | null>(null);
  const onResult = useCallback(
    (q: string, r: CypherResponse) => {
      setLastQuery(q);
      if (r.graph.nodes.length > 0) {
        const payload = cypherToPayload(r.graph);
        markDataArrived(payload.nodes.length);
        dispatch({ type: "showGraph", payload, title: "Cypher result" });
        setFitKey(`cypher:${Date.now()}`);
      }
    },
    [dispatch, setFitKey],
  );
  return { query, setQuery, lastQuery, onResult };
}
