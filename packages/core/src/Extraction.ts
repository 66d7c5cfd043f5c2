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

/** A result the abstract states for a benchmark, e.g. `{ metric: "accuracy", value: "84.3%" }`. */
export const StatedResult = z.object({ metric: z.string(), value: z.string() });
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
