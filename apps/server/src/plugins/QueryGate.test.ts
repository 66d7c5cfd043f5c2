import { describe, expect, it } from "vitest";
import { BusyError, QueryGate } from "./QueryGate.ts";

/** A piece of work that ends when the test says so. */
function deferred() {
  let finish!: () => void;
  let fail!: (err: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

describe("QueryGate", () => {
  it("runs up to maxRunning, queues up to maxWaiting, refuses the rest with Retry-After", async () => {
    const gate = new QueryGate({ maxRunning: 2, maxWaiting: 1, retryAfterSeconds: 3 });
    const works = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = works.map((w, i) =>
      gate.run(async () => {
        started.push(i);
        await w.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    const refused = await gate.run(async () => "never").catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({ status: 503, code: "BUSY", retryAfterSeconds: 3 });

    works[0]!.finish();
    expect(await runs[0]).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    works[1]!.finish();
    works[2]!.finish();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when the work fails", async () => {
    const gate = new QueryGate({ maxRunning: 1, maxWaiting: 0, retryAfterSeconds: 1 });
    const w = deferred();
    const run = gate.run(() => w.promise);
    await expect(gate.run(async () => 1)).rejects.toBeInstanceOf(BusyError);
    w.fail(new Error("boom"));
    await expect(run).rejects.toThrow("boom");
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    expect(await gate.run(async () => "again")).toBe("again");
  });
});
