import type { NodeRef } from "@paperkg/core";
import { parseCommunityKey } from "@paperkg/core";
import { useState } from "react";
import { api } from "../api/api.ts";
import { CypherButton } from "../components/CypherButton.tsx";
import { KindBadge } from "../components/KindBadge.tsx";
import { Empty, ErrorMessage, Spinner } from "../components/Status.tsx";
import { useApi } from "../hooks/useApi.ts";

/**
 * "What's new": what the last ingest (or every ingest after a chosen snapshot) added — new papers,
 * entities first seen, entities that grew most, communities born, grown, split or merged. Each item opens its node;
 * a community filters the map to it.
 */
export function ChangesTab({
  onSelect,
  onDrill,
}: {
  onSelect: (id: string) => void;
  onDrill: (community: number) => void;
}) {
  const [since, setSince] = useState<string | null>(null);
  const changes = useApi((s) => api.changes(since, s), [since]);
  if (changes.type === "loading" || changes.type === "idle") return <Spinner label="Loading changes…" />;
  if (changes.type === "error") return <ErrorMessage>{changes.message}</ErrorMessage>;
  const c = changes.data;
  if (!c.latest) return <Empty>No ingest recorded yet — ingest some papers first.</Empty>;
  const open = (ref: NodeRef) => {
    const community = parseCommunityKey(ref.id);
    if (community !== null) onDrill(community);
    else onSelect(ref.id);
  };
  return (
    <div className="changes" data-testid="changes">
      <div className="tab-head">
        <label>
          Since{" "}
          <select
            value={since ?? ""}
            onChange={(e) => setSince(e.target.value === "" ? null : e.target.value)}
            aria-label="Compare with snapshot"
          >
            <option value="">the ingest before the last</option>
            {c.snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id} · {s.at.slice(0, 16).replace("T", " ")}
                {s.complete ? "" : " (interrupted)"}
              </option>
            ))}
          </select>
        </label>
        <CypherButton cypher={c.cypher} what="these changes" />
      </div>
      <ChangeList title="New papers" list={c.newPapers} onOpen={open} note={(p) => p.published ?? ""} />
      <ChangeList
        title="Entities first seen"
        list={c.newEntities}
        onOpen={open}
        note={(e) => `${e.paperCount} papers`}
      />
      <ChangeList
        title="Growing entities"
        list={c.grownEntities}
        onOpen={open}
        note={(e) => `+${e.newPapers} → ${e.paperCount}`}
      />
      <ChangeList
        title="Communities born, grown, split or merged"
        list={c.communities}
        onOpen={open}
        note={(k) =>
          k.splitFrom.length > 0
            ? `split from ${k.splitFrom.map((c) => `#${c}`).join(", ")} · +${k.newPapers} papers`
            : k.mergedFrom.length > 0
              ? `merged from ${k.mergedFrom.map((c) => `#${c}`).join(", ")} · +${k.newPapers} papers`
              : `${k.born ? "new" : "grown"} · +${k.newPapers} papers`
        }
      />
    </div>
  );
}

function ChangeList<T extends NodeRef>({
  title,
  list,
  onOpen,
  note,
}: {
  title: string;
  list: { total: number; items: T[] };
  onOpen: (item: T) => void;
  note: (item: T) => string;
}) {
  return (
    <section className="change-section" aria-label={title}>
      <h3>
        {title} <span className="muted">{list.total}</span>
      </h3>
      {list.items.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ul className="change-list">
          {list.items.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button change-item" onClick={() => onOpen(item)}>
                <KindBadge kind={item.kind} /> <span className="change-label">{item.label}</span>{" "}
                <span className="muted">{note(item)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.total > list.items.length && <p className="muted">… and {list.total - list.items.length} more</p>}
    </section>
  );
}
