import { EXPORT_FORMATS, type ExportFormat } from "@paperkg/core";
import { useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { fetchExport } from "../api/api.ts";
import type { ExportScope } from "../core/export/types.ts";
import { downloadBlob } from "./downloadText.ts";

const FORMAT_NAMES: Record<ExportFormat, string> = {
  gexf: "GEXF",
  graphml: "GraphML",
  json: "JSON",
  csv: "CSV",
  cypher: "Cypher",
};

/** Download the current view, the selection or a query result in one of the server's export formats. */
export function ExportMenu({ scopes }: { scopes: ExportScope[] }) {
  const [scopeIndex, setScopeIndex] = useState(0);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scope = scopes[Math.min(scopeIndex, scopes.length - 1)];
  const run = async (format: ExportFormat) => {
    if (!scope?.selector) return;
    setBusy(format);
    setError(null);
    try {
      const { blob, name } = await fetchExport(format, scope.selector);
      downloadBlob(name, blob);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="export-popup" data-testid="export-menu">
        <fieldset>
          <legend>What</legend>
          {scopes.map((s, i) => (
            <label key={s.label} className="check" title={s.disabledReason}>
              <input
                type="radio"
                name="export-scope"
                checked={i === scopeIndex}
                disabled={!s.selector}
                onChange={() => setScopeIndex(i)}
              />
              {s.label}
              {s.disabledReason && <span className="muted"> — {s.disabledReason}</span>}
            </label>
          ))}
        </fieldset>
        <div className="buttons">
          {EXPORT_FORMATS.map((f) => (
            <button key={f} type="button" disabled={!scope?.selector || busy !== null} onClick={() => run(f)}>
              {busy === f ? "…" : FORMAT_NAMES[f]}
            </button>
          ))}
        </div>
        <p className="muted">The map as a picture: the PNG button on the map.</p>
        {error && (
          <div className="status status-error" role="alert">
            {error}
          </div>
        )}
      </div>
    </details>
  );
}
