/** One row of the reliability table: what was tried, what held, how long it took. */
export interface CaseReport {
  name: string;
  tried: number;
  passed: number;
  failed: number;
  ms: number;
  /** Figures worth printing (latencies, memory, …). */
  notes: string;
  /** The first few failures, for the test's assertion message. */
  failures: string[];
}

/** Collects pass/fail per attempt and times the whole case. */
export class CaseRecorder {
  private readonly started = performance.now();
  tried = 0;
  passed = 0;
  readonly failures: string[] = [];
  constructor(readonly name: string) {}

  check(ok: boolean, what: string): void {
    this.tried++;
    if (ok) this.passed++;
    else if (this.failures.length < 20) this.failures.push(what);
  }

  report(notes = ""): CaseReport {
    return {
      name: this.name,
      tried: this.tried,
      passed: this.passed,
      failed: this.tried - this.passed,
      ms: Math.round(performance.now() - this.started),
      notes,
      failures: this.failures,
    };
  }
}

/** The reliability table as text. */
export function formatReports(reports: CaseReport[]): string {
  const rows = reports.map((r) => [
    r.name,
    String(r.tried),
    String(r.passed),
    String(r.failed),
    `${(r.ms / 1000).toFixed(1)} s`,
    r.notes,
  ]);
  const header = ["case", "tried", "passed", "failed", "time", "figures"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
