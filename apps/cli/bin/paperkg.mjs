#!/usr/bin/env node
// `pnpm paperkg`: runs the bundled CLI (dist/main.js), first rebuilding it when it is missing or
// older than any workspace file it was built from — so an edited source never runs stale, and a
// fresh clone works even if the install-time build was skipped. The check stats a few hundred
// files (a few milliseconds); the rebuild takes a fraction of a second.
import { readFileSync, statSync } from "node:fs";

const cliDir = new URL("../", import.meta.url);
const main = new URL("dist/main.js", cliDir);

function isStale() {
  const built = statSync(main, { throwIfNoEntry: false });
  if (!built) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL("dist/inputs.json", cliDir), "utf8"));
  } catch {
    return true;
  }
  return inputs.some((input) => {
    const source = statSync(new URL(input, cliDir), { throwIfNoEntry: false });
    return !source || source.mtimeMs > built.mtimeMs;
  });
}

if (isStale()) {
  const { buildCli } = await import("../build.mjs");
  await buildCli();
}
await import(main.href);
