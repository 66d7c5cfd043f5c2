import type { CypherResponse } from "@paperkg/core";
import { useState } from "react";
import { CypherEditor } from "../components/CypherEditor.tsx";
import { Empty, Spinner } from "../components/Status.tsx";
import { cellText } from "../core/cypher/cellText.ts";
import { CYPHER_EXAMPLES, loadHistory, pushHistory, saveHistory } from "../core/cypher/examples.ts";
import type { CypherConsole } from "../hooks/useCypher.ts";

/**
 * Read-only Cypher: highlighted editor, parameters as JSON, Ctrl+Enter, examples, history, inline
 * errors, a table and a graph. A view's "Cypher" button fills it; running replaces the map.
 */
export function CypherTab({ console: c }: { console: CypherConsole }) {
  const { query, paramsText, result } = c;
  const onQuery = c.setQuery;
  const [hist, setHist] = useState(loadHistory);
  const run = (q: string) => {
    if (!q.trim()) return;
    const next = pushHistory(hist, q);
    setHist(next);
    saveHistory(next);
    c.run(q, paramsText);
  };
  return (
    <div className="cypher" data-testid="cypher">
      <div className="cypher-bar">
        <select
          aria-label="Example queries"
          value=""
          onChange={(e) => {
            const ex = CYPHER_EXAMPLES[Number(e.target.value)];
            if (!ex) return;
            onQuery(ex.query);
            c.setParamsText("{}");
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
      <label className="cypher-params">
        <span className="muted small">Parameters (JSON)</span>
        <textarea
          data-testid="cypher-params"
          spellCheck={false}
          rows={Math.min(8, paramsText.split("\n").length)}
          value={paramsText}
          onChange={(e) => c.setParamsText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              run(query);
            }
          }}
        />
      </label>
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
                  <td key={c}>{cellText(row[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
