import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerTokenRequest, fetchWithToken, storedToken, tokenRequests } from "./authToken.ts";

/** The tab's sessionStorage, which node lacks: a plain in-memory Storage. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  clear = () => this.items.clear();
}

describe("fetchWithToken against a server that wants a token", () => {
  const seen: (string | undefined)[] = [];
  let server: Server;
  let url: string;
  const storage = new MemoryStorage();
  /** Resolves once the prompt is asking. */
  const asking = () =>
    new Promise<{ refused: boolean }>((resolve) => {
      const check = () => {
        const now = tokenRequests.current();
        if (now.type === "asking") {
          stop();
          resolve({ refused: now.refused });
        }
      };
      const stop = tokenRequests.subscribe(check);
      check();
    });

  beforeAll(async () => {
    (globalThis as { sessionStorage?: unknown }).sessionStorage = storage;
    server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      const ok = req.headers.authorization === "Bearer right";
      res.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
      res.end(JSON.stringify(ok ? { ok: true } : { error: { code: "UNAUTHORIZED", message: "token" } }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`;
  });
  afterAll(() => {
    server.close();
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });
  beforeEach(() => {
    seen.length = 0;
    storage.clear();
  });

  it("asks once for all waiting requests, then sends the token and keeps it for the tab", async () => {
    const requests = [
      fetchWithToken(url),
      fetchWithToken(url),
      fetchWithToken(url, { method: "POST", body: "{}" }),
    ];
    expect(await asking()).toEqual({ refused: false });
    answerTokenRequest("  right ");
    expect((await Promise.all(requests)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(seen.filter((h) => h === undefined)).toHaveLength(3);
    expect(seen.filter((h) => h === "Bearer right")).toHaveLength(3);
    expect(storedToken()).toBe("right");

    seen.length = 0;
    expect((await fetchWithToken(url)).status).toBe(200);
    expect(seen).toEqual(["Bearer right"]);
    expect(tokenRequests.current()).toEqual({ type: "idle" });
  });

  it("asks again when the token is refused, and gives the 401 back when the person cancels", async () => {
    storage.setItem("paperkg.token", "stale");
    const first = fetchWithToken(url);
    expect(await asking()).toEqual({ refused: true });
    answerTokenRequest("wrong");
    expect(await asking()).toEqual({ refused: true });
    answerTokenRequest(null);
    expect((await first).status).toBe(401);
    expect(seen).toEqual(["Bearer stale", "Bearer wrong"]);
  });
});
