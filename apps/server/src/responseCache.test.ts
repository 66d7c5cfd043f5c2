import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { registerResponseCache } from "./responseCache.ts";

/** A server whose /api/nodes/:id answers a body of `size` bytes and counts handler runs. */
async function countingServer(maxBytes: number) {
  const app = Fastify();
  const runs: string[] = [];
  registerResponseCache(app, { ttlSeconds: 60, maxEntries: 100, maxBytes });
  app.get("/api/nodes/:id", async (req) => {
    const { id } = req.params as { id: string };
    const { size = "10" } = req.query as { size?: string };
    runs.push(id);
    return `${id}:`.padEnd(Number(size), "x");
  });
  await app.ready();
  const get = async (url: string) => {
    const res = await app.inject({ method: "GET", url });
    return res.headers["x-paperkg-cache"] === "hit" ? "hit" : "miss";
  };
  return { app, runs, get };
}

describe("registerResponseCache", () => {
  it("one entry for every spelling of the same request", async () => {
    const { app, runs, get } = await countingServer(1_000_000);
    expect(await get("/api/nodes/a?size=20&v=1")).toBe("miss");
    const spellings = [
      "/api/nodes/a?v=1&size=20",
      "/api/nodes/%61?size=20&v=1",
      "/api/%6Eodes/a?v=1&size=20",
    ];
    for (const url of spellings) expect(await get(url), url).toBe("hit");
    expect(await get("/api/nodes/a?size=21&v=1")).toBe("miss");
    expect(runs).toEqual(["a", "a"]);
    await app.close();
  });

  it("stays within its byte bound, dropping the least recently used answers", async () => {
    const { app, get } = await countingServer(1000);
    for (const id of ["a", "b", "c"]) expect(await get(`/api/nodes/${id}?size=200`)).toBe("miss");
    expect(await get("/api/nodes/a?size=200")).toBe("hit");
    // Six answers of 200 bytes are over 1000: b, the least recently used, goes.
    for (const id of ["d", "e", "f"]) await get(`/api/nodes/${id}?size=200`);
    expect(await get("/api/nodes/b?size=200")).toBe("miss");
    expect(await get("/api/nodes/a?size=200")).toBe("hit");
    // Over a quarter of the bound: never kept.
    await get("/api/nodes/big?size=300");
    expect(await get("/api/nodes/big?size=300")).toBe("miss");
    await app.close();
  });
});
