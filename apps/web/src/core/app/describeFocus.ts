import type { GraphView } from "@paperkg/core";
import type { Focus } from "../url/urlState.ts";

/** What the map says while a focus loads, and the title it shows once it has. */
export function describeFocus(focus: Focus, view: GraphView): { loading: string; title: string } {
  switch (focus.type) {
    case "ego":
      return { loading: "Loading neighbourhood…", title: `Ego network (depth ${focus.depth})` };
    case "benchmark":
      return { loading: "Loading benchmark papers…", title: "Benchmark papers" };
    case "cypher":
      return { loading: "Running the Cypher query…", title: "Cypher result" };
    case "graph":
      return { loading: "Loading graph…", title: `${view} view` };
  }
}
