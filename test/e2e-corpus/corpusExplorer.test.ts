import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseAreaKey, parseCommunityKey } from "@paperkg/core";
import { measureLayout } from "@paperkg/graph";
import { openDriver } from "@paperkg/store";
import { int as neo4jInt } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../e2e/helpers/chromium.ts";
import { startCorpusGraph } from "../e2e/helpers/corpusGraph.ts";
import { clickNode, type DrawnNode, drawnNodes, waitForFrame } from "../e2e/helpers/mapPage.ts";
import { ROOT } from "../e2e/helpers/startExplorer.ts";
import { startTestServer, type TestServer } from "../helpers/startTestServer.ts";

const SHOTS = join(ROOT, "test/e2e/screenshots");

/**
 * The explorer on the 68,667-paper corpus (`pnpm test:e2e:corpus`; not part of `pnpm test`): its
 * own Neo4j (`.paperkg/neo4j-corpus`) ingests the corpus the first time, then the overview of
 * areas, one area's communities, one community's papers and entities, a search for a paper of
 * another community and a chip of its panel — each opening its own community, which the breadcrumb
 * names — in Debian's chromium. Screenshots go to test/e2e/screenshots/corpus-*.png; data → first
 * frame of each step is printed (`pnpm bench:web` measures it over several runs).
 */
