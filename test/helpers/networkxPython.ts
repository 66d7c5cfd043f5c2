import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./runCli.ts";

/**
 * A Python that can `import networkx` — an independent GEXF/GraphML parser for export tests: the
 * system python3 when it has it, else a venv under .paperkg/ with networkx installed from PyPI.
 */
export function networkxPython(): string {
  if (spawnSync("python3", ["-c", "import networkx"]).status === 0) return "python3";
  const venv = join(REPO_ROOT, ".paperkg", "py-networkx");
  const python = join(venv, "bin", "python");
  if (!existsSync(python)) execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
  if (spawnSync(python, ["-c", "import networkx"]).status !== 0) {
    execFileSync(python, ["-m", "pip", "install", "--quiet", "networkx"], { stdio: "inherit" });
  }
  return python;
}

/** Node and edge counts of a GEXF or GraphML file, as networkx reads them. */
export function networkxCounts(
  python: string,
  file: string,
  format: "gexf" | "graphml",
): { nodes: number; edges: number } {
  const reader = format === "gexf" ? "read_gexf" : "read_graphml";
  const out = execFileSync(
    python,
    [
      "-c",
      `import networkx as nx, sys, json; g = nx.${reader}(sys.argv[1]); print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}))`,
      file,
    ],
    { encoding: "utf8" },
  );
  return JSON.parse(out) as { nodes: number; edges: number };
}
