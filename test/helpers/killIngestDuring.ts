import { spawn } from "node:child_process";
import { cliCommand, REPO_ROOT } from "./runCli.ts";

/** Start `paperkg ingest <inputs>` and SIGKILL it once its stderr shows `stage` (plus `delayMs`). */
export function killIngestDuring(
  env: NodeJS.ProcessEnv,
  inputs: string[],
  stage: RegExp,
  delayMs: number,
): Promise<{ killed: boolean }> {
  return new Promise((res, rej) => {
    const [command, argv] = cliCommand(["ingest", ...inputs]);
    const child = spawn(command, argv, { cwd: REPO_ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    let armed = false;
    let killed = false;
    child.stderr.on("data", (d: Buffer) => {
      if (!armed && stage.test(d.toString())) {
        armed = true;
        setTimeout(() => {
          killed = child.kill("SIGKILL");
        }, delayMs);
      }
    });
    child.on("error", rej);
    child.on("close", () => res({ killed }));
  });
}
