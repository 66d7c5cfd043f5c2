/**
 * What the CLI takes from its environment, read once in `main.ts` and passed to every command;
 * nothing else in this app reads `process.env`. The launcher and the server resolve their own typed
 * settings (`resolveLauncherSettings`, `resolveServerSettings`) from `env`, only in the commands
 * that need them, so `--help` loads neither.
 */
export interface CliSettings {
  /** `PAPERKG_DEBUG`: print the stack trace of a fatal error. */
  debug: boolean;
  /** Progress as bars (stderr is a terminal and `CI` is unset), else a plain line per stage. */
  progressBars: boolean;
  /** The environment the launcher and server settings are resolved from. */
  env: NodeJS.ProcessEnv;
}

/** The CLI's settings from `env` and whether stderr is a terminal. */
export function resolveCliSettings(env: NodeJS.ProcessEnv, stderrIsTty: boolean): CliSettings {
  return {
    debug: Boolean(env.PAPERKG_DEBUG),
    progressBars: stderrIsTty && !env.CI,
    env,
  };
}
