import { type NodeKind, parseSpan, type SpanField } from "@paperkg/core";

export interface MentionEntity {
  id: string;
  kind: NodeKind;
  label: string;
  link: { spans: string[] };
}

/** A run of text, either plain or one mention of an entity. */
export type Segment =
  | { type: "text"; text: string; start: number }
  | { type: "mention"; text: string; start: number; entity: Omit<MentionEntity, "link"> };

/**
 * Cut `text` (the paper's `field`, e.g. its abstract) into plain runs and entity mentions, from the
 * links' spans. Overlapping mentions keep the earliest, then the longest; spans outside the text
 * are ignored.
 */
export function mentionSegments(
  text: string,
  field: SpanField,
  entities: readonly MentionEntity[],
): Segment[] {
  const mentions: { start: number; end: number; entity: Omit<MentionEntity, "link"> }[] = [];
  for (const e of entities) {
    for (const s of e.link.spans) {
      const span = parseSpan(s);
      if (!span || span.field !== field || span.end > text.length) continue;
      mentions.push({ start: span.start, end: span.end, entity: { id: e.id, kind: e.kind, label: e.label } });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const m of mentions) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push({ type: "text", text: text.slice(pos, m.start), start: pos });
    out.push({ type: "mention", text: text.slice(m.start, m.end), start: m.start, entity: m.entity });
    pos = m.end;
  }
  if (pos < text.length) out.push({ type: "text", text: text.slice(pos), start: pos });
  return out;
}
