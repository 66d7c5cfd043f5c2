import type { PipelineListener } from "@paperkg/pipeline";
import type { CliSettings } from "./CliSettings.ts";
import { createProgress } from "./createProgress.ts";
import { drawPipelineProgress } from "./drawPipelineProgress.ts";

/** Bars (or plain lines) for a pipeline run; imported by the actions that run one, on use. */
export const drawProgress = (cli: CliSettings): PipelineListener => drawPipelineProgress(createProgress(cli));
