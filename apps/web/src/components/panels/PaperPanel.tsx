import type { NodeDetail, PaperDetailNode } from "@paperkg/core";
import { useState } from "react";
import { api } from "../../api/api.ts";
import { useApi } from "../../hooks/useApi.ts";
import { CypherButton } from "../CypherButton.tsx";
import { Empty, ErrorMessage, Spinner } from "../Status.tsx";
import { EntityChips } from "./EntityChips.tsx";
import { HighlightedText } from "./HighlightedText.tsx";
import type { NodeActions } from "./NodeActions.tsx";
import { PaperBasics } from "./PaperBasics.tsx";

/** A paper: title, metadata, authors, categories, arXiv and code links, abstract with highlighted mentions, entity chips, benchmark neighbours. */
export function PaperPanel({
  node,
  detail,
  actions,
}: {
  node: PaperDetailNode;
  detail: NodeDetail;
  actions: NodeActions;
}) {
  const p = node.properties;
  const title = p.title || node.label;
  const abstract = p.abstract ?? "";
  const meta = [
    p.published && `Published ${p.published.slice(0, 10)}`,
    p.authorsCount && !p.authors?.length && `${p.authorsCount} authors`,
    p.upvotes != null && `${p.upvotes} upvotes`,
    node.community !== null && `community ${node.community}`,
  ].filter(Boolean);
  return (
    <div className="paper-panel">
      <h2 className="panel-title" data-testid="panel-title">
        <HighlightedText text={title} field="title" entities={detail.entities} onPick={actions.open} />
      </h2>
      <div className="meta">{meta.join(" · ")}</div>
      <PaperBasics node={node} />
      <h3>Abstract</h3>
      <p className="abstract" data-testid="abstract">
        {abstract ? (
          <HighlightedText
            text={abstract}
            field="abstract"
            entities={detail.entities}
            onPick={actions.open}
          />
        ) : (
          <em>No abstract stored.</em>
        )}
      </p>
      <h3>
        Entities ({detail.entities.length}){" "}
        <CypherButton cypher={detail.cypher} what="this paper's entities" />
      </h3>
      {detail.entities.length ? (
        <EntityChips
          entities={detail.entities.map((e) => ({
            ...e,
            extra: e.link.value ? `${e.link.metric ?? ""} ${e.link.value}`.trim() : undefined,
          }))}
          onPick={actions.open}
        />
      ) : (
        <Empty>No entities were extracted from this paper.</Empty>
      )}
      <RelatedSection paper={node.id} onPick={actions.open} />
      <SharedBenchmarksSection paper={node.id} onPick={actions.open} />
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
      {shared.type === "ok" && (
        <CypherButton cypher={shared.data.cypher} what="the papers sharing a benchmark" />
      )}
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

function RelatedSection({ paper, onPick }: { paper: string; onPick: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const related = useApi(open ? (s) => api.related(paper, s) : null, [open, paper]);
  return (
    <section className="shared">
      <h3>
        <button type="button" className="link-button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? "▾" : "▸"} Related papers
        </button>
      </h3>
      {related.type === "loading" && <Spinner />}
      {related.type === "error" && <ErrorMessage>{related.message}</ErrorMessage>}
      {related.type === "ok" && <CypherButton cypher={related.data.cypher} what="the related papers" />}
      {related.type === "ok" &&
        (related.data.papers.length === 0 ? (
          <Empty>No other paper shares a specific entity with this one.</Empty>
        ) : (
          <ul className="shared-list" data-testid="related-papers">
            {related.data.papers.map((q) => (
              <li key={q.id}>
                <button type="button" className="link-button" onClick={() => onPick(q.id)}>
                  {q.title}
                </button>
                <span className="muted"> — {q.shared.map((e) => e.name).join(", ")}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
