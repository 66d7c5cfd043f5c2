import type { NodeDetail } from "@paperkg/core";
import { useState } from "react";
import { api } from "../../api/api.ts";
import { useApi } from "../../hooks/useApi.ts";
import { Empty, ErrorMessage, Spinner } from "../Status.tsx";
import { EntityChips } from "./EntityChips.tsx";
import { HighlightedText } from "./HighlightedText.tsx";
import type { NodeActions } from "./NodeActions.tsx";

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);
/** Only web links become anchors (an abstract's "code link" could be anything). */
const safeUrl = (v: unknown) => (typeof v === "string" && /^https?:\/\//i.test(v) ? v : null);

/** A paper: title, metadata, code links, abstract with highlighted mentions, entity chips, benchmark neighbours. */
export function PaperPanel({ detail, actions }: { detail: NodeDetail; actions: NodeActions }) {
  const p = detail.node.properties;
  const title = str(p.title) ?? detail.node.label;
  const abstract = str(p.abstract) ?? "";
  const codeUrls = [
    ...(Array.isArray(p.codeUrls) ? p.codeUrls : []),
    ...(p.codeUrl ? [p.codeUrl] : []),
  ].flatMap((u) => (safeUrl(u) ? [safeUrl(u)!] : []));
  const meta = [
    str(p.published) && `Published ${str(p.published)!.slice(0, 10)}`,
    num(p.authorsCount) && `${num(p.authorsCount)} authors`,
    num(p.upvotes) !== null && `${num(p.upvotes)} upvotes`,
    detail.node.community !== null && `community ${detail.node.community}`,
  ].filter(Boolean);
  return (
    <div className="paper-panel">
      <h2 className="panel-title" data-testid="panel-title">
        <HighlightedText text={title} field="title" entities={detail.entities} onPick={actions.select} />
      </h2>
      <div className="meta">{meta.join(" · ")}</div>
      {codeUrls.length > 0 && (
        <div className="meta">
          Code:{" "}
          {codeUrls.map((u) => (
            <a key={u} href={u} target="_blank" rel="noreferrer noopener">
              {u.replace(/^https?:\/\//, "")}
            </a>
          ))}
        </div>
      )}
      <h3>Abstract</h3>
      <p className="abstract" data-testid="abstract">
        {abstract ? (
          <HighlightedText
            text={abstract}
            field="abstract"
            entities={detail.entities}
            onPick={actions.select}
          />
        ) : (
          <em>No abstract stored.</em>
        )}
      </p>
      <h3>Entities ({detail.entities.length})</h3>
      {detail.entities.length ? (
        <EntityChips
          entities={detail.entities.map((e) => ({
            ...e,
            extra: e.link.value ? `${e.link.metric ?? ""} ${e.link.value}`.trim() : undefined,
          }))}
          onPick={actions.select}
        />
      ) : (
        <Empty>No entities were extracted from this paper.</Empty>
      )}
      <SharedBenchmarksSection paper={detail.node.id} onPick={actions.select} />
    </div>
  );
}

function SharedBenchmarksSection({ paper, onPick }: { paper: string; onPick: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const shared = useApi(open ? (s) => api.sharedBenchmarks(paper, s) : null, [open, paper]);
  return (
    <section className="shared">
      <h3>
        <button type="button" className="link-button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? "▾" : "▸"} Papers sharing a benchmark
        </button>
      </h3>
      {shared.type === "loading" && <Spinner />}
      {shared.type === "error" && <ErrorMessage>{shared.message}</ErrorMessage>}
      {shared.type === "ok" &&
        (shared.data.papers.length === 0 ? (
          <Empty>No other paper evaluates on the same benchmarks.</Empty>
        ) : (
          <ul className="shared-list" data-testid="shared-benchmarks">
            {shared.data.papers.map((q) => (
              <li key={q.id}>
                <button type="button" className="link-button" onClick={() => onPick(q.id)}>
                  {q.title}
                </button>
                <span className="muted"> — {q.shared.map((b) => b.name).join(", ")}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
