import { setImmediate as nextTurn } from "node:timers/promises";

/** Work written as a generator that yields between chunks: `runSteps` runs it through at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Run `steps`, giving the event loop a turn whenever about `sliceMs` of work has passed since the
 * last one: a server building a new read model keeps answering with the current one meanwhile.
 */
export async function runStepsYielding<T>(steps: Generator<void, T>, sliceMs = 15): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= sliceMs) {
      await nextTurn();
      since = performance.now();
    }
  }
}
