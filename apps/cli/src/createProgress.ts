import cliProgress from "cli-progress";
import type { CliSettings } from "./CliSettings.ts";

export interface Progress {
  /** Begin a stage with a known total (0 when unknown). */
  start(stage: string, total: number): void;
  update(done: number, total?: number): void;
  stop(): void;
}

/**
 * Progress on stderr: bars on a terminal, otherwise a plain line per stage at most every 2 s, so
 * logs of non-interactive runs stay readable.
 */
export function createProgress(
  settings: Pick<CliSettings, "progressBars">,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (settings.progressBars) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: "{stage} [{bar}] {value}/{total} {percentage}% · {duration_formatted}",
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let active = false;
    return {
      start(stage, total) {
        if (active) bar.stop();
        bar.start(Math.max(total, 1), 0, { stage: stage.padEnd(10) });
        active = true;
      },
      update(done, total) {
        if (total !== undefined) bar.setTotal(Math.max(total, 1));
        bar.update(done);
      },
      stop() {
        if (active) bar.stop();
        active = false;
      },
    };
  }
  let stage = "";
  let last = 0;
  let total = 0;
  return {
    start(name, t) {
      stage = name;
      total = t;
      last = Date.now();
      stream.write(`${stage}: started${t ? ` (${t})` : ""}\n`);
    },
    update(done, t) {
      if (t !== undefined) total = t;
      if (Date.now() - last < 2000) return;
      last = Date.now();
      stream.write(`${stage}: ${done}${total ? `/${total}` : ""}\n`);
    },
    stop() {},
  };
}
