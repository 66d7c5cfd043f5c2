import type { ServerSettings } from "@paperkg/server";
import type { Command } from "commander";

/** `--port` and `--host`, shared by `serve` and `start`; the environment gives their defaults. */
export function addServerFlags(command: Command): Command {
  return command
    .option("-p, --port <port>", "port to listen on (env PAPERKG_PORT, default 7700)")
    .option(
      "--host <host>",
      "address to bind (env PAPERKG_HOST, default 127.0.0.1); other than loopback requires PAPERKG_TOKEN",
    );
}

/** The server's settings: environment, then the flags. Loads the server package only when called. */
export async function serverSettingsFrom(
  env: NodeJS.ProcessEnv,
  opts: { port?: string; host?: string },
): Promise<ServerSettings> {
  const { resolveServerSettings } = await import("@paperkg/server");
  return resolveServerSettings(env, {
    ...(opts.port !== undefined ? { port: Number(opts.port) } : {}),
    ...(opts.host !== undefined ? { host: opts.host } : {}),
  });
}
