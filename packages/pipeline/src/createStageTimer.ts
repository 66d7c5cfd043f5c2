import type { PipelineListener, PipelineStage } from "./PipelineEvent.ts";

/** Runs stages between `stage-start` and `stage-end` events and records their milliseconds. */
export function createStageTimer(emit: PipelineListener) {
  const timings: Record<string, number> = {};
  const run = async <T>(stage: PipelineStage, fn: () => Promise<T> | T): Promise<T> => {
    emit({ type: "stage-start", stage });
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      const ms = Math.round(performance.now() - t0);
      timings[stage] = ms;
      emit({ type: "stage-end", stage, ms });
    }
  };
  return { run, timings };
}
