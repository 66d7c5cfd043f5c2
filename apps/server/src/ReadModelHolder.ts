import { loadReadModel, type ReadModel, readModelSignature } from "@paperkg/store";
import type { Driver } from "neo4j-driver";

declare module "fastify" {
  interface FastifyInstance {
    /** The server's read model (null when `readModel` is off). */
    readModel: ReadModelHolder | null;
  }
}

/** The signature's snapshot part while an ingest runs (`<id>:false`). */
const INCOMPLETE_SNAPSHOT = ":false|";
/** Checks a signature with an incomplete snapshot must hold still before a model is loaded. */
const INGEST_CHECKS = 24;

/** Memoised answers kept per model (the overview's views and filters; a few MB at most each). */
const MEMO_ENTRIES = 64;

export interface ReadModelHolderOptions {
  /** How often the graph's signature is compared with the model's, in ms. */
  pollMs: number;
  /** A model loaded and in use, after `ms` milliseconds of loading. */
  onLoaded?: (model: ReadModel, ms: number) => void;
  /** A failed load or check (the model in hand, if any, stays in use). */
  onError?: (err: unknown) => void;
}

/**
 * Keeps the server's read model in step with Neo4j: loads it in the background at start, checks
 * the graph's signature every `pollMs` and loads a new model once a changed signature has held
 * still for one interval, or for `INGEST_CHECKS` while an ingest runs (it changes counts until
 * it completes; loading mid-ingest would be wasted). Until the first load completes, `current` is null and reads go to Neo4j.
 */
export class ReadModelHolder {
  #model: ReadModel | null = null;
  #loading: Promise<void> | null = null;
  #seen: string | null = null;
  /** Checks in a row that found the same signature. */
  #stillFor = 0;
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;
  /** Answers computed once per loaded model (see `memo`), oldest first. */
  #memo = new Map<string, Promise<unknown>>();
  readonly #driver: Driver;
  readonly #database: string;
  readonly #options: ReadModelHolderOptions;

  constructor(driver: Driver, database: string, options: ReadModelHolderOptions) {
    this.#driver = driver;
    this.#database = database;
    this.#options = options;
  }

  /** The model answering reads now, or null (not loaded yet). */
  get current(): ReadModel | null {
    return this.#model;
  }

  /** Load in the background and start checking the signature. */
  start(): void {
    void this.reload();
    this.#timer = setInterval(() => void this.#check(), this.#options.pollMs);
    this.#timer.unref();
  }

  /**
   * The answer `compute` gives for `key`, computed once per loaded model and then reused until
   * the graph changes (a new model): for reads the model does not hold whose answers are few and
   * costly, such as the overview. Without a model it just computes. A failed answer is not kept.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const model = this.#model;
    if (!model) return compute();
    const memo = this.#memo;
    const held = memo.get(key) as Promise<T> | undefined;
    if (held) return held;
    const answer = compute();
    memo.set(key, answer);
    if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
    answer.catch(() => memo.delete(key));
    return answer;
  }

  /** Resolves once a load under way (if any) has finished. */
  async settled(): Promise<void> {
    await this.#loading;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Load a model now (joining a load under way); resolves when it is in use or failed. */
  reload(): Promise<void> {
    const t0 = performance.now();
    this.#loading ??= loadReadModel(this.#driver, this.#database)
      .then((model) => {
        if (this.#stopped) return;
        this.#model = model;
        this.#seen = model.signature;
        this.#memo = new Map();
        this.#options.onLoaded?.(model, performance.now() - t0);
      })
      .catch((err: unknown) => {
        if (!this.#stopped) this.#options.onError?.(err);
      })
      .finally(() => {
        this.#loading = null;
      });
    return this.#loading;
  }

  async #check(): Promise<void> {
    if (this.#loading) return;
    try {
      const signature = await readModelSignature(this.#driver, this.#database);
      this.#stillFor = signature === this.#seen ? this.#stillFor + 1 : 0;
      this.#seen = signature;
      // While an ingest runs (its snapshot incomplete) wait longer: its analytics hold the counts
      // still for a while; a snapshot left incomplete by a failed ingest still loads in the end.
      const wanted = signature.startsWith(INCOMPLETE_SNAPSHOT, signature.indexOf(":")) ? INGEST_CHECKS : 1;
      if (signature !== this.#model?.signature && (this.#stillFor >= wanted || !this.#model))
        await this.reload();
    } catch (err) {
      this.#options.onError?.(err);
    }
  }
}
