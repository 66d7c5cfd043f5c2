import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** From this many papers the corpus phase holds the heap's growth (a smaller corpus's heap is small). */
export const HELD_HEAP_PAPERS = 20_000;
/**
 * How far the old generation may grow past what the last full collection left alive, in percent,
 * while the corpus phase runs. V8's own factor goes up to 4× when collections are fast next to the
 * allocation rate; the corpus phase rewrites every entity of every paper three times (terms,
 * aliases, names), each generation garbage once the next is made, so on the whole corpus the heap
 * grew to ~1.4–1.6 GB over ~600 MB alive, and the process's peak RSS moved with the collections'
 * timing. Whole corpus, 2 workers, load ~20 (2026-12-01): at 60 % the corpus phase ends at 1,068 MB
 * RSS and takes 31.5 s of CPU (V8's own: 28.6 s, heap 1.56 GB); at 30 %, 941 MB and 36.0 s.
 */
export const HELD_HEAP_GROWING_PERCENT = 60;

let depth = 0;

/**
 * Runs `phase` with the heap's growth held to `HELD_HEAP_GROWING_PERCENT` over the live set when
 * the corpus has `HELD_HEAP_PAPERS` papers or more (V8's `--heap-growing-percent`, which V8 reads at
 * each collection, so it takes effect at run time), then gives V8 its own heuristics back. Left alone
 * when the process was started with its own `--heap-growing-percent` (argument or NODE_OPTIONS).
 */
export function holdHeapGrowth<T>(papers: number, phase: () => T): T {
  if (papers < HELD_HEAP_PAPERS || chosenByUser()) return phase();
  if (depth++ === 0) {
    setFlagsFromString(`--heap-growing-percent=${HELD_HEAP_GROWING_PERCENT}`);
    // V8 sets the next collection's threshold only at a full collection: the last one, in the
    // per-paper phase, let the heap grow up to 4x, past the end of the corpus phase. One now sets
    // it from what is alive at the start of the phase.
    collectGarbage();
  }
  try {
    return phase();
  } finally {
    // 0 is V8's default: its own growing factor
    if (--depth === 0) setFlagsFromString("--heap-growing-percent=0");
  }
}

/** A full collection, without `--expose-gc` on the command line (the function is made in a context of its own). */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  try {
    (runInNewContext("gc") as () => void)();
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}

function chosenByUser(): boolean {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  return /--heap[-_]growing[-_]percent/.test(given);
}
