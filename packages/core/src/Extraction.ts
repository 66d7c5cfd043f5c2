import { z } from "zod";
import { SpanField } from "./codecs/span.ts";
import { EntityType } from "./kinds.ts";

/** One occurrence of an entity: `text === paper[field].slice(start, end)` always holds. */
export const Mention = z.object({
  field: SpanField,
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  sentence: z.string(),
  rule: z.string().min(1),
});
export type Mention = z.infer<typeof Mention>;

/**
 * A result the abstract states for a benchmark, e.g. `{ metric: "accuracy", value: "84.3%" }`.
 * `relative` marks a gain (`improves by 8% on`, `+3.2 on`): an improvement, never a score. The
 * other fields are optional so extractions cached before they existed still parse.
 */
export const StatedResult = z.object({
  metric: z.string(),
  value: z.string(),
  /** The words of the abstract that state it (`achieves 84.3% accuracy on GSM8K`). */
  raw: z.string().optional(),
  /** The value as a number (`84.3`), and its unit (`%`, `points`) or null. */
  number: z.number().optional(),
  unit: z.string().nullable().optional(),
  relative: z.boolean().optional(),
  /** Offset of the value in the abstract, and the sentence it stands in (to find who got it). */
  at: z.number().int().nonnegative().optional(),
  sentence: z.string().optional(),
});
export type StatedResult = z.infer<typeof StatedResult>;

export const ExtractedEntity = z
  .object({
    type: EntityType,
    /** `<type>:<normalised key>`, stable across runs. */
    id: z.string().regex(/^[a-z]+:.+$/, "expected <type>:<key>"),
    name: z.string().min(1),
    proposed: z.boolean(),
    confidence: z.number().min(0).max(1),
    /** Model family for model variants (`Qwen2.5-7B-Instruct` → `Qwen2.5`), else null. */
    family: z.string().nullable(),
    aliases: z.array(z.string()).optional(),
    results: z.array(StatedResult).optional(),
    /** Set (true) by the corpus pass on entities found on more than a fifth of the papers. */
    hub: z.boolean().optional(),
    mentions: z.array(Mention).min(1),
  })
  .refine((e) => e.id.startsWith(`${e.type}:`), { message: "entity id must start with its type" });
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;

export const Extraction = z.object({
  paper: z.object({ id: z.string().min(1), title: z.string() }),
  entities: z.array(ExtractedEntity),
});
export type Extraction = z.infer<typeof Extraction>;
