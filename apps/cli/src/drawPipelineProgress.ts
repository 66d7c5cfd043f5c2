import type { PipelineEvent, PipelineListener } from "@paperkg/pipeline";
import type { Progress } from "./createProgress.ts";

/** The bar's name for a step: `extract`, `load papers`, `load links`, `placements`, … */
const barName = (event: Extract<PipelineEvent, { type: "progress" }>) =>
  event.stage === "load" ? `load ${event.step}` : event.stage === "extract" ? "extract" : event.step;

/**
 * Draws the pipeline's events on `progress`: a bar per step, restarted when the step changes;
 * notices as `<stage>: <message>` lines on `stream`.
 */
export function drawPipelineProgress(
  progress: Progress,
  stream: NodeJS.WritableStream = process.stderr,
): PipelineListener {
  let current = "";
  return (event) => {
    switch (event.type) {
      case "progress": {
        const name = barName(event);
        if (name !== current) {
          progress.start(name, event.total);
          current = name;
        }
        progress.update(event.done, event.total);
        return;
      }
      case "stage-end":
        progress.stop();
        current = "";
        return;
      case "notice":
        stream.write(`${event.stage}: ${event.message}\n`);
        return;
      case "stage-start":
        return;
    }
  };
}
