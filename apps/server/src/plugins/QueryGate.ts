import { HttpError } from "../HttpError.ts";

export interface QueryGateOptions {
  /** Heavy queries (Cypher, exports, the map) running at once. */
  maxRunning: number;
  /** Heavy queries waiting for a free slot; beyond this they are refused at once. */
  maxWaiting: number;
  /** Seconds a refused client is told to wait (`Retry-After`). */
  retryAfterSeconds: number;
}

export const DEFAULT_QUERY_GATE: QueryGateOptions = { maxRunning: 4, maxWaiting: 32, retryAfterSeconds: 2 };

/** Thrown when the gate is full; carries the Retry-After seconds. */
export class BusyError extends HttpError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("BUSY", `the server is running as many heavy queries as it takes; retry in ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Bounds the heavy queries that run at once, so a burst of Cypher, exports or map loads cannot
 * queue up unbounded work in Neo4j and the server's memory: up to `maxRunning` run, up to
 * `maxWaiting` wait in arrival order, the rest get a BusyError (503 with Retry-After).
 */
export class QueryGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly options: QueryGateOptions = DEFAULT_QUERY_GATE) {}

  /** Runs `work` when a slot is free, and frees it however `work` ends. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.maxRunning) {
      if (this.waiting.length >= this.options.maxWaiting) throw new BusyError(this.options.retryAfterSeconds);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Queries running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
