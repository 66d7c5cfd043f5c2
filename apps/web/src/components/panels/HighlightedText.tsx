import type { SpanField } from "@paperkg/core";
import { KIND_STYLE } from "../../core/graph/kindStyle.ts";
import { type MentionEntity, mentionSegments } from "../../core/mentions/mentionSegments.ts";

/**
 * A paper's abstract or title with each extracted mention marked in its kind's colour. Text is
 * rendered by React (escaped), never as HTML.
 */
export function HighlightedText({
  text,
  field,
  entities,
  onPick,
}: {
  text: string;
  field: SpanField;
  entities: readonly MentionEntity[];
  onPick: (id: string) => void;
}) {
  const segments = mentionSegments(text, field, entities);
  return (
    <>
      {segments.map((s) =>
        s.type === "text" ? (
          <span key={s.start}>{s.text}</span>
        ) : (
          <mark
            key={s.start}
            className={`mention mention-${s.entity.kind}`}
            style={{
              borderBottomColor: KIND_STYLE[s.entity.kind].color,
              background: `${KIND_STYLE[s.entity.kind].color}1f`,
            }}
            title={`${KIND_STYLE[s.entity.kind].name}: ${s.entity.label}`}
            data-entity={s.entity.id}
            onClick={() => onPick(s.entity.id)}
            onKeyDown={(e) => e.key === "Enter" && onPick(s.entity.id)}
          >
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}
