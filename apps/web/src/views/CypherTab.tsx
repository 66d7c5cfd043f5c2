import type { CypherResponse } from "@paperkg/core";
import { useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { api } from "../api/api.ts";
import { CypherEditor } from "../components/CypherEditor.tsx";
import { Empty, Spinner } from "../components/Status.tsx";
import type { Loadable } from "../core/app/types.ts";
import { CYPHER_EXAMPLES, loadHistory, pushHistory, saveHistory } from "../core/cypher/examples.ts";

/** Read-only Cypher: highlighted editor, Ctrl+Enter, examples, history, inline errors, a table and a graph. */
export function CypherTab({
  query,
  onQuery,
  onResult,
}: {
  query: string;
  onQuery: (q: string) => void;
  /** Called with a successful result (its graph goes on the map when it has nodes). */
  onResult: (query: string, result: CypherResponse) => void;
}) {
  const [result, setResult] = useState<Loadable<CypherResponse>>({ type: "idle" });
  const [hist, setHist] = useState(loadHistory);
  const run = async (q: string) => {
    if (!q.trim()) return;
    setResult({ type: "loading" });
    const next = pushHistory(hist, q);
    setHist(next);
    saveHistory(next);
    try {
      const r = await api.cypher(q);
      setResult({ type: "ok", data: r });
      onResult(q, r);
    } catch (err) {
      setResult({ type: "error", message: describeError(err) });
    }
  };
  return (
    <div className="cypher" data-testid="cypher">
      <div className="cypher-bar">
        <select
          aria-label="Example queries"
          value=""
          onChange={(e) => {
            const ex = CYPHER_EXAMPLES[Number(e.target.value)];
            if (ex) onQuery(ex.query);
          }}
        >
          <option value="">Examples…</option>
          {CYPHER_EXAMPLES.map((ex, i) => (
            <option key={ex.title} value={i}>
              {ex.title}
            </option>
          ))}
        </select>
        <select
          aria-label="History"
          value=""
          disabled={hist.length === 0}
          onChange={(e) => {
            const h = hist[Number(e.target.value)];
            if (h) onQuery(h);
          }}
        >
          <option value="">History ({hist.length})…</option>
          {hist.map((h, i) => (
            <option key={h} value={i}>
              {h.replace(/\s+/g, " ").slice(0, 70)}
            </option>
          ))}
        </select>
        <button type="button" className="primary" onClick={() => run(query)} title="Run (Ctrl+Enter)">
          Run ▶
        </button>
      </div>
      <CypherEditor value={query} onChange={onQuery} onRun={run} />
      <div className="muted small">Ctrl+Enter runs · read-only: writes are refused</div>
      {result.type === "loading" && <Spinner label="Running…" />}
      {result.type === "error" && (
        <div className="status status-error cypher-error" role="alert" data-testid="cypher-error">
          {result.message}
        </div>
      )}
      {result.type === "ok" && <CypherResults result={result.data} />}
    </div>
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

function CypherResults({ result }: { result: CypherResponse }) {
  if (result.rows.length === 0) return <Empty>The query returned no rows.</Empty>;
  return (
    <div className="cypher-results">
      <div className="muted small" data-testid="cypher-summary">
        {result.rows.length} rows
        {result.truncated ? " (truncated)" : ""}
        {result.graph.nodes.length ? ` · ${result.graph.nodes.length} nodes drawn on the map` : ""}
      </div>
      <div className="table-scroll">
        <table className="table" data-testid="cypher-results">
          <thead>
            <tr>
              {result.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, i) => (
              <tr key={i}>
                {result.columns.map((c) => (
                  <td key={c}>{show(row[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
