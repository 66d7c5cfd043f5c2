/**
 * Run `cleanup` once on Ctrl-C or SIGTERM, then exit 0 (a requested, clean stop). Installed as soon as a command has something
 * to clean up (a Neo4j it started), so an interrupt during an ingest stops that Neo4j too.
 */
export function onShutdown(cleanup: () => Promise<void>): void {
  let running = false;
  const handler = (signal: NodeJS.Signals) => {
    if (running) return;
    running = true;
    process.stderr.write(`\npaperkg: ${signal}, shutting down…\n`);
    cleanup()
      .catch((err: unknown) =>
        process.stderr.write(`paperkg: while shutting down: ${(err as Error).message}\n`),
      )
      .finally(() => process.exit(0));
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
