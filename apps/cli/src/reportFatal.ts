import type { CliSettings } from "./CliSettings.ts";

/**
 * Print an error the way a user should see it: one line naming where it came from and what to do,
 * never a stack trace (unless `settings.debug`: PAPERKG_DEBUG=1), then exit non-zero.
 */
export function reportFatal(err: unknown, settings: Pick<CliSettings, "debug">): never {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`paperkg: ${message}\n`);
  if (settings.debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(
    typeof (err as { exitCode?: unknown })?.exitCode === "number"
      ? (err as { exitCode: number }).exitCode
      : 1,
  );
}
