// Plain-JS entry for worker threads: registers tsx so the TypeScript worker loads from source.
import { register } from "tsx/esm/api";

register();
await import("./extractWorker.ts");
