/**
 * Defaults the `--help` of `ingest` shows. Spelled here, not imported, so that registering the
 * commands loads no package (`paperkg --help` stays fast); `helpDefaults.test.ts` holds them equal
 * to the packages' own constants, and the actions pass these values on.
 */
export const HELP_DEFAULTS = {
  /** `DEFAULT_BATCH_SIZE` of @paperkg/store */
  batchSize: 5_000,
  /** `DEFAULT_ANALYTICS_OPTIONS.seed` of @paperkg/graph */
  seed: 42,
  /** `DEFAULT_ANALYTICS_OPTIONS.resolution` of @paperkg/graph */
  resolution: 1,
} as const;
