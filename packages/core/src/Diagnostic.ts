import { z } from "zod";

/** A record that was rejected or a file that could not be read: never dropped silently. */
export const Diagnostic = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  code: z.string().min(1),
  message: z.string().min(1),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