describe("the explorer on the 68,667-paper corpus", () => {
  let corpus: Awaited<ReturnType<typeof startCorpusGraph>>;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const frames: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `corpus-${name}.png`) });
  const param = (name: string) => new URL(page.url()).searchParams.get(name);
  let area: DrawnNode;
  let community: DrawnNode;
  let paper = { id: "", community: -1 };
  let labels = new Map<number, string>();
  /** A community's label as the breadcrumb shows it: its first two terms. */
  const short = (c: number) => (labels.get(c) ?? "").split(" · ").slice(0, 2).join(" · ");
  /**
   * `id` selected in its own community `home`, the map and the breadcrumb both there (all areas ›
   * its area › `home`), nothing of `left` (the community open before) named or drawn.
   */
  async function expectOpenedIn(id: string, home: number, left: number) {
    await page.waitForFunction(
      (key) => window.__paperkg?.drawn?.().some((n) => n.key === key && !n.hidden) ?? false,
      id,
      { timeout: 60_000 },
    );
    expect(param("community")).toBe(String(home));
    expect(param("node")).toBe(id);
    const crumbs = page.getByTestId("breadcrumb").locator(".crumb");
    await expect(crumbs.count()).resolves.toBe(3);
    await expect(crumbs.last().textContent()).resolves.toContain(short(home));
    await expect(page.getByTestId("breadcrumb").textContent()).resolves.not.toContain(short(left));
    const drawn = (await drawnNodes(page)).filter((n) => !n.hidden);
    expect(drawn.every((n) => n.community === home)).toBe(true);
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    corpus = await startCorpusGraph();
    server = await startTestServer(corpus.connection, { webRoot: join(ROOT, "apps/web/dist") });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => errors.push(e.message));
    const list = (await server.get("/api/communities")).body as {
      communities: { id: number; label: string }[];
    };
    labels = new Map(list.communities.map((c) => [c.id, c.label]));
  });
  afterAll(async () => {
    console.info(`corpus data → first frame: ${frames.join(", ")}`);
    await browser?.close();
    await server?.close();
    await corpus?.release();
  });

  it("opens on the areas overview: a few dozen labelled areas, each with few links", async () => {
    await page.goto(server.url);
    frames.push(`overview ${(await waitForFrame(page, 120_000)).toFixed(0)} ms`);
    await expect(page.getByTestId("breadcrumb").textContent()).resolves.toBe("All areas");
    const areas = await drawnNodes(page);
    expect(areas.every((n) => parseAreaKey(n.key) !== null && n.label.length > 0)).toBe(true);
    expect(areas.length).toBeGreaterThanOrEqual(20);
    expect(areas.length).toBeLessThanOrEqual(60);
    // Neighbouring areas never share a colour.
    const painted = areas.map((n, i) => ({ x: n.x, y: n.y, color: n.color, community: i }));
    expect(measureLayout(painted, 3).colorClash).toBe(0);
    await shot("01-areas");
    area = (await clickNode(page, (ns) => ns.find((n) => !n.label.startsWith("other")))).node;
  });

  it("a click opens the area's communities, laid out as the overview placed them", async () => {
    frames.push(`area ${(await waitForFrame(page)).toFixed(0)} ms`);
    expect(param("view")).toBe("communities");
    expect(param("area")).toBe(String(parseAreaKey(area.key)));
    const communities = await drawnNodes(page);
    expect(communities.length).toBeGreaterThan(1);
    expect(communities.every((n) => parseCommunityKey(n.key) !== null)).toBe(true);
    await expect(page.getByTestId("breadcrumb").textContent()).resolves.toContain(area.label.split(" · ")[0]);
    await shot("02-area");
    community = (await clickNode(page, (ns) => ns[0])).node;
  });

  it("a second click opens the community's papers and entities, as regions of their own", async () => {
    frames.push(`community ${(await waitForFrame(page)).toFixed(0)} ms`);
    const id = parseCommunityKey(community.key);
    expect(param("community")).toBe(String(id));
    const members = await drawnNodes(page);
    expect(members.length).toBeGreaterThan(10);
    expect(members.every((n) => n.community === id)).toBe(true);
    await expect(page.getByTestId("breadcrumb").locator(".crumb").count()).resolves.toBe(3);
    await page.waitForTimeout(500);
    await shot("03-community");
  });

  it("finds a paper of another community by search: its own community opens, and the breadcrumb names it", async () => {
    const open = parseCommunityKey(community.key)!;
    const driver = openDriver(corpus.connection);
    const { records } = await driver.executeQuery(
      "MATCH (p:Paper) WHERE p.title STARTS WITH 'Self-Rewarding' AND p.community <> $open RETURN p.id AS id, p.title AS title, p.community AS community ORDER BY p.pagerank DESC LIMIT 1",
      { open: neo4jInt(open) },
      { database: corpus.connection.database },
    );
    await driver.close();
    const id = String(records[0]?.get("id"));
    const title = String(records[0]?.get("title"));
    const home = Number(records[0]?.get("community"));
    await page.getByRole("combobox", { name: "Search" }).fill(title.slice(0, 40));
    await page
      .getByRole("option")
      .filter({ hasText: title.slice(0, 30) })
      .first()
      .click({ timeout: 30_000 });
    await expect(page.getByTestId("panel-title").textContent({ timeout: 30_000 })).resolves.toContain(
      title.slice(0, 30),
    );
    expect(param("node")).toBe(id);
    await expectOpenedIn(id, home, open);
    await page.waitForTimeout(1000);
    await shot("04-paper");
    paper = { id, community: home };
  });

  it("a chip of the paper's panel opens its entity's own community, and the breadcrumb names it", async () => {
    const detail = (await server.get(`/api/nodes/${encodeURIComponent(paper.id)}`)).body as {
      entities: { id: string; label: string }[];
    };
    let chip: { id: string; label: string; community: number } | undefined;
    // A hub's community says little about it (hubs name none): take an entity that is not one.
    for (const e of detail.entities) {
      const c = (await server.get(`/api/nodes/${encodeURIComponent(e.id)}`)).body as {
        node: { community: number | null; properties: { hub?: boolean } };
      };
      const at = c.node.community;
      if (c.node.properties.hub || at === null) continue;
      if (at !== paper.community && short(at) !== short(paper.community)) {
        chip = { ...e, community: at };
        break;
      }
    }
    expect(chip, "the paper links an entity of another community").toBeDefined();
    const escaped = chip!.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await page
      .locator(".chip", { hasText: new RegExp(`^${escaped}`) })
      .first()
      .click({ timeout: 30_000 });
    await expectOpenedIn(chip!.id, chip!.community, paper.community);
    await page.waitForTimeout(1000);
    await shot("05-chip");
    expect(errors).toEqual([]);
  });
});
