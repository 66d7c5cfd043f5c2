import type { SearchResult, ViewCypher } from "@paperkg/core";
import { useEffect, useId, useState } from "react";
import { describeError } from "../api/ApiClientError.ts";
import { api } from "../api/api.ts";
import { CypherButton } from "./CypherButton.tsx";
import { KindBadge } from "./KindBadge.tsx";

type Hit = SearchResult["results"][number];

/** Typo-tolerant search over papers and entities with a keyboard-driven suggestion list. */
export function SearchBox({ onChoose }: { onChoose: (hit: Hit) => void }) {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [cypher, setCypher] = useState<ViewCypher | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const listId = useId();

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setHits([]);
      setError(null);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      api.search(query, 12, ctrl.signal).then(
        (r) => {
          setHits(r.results);
          setCypher(r.cypher ?? null);
          setActive(0);
          setError(null);
          setLoading(false);
        },
        (err) => {
          if (ctrl.signal.aborted) return;
          setError(describeError(err));
          setLoading(false);
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [q]);

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setOpen(false);
    setQ(hit.label);
  };

  return (
    <div className="search">
      <input
        type="search"
        placeholder="Search papers, methods, benchmarks…"
        aria-label="Search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") choose(hits[active]);
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && q.trim().length >= 2 && (
        <div className="search-popup">
          {error ? (
            <div className="search-note error">{error}</div>
          ) : hits.length === 0 ? (
            <div className="search-note">{loading ? "Searching…" : `No match for “${q.trim()}”`}</div>
          ) : (
            <>
              <div id={listId} role="listbox" className="search-results">
                {hits.map((h, i) => (
                  <div
                    key={h.id}
                    role="option"
                    tabIndex={-1}
                    aria-selected={i === active}
                    className={i === active ? "active" : ""}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(h)}
                    onKeyDown={(e) => e.key === "Enter" && choose(h)}
                    onMouseEnter={() => setActive(i)}
                  >
                    <KindBadge kind={h.kind} />
                    <span className="search-label">{h.label}</span>
                    {h.snippet && <span className="search-snippet">{h.snippet}</span>}
                  </div>
                ))}
              </div>
              {cypher && (
                // keeps the focus in the box, so the list stays open until the button's click
                <div
                  className="search-footer"
                  role="toolbar"
                  aria-label="Search tools"
                  onMouseDown={(e) => e.preventDefault()}
                >
                  <CypherButton cypher={cypher} what="this search" onOpened={() => setOpen(false)} />
                </div>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
