import { ENTITY_TYPES } from "@paperkg/core";
import { z } from "zod";

/** Shared zod pieces for query strings (everything arrives as text). */
export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const NodeId = z.string().min(1).max(500);

export const TypesParam = z
  .string()
  .max(200)
  .optional()
  .transform((s, ctx) => {
    if (!s) return [];
    const allowed = new Set<string>(["paper", ...ENTITY_TYPES]);
    const types = s
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    for (const t of types) {
      if (!allowed.has(t)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown type "${t}"; use paper, ${ENTITY_TYPES.join(", ")}`,
        });
        return z.NEVER;
      }
    }
    return types as ("paper" | (typeof ENTITY_TYPES)[number])[];
  });

export const DateParam = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
  .optional();
