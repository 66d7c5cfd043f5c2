import { z } from "zod";

/**
 * zod compiles object parsers with `new Function` when it may; the server's CSP forbids eval, so
 * zod's probe would be reported as a violation on every load. Imported first by main.tsx.
 */
z.config({ jitless: true });
