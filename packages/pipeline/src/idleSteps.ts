/** A cache file written to a temporary path, put in place (`commit`) or removed (`discard`) later. */
export interface PreparedFile {
  commit(): void;
  discard(): void;
}

/** Runs `steps` to the end at once (each `yield` is a point where it could pause). */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs `steps` a slice at a time, giving the event loop a turn at each `yield`: work that fills the
 * time a caller spends awaiting the database (its writes run on another core meanwhile).
 */
export async function runStepsIdle<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
