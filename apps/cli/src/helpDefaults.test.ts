import { DEFAULT_ANALYTICS_OPTIONS } from "@paperkg/graph";
import { DEFAULT_BATCH_SIZE } from "@paperkg/store";
import { describe, expect, it } from "vitest";
import { HELP_DEFAULTS } from "./helpDefaults.ts";

describe("HELP_DEFAULTS", () => {
  it("equal the packages' own defaults", () => {
    expect(HELP_DEFAULTS).toEqual({
      batchSize: DEFAULT_BATCH_SIZE,
      seed: DEFAULT_ANALYTICS_OPTIONS.seed,
      resolution: DEFAULT_ANALYTICS_OPTIONS.resolution,
    });
  });
});
