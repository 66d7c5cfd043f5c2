import { Leaderboard } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { serveIngested } from "../helpers/serveIngested.ts";

/**
 * `GET /api/benchmarks/:id/leaderboard` over the samples plus five hand-written abstracts
 * (test/fixtures/leaderboard) that state GSM8K accuracies (84.25%, 84.3%, 9.5%, 61.0%), a gain
 * (+8%) and LibriSpeech WERs (5.2, 4.9).
 */
describe("benchmark leaderboards", () => {
  const g = serveIngested(["data/samples", "test/fixtures/leaderboard/results.jsonl"]);
  const board = async (id: string) => {
    const res = await fetch(`${g.server.url}/api/benchmarks/${encodeURIComponent(id)}/leaderboard`);
    expect(res.status).toBe(200);
    return Leaderboard.parse(await res.json());
  };

  it("ranks accuracy numerically, highest first, and keeps every result with who got it", async () => {
    const gsm8k = await board("benchmark:gsm8k");
    const accuracy = gsm8k.metrics.find((m) => m.metric === "accuracy")!;
    expect(accuracy.higherIsBetter).toBe(true);
    const values = accuracy.rows.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const ours = accuracy.rows.filter((r) => ["2504.10001", "2505.10002", "2506.10003"].includes(r.paper.id));
    expect(ours.map((r) => r.value)).toEqual([84.3, 84.25, 61, 9.5]);
    expect(ours.find((r) => r.value === 84.25)?.subject).toMatchObject({
      id: "model:qwen2.5-7b",
      type: "model",
    });
    expect(ours.find((r) => r.value === 84.3)?.raw).toContain("84.3% accuracy on GSM8K");
    expect(ours.filter((r) => r.paper.id === "2506.10003")).toHaveLength(2);
  });

  it("keeps gains apart as improvements, never in a ranked table", async () => {
    const gsm8k = await board("benchmark:gsm8k");
    expect(gsm8k.improvements).toContainEqual(
      expect.objectContaining({ paper: expect.objectContaining({ id: "2505.10002" }), value: 8, unit: "%" }),
    );
    const ranked = gsm8k.metrics.flatMap((m) => m.rows.map((r) => `${r.paper.id}=${r.value}`));
    expect(ranked).not.toContain("2505.10002=8");
  });

  it("ranks WER lowest first", async () => {
    const libri = await board("benchmark:librispeech");
    const wer = libri.metrics.find((m) => m.metric === "wer")!;
    expect(wer.higherIsBetter).toBe(false);
    expect(wer.rows.map((r) => [r.paper.id, r.value])).toEqual([
      ["2508.10005", 4.9],
      ["2507.10004", 5.2],
    ]);
  });

  it("holds as many rows as the links store results, and 404s an unknown benchmark", async () => {
    const gsm8k = await board("benchmark:gsm8k");
    const [{ n }] = (
      await g.cypher(
        "MATCH (:Benchmark {id: 'benchmark:gsm8k'})<-[r]-(:Paper) WHERE r.results IS NOT NULL RETURN r.results AS n",
        {},
      )
    ).reduce<[{ n: number }]>(
      ([acc], row) => [{ n: acc.n + (JSON.parse(String(row.n)) as unknown[]).length }],
      [{ n: 0 }],
    );
    const shown = gsm8k.metrics.reduce((s, m) => s + m.rows.length, 0) + gsm8k.improvements.length;
    expect(shown).toBe(n);
    const res = await fetch(`${g.server.url}/api/benchmarks/benchmark%3Anone/leaderboard`);
    expect(res.status).toBe(404);
  });
});
