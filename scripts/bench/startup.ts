/**
 * `pnpm bench:startup [rounds]`: wall time of `pnpm paperkg --help` against pnpm's own start-up
 * (`pnpm exec node -e 0`), measured in the same run, rounds interleaved, medians printed (target
 * ≤ 2×). Also shows the bundle without pnpm and the CLI run from source through tsx, for scale.
 * Prints figures, asserts nothing.
 */
import { spawnSync } from "node:child_process";

const ROUNDS = Number(process.argv[2] ?? 9);

const commands: [label: string, command: string, args: string[]][] = [
  ["pnpm exec node -e 0", "pnpm", ["exec", "node", "-e", "0"]],
  ["pnpm paperkg --help", "pnpm", ["paperkg", "--help"]],
  ["node apps/cli/bin/paperkg.mjs --help", process.execPath, ["apps/cli/bin/paperkg.mjs", "--help"]],
  [
    "tsx apps/cli/src/main.ts --help (source)",
    process.execPath,
    ["--import", "tsx", "apps/cli/src/main.ts", "--help"],
  ],
];

function timeOnce(command: string, args: string[]): number {
  const start = performance.now();
  const child = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const ms = performance.now() - start;
  if (child.status !== 0)
    throw new Error(`bench:startup: ${command} ${args.join(" ")} failed:\n${child.stderr}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

// one untimed run each: builds the CLI if it is stale and warms the file cache
for (const [, command, args] of commands) timeOnce(command, args);
const times = commands.map(() => [] as number[]);
for (let round = 0; round < ROUNDS; round++) {
  commands.forEach(([, command, args], i) => {
    times[i]!.push(timeOnce(command, args));
  });
}

const baseline = median(times[0]!);
process.stdout.write(`node ${process.version}, ${ROUNDS} rounds interleaved, median wall time\n`);
commands.forEach(([label], i) => {
  const ms = median(times[i]!);
  process.stdout.write(
    `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / baseline).toFixed(2)}×\n`,
  );
});
const ratio = median(times[1]!) / baseline;
process.stdout.write(`pnpm paperkg --help / pnpm exec node -e 0 = ${ratio.toFixed(2)}× (target ≤ 2×)\n`);
