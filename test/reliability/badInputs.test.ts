import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/runCli.ts";
import { runBadInputs } from "./badInputs.ts";

/** Shortened in CI (PAPERKG_RELIABILITY_INPUTS, default 200); `pnpm bench:reliability` runs 1,200. */
const COUNT = Number(process.env.PAPERKG_RELIABILITY_INPUTS ?? 200);

describe("reliability: malformed and adversarial input files", () => {
  it(`reads ${COUNT} generated files without a crash, accounting for every record`, async () => {
    const report = await runBadInputs(REPO_ROOT, COUNT);
    expect(report.tried).toBe(COUNT);
    expect(report.failures).toEqual([]);
  });
});
