/** The stages of the pipeline, in the order an ingest runs them (`export` skips the database ones). */
export const PIPELINE_STAGES = ["read", "merge", "extract", "load", "analytics", "store-analytics"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * What the pipeline reports while it runs; the CLI draws its progress bars from these. `step`
 * names a part of a stage with its own total (`load`: papers, entities, links, cleanup;
 * `store-analytics`: placements). Events of one stage arrive between its `stage-start` and
 * `stage-end`; `notice`s are things a user may want to know that do not stop the run.
 */
export type PipelineEvent =
  | { type: "stage-start"; stage: PipelineStage }
  | { type: "progress"; stage: PipelineStage; step: string; done: number; total: number }
  | { type: "stage-end"; stage: PipelineStage; ms: number }
  | {
      type: "notice";
      stage: PipelineStage;
      code: string;
      message: string;
      /** Figures the message states, for code to read instead of the text (`CORPUS_PASS`: `papers`, `of`, `rehubbed`). */
      counts?: Readonly<Record<string, number>>;
    };

export type PipelineListener = (event: PipelineEvent) => void;
