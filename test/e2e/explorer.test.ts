import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { communityKey, isCommunityKey, parseAreaKey, parseCommunityKey } from "@paperkg/core";
import { measureLayout } from "@paperkg/graph";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./helpers/chromium.ts";
import { clickNode, drawnCommunityLabels, drawnNodes, nextMap } from "./helpers/mapPage.ts";
import { openSelfPolishBySearch } from "./helpers/openPaperBySearch.ts";
import { type Explorer, MARKUP, ROOT, startExplorer } from "./helpers/startExplorer.ts";

const SHOTS = join(ROOT, "test/e2e/screenshots");

/**
 * The web explorer in Debian's chromium against the real server and a real Neo4j holding the
 * samples (plus one paper whose abstract carries markup).
 */
describe("web explorer in a real browser", () => {
  let explorer: Explorer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    explorer = await startExplorer(inject("neo4j"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  async function open(path: string): Promise<Page> {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${explorer.baseUrl}${path}`);
    await page.waitForFunction(() => (window.__paperkg?.firstFrameAt ?? null) !== null, null, {
      timeout: 30_000,
    });
    return page;
  }
  const api = async <T>(path: string): Promise<T> =>
    (await fetch(`${explorer.baseUrl}${path}`)).json() as Promise<T>;
  const nodeCount = async () => Number(await page.getByTestId("node-count").textContent());
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  /** Share of the map's pixels that are not background, read from a screenshot of the sigma container. */
  async function inkedShare(): Promise<number> {
    const png = (await page.getByTestId("sigma-container").screenshot()).toString("base64");
    return page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) inked++;
      return inked / (d.length / 4);
    }, png);
  }

  it("draws the map from the stored layout, with as many nodes as the API returns", async () => {
    await open("/");
    const payload = await api<{ nodes: unknown[] }>("/api/graph?view=bipartite&limit=5000");
    expect(payload.nodes.length).toBeGreaterThan(200);
    expect(await nodeCount()).toBe(payload.nodes.length);
    expect(await inkedShare()).toBeGreaterThan(0.02);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("Benchmark");
    await expect(page.getByTestId("communities").locator("li").count()).resolves.toBeGreaterThan(3);
    await shot("01-map");
  });

  it("paints communities as regions: the drawn positions and fill colours, as a reader sees them", async () => {
    await open("/");
    // Colours come from /api/communities, which may answer after the first frame.
    await page.waitForFunction(
      () => new Set(window.__paperkg?.drawn?.().map((n) => n.color)).size > 3,
      null,
      { timeout: 15_000 },
    );
    const drawn = await page.evaluate(() => window.__paperkg?.drawn?.() ?? []);
    expect(drawn.length).toBe(await nodeCount());
    const q = measureLayout(
      drawn.filter((n) => !n.hidden).map((n) => ({ ...n, community: n.community ?? -1 })),
    );
    expect(q.knnPurity).toBeGreaterThanOrEqual(0.8);
    expect(q.centroidShare).toBeGreaterThanOrEqual(0.8);
    expect(q.colorClash).toBeLessThanOrEqual(0.02);
  });

  it("searches (with a typo), selects a paper and shows its abstract with highlighted mentions", async () => {
    await open("/");
    await openSelfPolishBySearch(page, "self-polsh");
    await shot("02-search-paper-panel");
  });

  it("expands a node's neighbours into an ego view, and goes back", async () => {
    const ego = await api<{ nodes: { key: string; attributes: { kind: string } }[] }>(
      "/api/nodes/benchmark%3Agsm8k/neighbors?depth=1",
    );
    const paper = ego.nodes.find((n) => n.attributes.kind === "paper")!.key;
    await open(`/?ego=benchmark%3Agsm8k&depth=1&node=${encodeURIComponent(paper)}`);
    const before = await nodeCount();
    expect(before).toBe(ego.nodes.length);
    await page.getByTestId("abstract").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Expand", exact: true }).click();
    const grown = (n: number) =>
      Number(document.querySelector('[data-testid="node-count"]')?.textContent) > n;
    await page.waitForFunction(grown, before, { timeout: 15_000 });
    await shot("03-ego-expanded");
    await page.getByRole("button", { name: "Back", exact: true }).click();
    expect(await nodeCount()).toBe(before);
  });

  it("lists benchmarks, narrows them by name on the server, and shows the papers evaluated on one", async () => {
    await open("/?tab=benchmarks");
    await page.getByLabel("Filter benchmarks").fill("gsm");
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll('[data-testid="benchmarks"] .benchmark-item')];
      return (
        items.length > 0 && items.every((b) => /gsm/i.test(`${b.textContent} ${b.getAttribute("title")}`))
      );
    });
    await page
      .getByTestId("benchmarks")
      .getByRole("button", { name: /^GSM8K/ })
      .click();
    await expect(page.getByTestId("benchmark-name").textContent({ timeout: 15_000 })).resolves.toBe("GSM8K");
    const rows = page.getByTestId("benchmark-papers").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="counts"]')?.textContent?.includes("Benchmark"),
    );
    await shot("04-benchmark");
  });

  it("lists what the last ingest added under What's new, benchmarks first, and opens an item", async () => {
    const changes = await api<{
      newEntities: { total: number; items: { id: string; kind: string; label: string }[] };
    }>("/api/changes");
    const first = changes.newEntities.items[0];
    expect(first?.kind).toBe("benchmark");
    await open("/?tab=changes");
    const section = page.getByTestId("changes").getByRole("region", { name: "Entities first seen" });
    await expect(section.locator("h3").textContent({ timeout: 15_000 })).resolves.toContain(
      String(changes.newEntities.total),
    );
    await section.getByRole("button").first().click();
    await expect(page.getByTestId("panel-title").textContent({ timeout: 15_000 })).resolves.toContain(
      first?.label,
    );
    expect(new URL(page.url()).searchParams.get("node")).toBe(first?.id);
    await shot("09-whats-new");
  });

  it("runs Cypher from the button and Ctrl+Enter, and shows a refused write inline", async () => {
    await open("/?tab=cypher");
    await page.getByRole("button", { name: /Run/ }).click();
    const table = page.getByTestId("cypher-results");
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    await shot("05-cypher-rows");

    const editor = page.getByTestId("cypher-input");
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("CREATE (n:Intruder {name: 'x'}) RETURN n");
    await page.keyboard.press("Control+Enter");
    const error = page.getByTestId("cypher-error");
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toMatch(/not allowed|refused|read-only|write/i);
    const check = await fetch(`${explorer.baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (n:Intruder) RETURN count(n) AS n", params: {} }),
    });
    expect(((await check.json()) as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    await shot("06-cypher-refused");
  });

  it("exports the current view as GEXF and JSON files that parse", async () => {
    await open("/?tab=benchmarks&benchmark=benchmark%3Agsm8k");
    const shown = await nodeCount();
    await page.getByText("Export", { exact: true }).click();
    const menu = page.getByTestId("export-menu");
    for (const [format, check] of [
      ["GEXF", (text: string) => (text.match(/<node /g) ?? []).length],
      ["JSON", (text: string) => (JSON.parse(text) as { nodes: unknown[] }).nodes.length],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        menu.getByRole("button", { name: format }).click(),
      ]);
      const text = await readFile((await download.path())!, "utf8");
      expect(check(text)).toBe(shown);
    }
  });

  it("restores the selection, tab and filters from a shared URL", async () => {
    const shared = "/?tab=filters&types=paper,benchmark&node=benchmark%3Agsm8k";
    await open(shared);
    await expect(page.getByTestId("panel-title").textContent({ timeout: 15_000 })).resolves.toBe("GSM8K");
    expect(await page.getByRole("tab", { name: "Filters" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("checkbox", { name: "Model" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Benchmark" }).isChecked()).toBe(true);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("Paper");
    const url = new URL(page.url());
    expect(url.searchParams.get("node")).toBe("benchmark:gsm8k");
    await shot("07-shared-url");
  });

  it("renders markup in an abstract as text and runs none of it", async () => {
    await open(`/?node=${encodeURIComponent(explorer.markupPaper)}`);
    const abstract = page.getByTestId("abstract");
    await expect(abstract.textContent({ timeout: 15_000 })).resolves.toContain(MARKUP.trim());
    expect(await abstract.textContent()).toContain("<img src=");
    expect(await abstract.locator("img, script").count()).toBe(0);
    expect(await abstract.locator("mark.mention").count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    await shot("08-markup-as-text");
  });

  it("a paper found by search from inside another community opens its own community; the breadcrumb names it", async () => {
    const list = await api<{ communities: { id: number; label: string; papers: number }[] }>(
      "/api/communities",
    );
    const hits = await api<{ results: { id: string; label: string }[] }>("/api/search?q=self-polish&limit=5");
    const paper = hits.results.find((r) => r.label.startsWith("Self-Polish"))!;
    const detail = await api<{ node: { community: number } }>(`/api/nodes/${encodeURIComponent(paper.id)}`);
    const home = list.communities.find((c) => c.id === detail.node.community)!;
    const other = list.communities.find((c) => c.id !== home.id && c.papers > 3)!;
    const short = (label: string) => label.split(" · ").slice(0, 2).join(" · ");
    expect(short(home.label)).not.toBe(short(other.label));

    await open(`/?community=${other.id}`);
    const crumbs = page.getByTestId("breadcrumb");
    await expect(crumbs.textContent()).resolves.toContain(short(other.label));
    await nextMap(page, () => openSelfPolishBySearch(page, "self-polsh"));
    expect(new URL(page.url()).searchParams.get("community")).toBe(String(home.id));
    const text = await crumbs.textContent();
    expect(text).toContain(short(home.label));
    expect(text).not.toContain(short(other.label));
    const drawn = (await drawnNodes(page)).filter((n) => !n.hidden);
    expect(drawn.some((n) => n.key === paper.id)).toBe(true);
    expect(drawn.every((n) => n.community === home.id)).toBe(true);
    await shot("14-search-opens-its-community");
    expect(errors).toEqual([]);
  });

  describe("a node opened from a list, inside another community, opens its own community", () => {
    type CommunityRow = { id: number; label: string; papers: number };
    let list: CommunityRow[] = [];
    const short = (c: number) =>
      (list.find((x) => x.id === c)?.label ?? "").split(" · ").slice(0, 2).join(" · ");
    const communityOf = async (id: string) =>
      (await api<{ node: { community: number | null } }>(`/api/nodes/${encodeURIComponent(id)}`)).node
        .community;
    /** A community other than `home` with papers, whose name the breadcrumb cannot confuse with `home`'s. */
    const otherThan = (home: number) =>
      list.find((c) => c.id !== home && c.papers > 3 && short(c.id) !== short(home))!.id;
    /**
     * `id` opened in its community `home`, selected, and nothing of `left` (the community open
     * before) in sight. Waits for the node to be drawn: a node pulled into the old map is drawn too.
     */
    async function expectOpenedIn(id: string, home: number, left: number) {
      await page.waitForFunction(
        (key) => window.__paperkg?.drawn?.().some((n) => n.key === key && !n.hidden) ?? false,
        id,
        { timeout: 30_000 },
      );
      const url = new URL(page.url()).searchParams;
      expect(url.get("community")).toBe(String(home));
      expect(url.get("node")).toBe(id);
      const crumbs = await page.getByTestId("breadcrumb").textContent();
      expect(crumbs).toContain(short(home));
      expect(crumbs).not.toContain(short(left));
      const drawn = (await drawnNodes(page)).filter((n) => !n.hidden);
      expect(drawn.every((n) => n.community === home)).toBe(true);
      expect(errors).toEqual([]);
    }
    beforeAll(async () => {
      list = (await api<{ communities: CommunityRow[] }>("/api/communities")).communities;
    });

    it("a paper panel's entity chip", async () => {
      // A paper's entity chip: a paper in its community, one of its entities of another community clicked.
      const papers = await api<{ papers: { id: string }[] }>("/api/papers?sort=date&limit=50");
      let paper = "";
      let paperHome = -1;
      let chip: { id: string; label: string; community: number } | undefined;
      for (const p of papers.papers) {
        const detail = await api<{
          node: { community: number | null };
          entities: { id: string; label: string }[];
        }>(`/api/nodes/${encodeURIComponent(p.id)}`);
        const home = detail.node.community;
        if (home === null) continue;
        for (const e of detail.entities) {
          const c = await communityOf(e.id);
          if (c !== null && c !== home && short(c) !== short(home)) chip = { ...e, community: c };
        }
        if (chip) {
          paper = p.id;
          paperHome = home;
          break;
        }
      }
      expect(chip, "a paper links an entity of another community").toBeDefined();
      await open(`/?community=${paperHome}&node=${encodeURIComponent(paper)}`);
      await page.getByTestId("panel-title").waitFor({ timeout: 15_000 });
      await page
        .locator(".chip", { hasText: new RegExp(`^${chip!.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
        .first()
        .click({ timeout: 15_000 });
      await expectOpenedIn(chip!.id, chip!.community, paperHome);
      await shot("16-chip-opens-its-community");
    });

    it("an item of What's new", async () => {
      // What's new: a new paper of another community than the one open.
      const changes = await api<{ newPapers: { items: { id: string; label: string }[] } }>("/api/changes");
      const fresh = changes.newPapers.items[0]!;
      const freshHome = (await communityOf(fresh.id))!;
      const beforeNew = otherThan(freshHome);
      await open(`/?community=${beforeNew}&tab=changes`);
      await page
        .getByTestId("changes")
        .locator(".change-item", { hasText: fresh.label })
        .first()
        .click({ timeout: 15_000 });
      await expectOpenedIn(fresh.id, freshHome, beforeNew);
      await shot("17-whats-new-opens-its-community");
    });

    it("a row of the Finder", async () => {
      // The Finder: its first paper, from inside another community.
      const found = await api<{ papers: { id: string; title: string }[] }>("/api/papers?sort=date&limit=1");
      const first = found.papers[0]!;
      const firstHome = (await communityOf(first.id))!;
      const beforeFinder = otherThan(firstHome);
      await open(`/?community=${beforeFinder}&tab=finder`);
      const row = page.getByTestId("finder-papers").getByRole("button", { name: first.title, exact: true });
      await row.waitFor({ timeout: 15_000 });
      await row.click();
      await expectOpenedIn(first.id, firstHome, beforeFinder);
      await shot("18-finder-opens-its-community");
    });
  });

  it("a paper picked from a benchmark's list inside a community shows on the benchmark's map, under no community's breadcrumb", async () => {
    const list = await api<{ communities: { id: number; papers: number }[] }>("/api/communities");
    await open(`/?community=${list.communities.find((c) => c.papers > 3)!.id}&tab=benchmarks`);
    await expect(page.getByTestId("breadcrumb").count()).resolves.toBe(1);
    await page.getByLabel("Filter benchmarks").fill("gsm");
    await page
      .getByTestId("benchmarks")
      .getByRole("button", { name: /^GSM8K/ })
      .click({ timeout: 15_000 });
    const row = page.getByTestId("benchmark-papers").locator("tbody tr").first().getByRole("button").first();
    await row.waitFor({ timeout: 15_000 });
    const title = (await row.textContent()) ?? "";
    await row.click();
    await expect(page.getByTestId("panel-title").textContent({ timeout: 15_000 })).resolves.toContain(
      title.slice(0, 20),
    );
    const id = new URL(page.url()).searchParams.get("node")!;
    await page.waitForFunction(
      (key) => window.__paperkg?.drawn?.().some((n) => n.key === key && !n.hidden) ?? false,
      id,
      { timeout: 30_000 },
    );
    expect(new URL(page.url()).searchParams.get("benchmark")).toBe("benchmark:gsm8k");
    await expect(page.getByTestId("breadcrumb").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it("hides a community label that would cover the selected node's label", async () => {
    await open("/");
    await page.waitForFunction(() => (window.__paperkg?.communityLabels?.().length ?? 0) > 2, null, {
      timeout: 15_000,
    });
    // The labelled node nearest a community label's centre: its own label would lie under that one.
    const labels = await drawnCommunityLabels(page);
    const nodes = (await drawnNodes(page)).filter((n) => !n.hidden && n.label && !isCommunityKey(n.key));
    const near = labels
      .flatMap((l) => nodes.map((n) => ({ n, d: Math.hypot(n.viewportX - l.x, 2 * (n.viewportY - l.y)) })))
      .sort((a, b) => a.d - b.d)[0]!;
    expect(near.d).toBeLessThan(40);
    await open(`/?node=${encodeURIComponent(near.n.key)}`);
    await page.getByTestId("panel-title").waitFor({ timeout: 15_000 });
    await page.waitForTimeout(900); // the camera's move to the node (450 ms) and a frame after it
    const node = (await drawnNodes(page)).find((n) => n.key === near.n.key)!;
    // Where a reader sees the selected label: right of the disc, one line of 12 px text.
    const textWidth = await page.evaluate((t) => {
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = "12px sans-serif";
      return ctx.measureText(t).width;
    }, node.label);
    const box = {
      left: node.viewportX - node.viewportSize,
      right: node.viewportX + node.viewportSize + 3 + textWidth,
      top: node.viewportY - 7,
      bottom: node.viewportY + 7,
    };
    const shown = await drawnCommunityLabels(page);
    expect(shown.length).toBeGreaterThan(0);
    const covering = shown.filter(
      (l) =>
        l.x - l.width / 2 < box.right &&
        l.x + l.width / 2 > box.left &&
        l.y - l.height / 2 < box.bottom &&
        l.y + l.height / 2 > box.top,
    );
    await shot("15-selected-label-clear");
    expect(covering.map((l) => l.text)).toEqual([]);
  });

  it("draws the selected node's label once, leftwards and on the map, near the map's right edge", async () => {
    await open("/");
    const candidates = (await drawnNodes(page)).filter(
      (n) => !n.hidden && !isCommunityKey(n.key) && n.label.length >= 12 && n.label.length <= 40,
    );
    const pick = candidates.sort((a, b) => b.viewportSize - a.viewportSize)[0]!;
    await open(`/?node=${encodeURIComponent(pick.key)}`);
    await page.getByTestId("panel-title").waitFor({ timeout: 15_000 });
    await page.waitForTimeout(900); // the camera's move to the node (450 ms) and a frame after it
    const map = (await page.getByTestId("sigma-container").boundingBox())!;
    const at = async () => (await drawnNodes(page)).find((n) => n.key === pick.key)!;
    const centred = await at();
    // Pan the map (grabbing a spot clear of nodes) until the node sits 40 px from the right edge;
    // held still before release, so no inertia carries it further.
    const nodes = (await drawnNodes(page)).filter((n) => !n.hidden);
    let grab = { x: 0, y: 0 };
    search: for (let y = 150; y < map.height - 150; y += 10)
      for (let x = 30; x < map.width / 2; x += 10)
        if (nodes.every((n) => Math.hypot(n.viewportX - x, n.viewportY - y) > n.viewportSize + 15)) {
          grab = { x, y };
          break search;
        }
    expect(grab.x).toBeGreaterThan(0);
    const dx = map.width - 40 - centred.viewportX;
    await page.mouse.move(map.x + grab.x, map.y + grab.y);
    await page.mouse.down();
    await page.mouse.move(map.x + grab.x + dx, map.y + grab.y, { steps: 15 });
    await page.waitForTimeout(300);
    await page.mouse.up();
    await page.waitForTimeout(300);
    const moved = await at();
    expect(moved.viewportX).toBeGreaterThan(map.width - 80);
    expect(moved.viewportX).toBeLessThan(map.width - 5);
    // Record every text drawn on the map's canvases from now on; hovering the node draws a frame.
    await page.evaluate(() => {
      const log: { text: string; left: number; right: number; layer: string }[] = [];
      (window as unknown as { __texts: typeof log }).__texts = log;
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, max) {
        const width = this.measureText(text).width;
        const start =
          this.textAlign === "right" || this.textAlign === "end"
            ? x - width
            : this.textAlign === "center"
              ? x - width / 2
              : x;
        log.push({ text, left: start, right: start + width, layer: this.canvas.className });
        return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
      };
    });
    await page.mouse.move(map.x + moved.viewportX, map.y + moved.viewportY);
    await page.waitForTimeout(600);
    await shot("19-selected-label-near-edge");
    const draws = await page.evaluate(
      (label) =>
        (
          window as unknown as { __texts: { text: string; left: number; right: number; layer: string }[] }
        ).__texts.filter((t) => t.text === label),
      pick.label,
    );
    expect(draws.length).toBeGreaterThan(0);
    // Once: every draw at one place, on one layer (a frame may be drawn more than once).
    const places = new Set(draws.map((d) => `${d.layer}@${Math.round(d.left)}`));
    expect([...places]).toHaveLength(1);
    // Wholly on the map, left of the node.
    expect(draws[0]!.left).toBeGreaterThanOrEqual(0);
    expect(draws[0]!.right).toBeLessThanOrEqual(Math.min(map.width, moved.viewportX));
  });

  it("shows communities as aggregated nodes and drills into one", async () => {
    await open("/?view=communities");
    const communities = await api<{ communities: unknown[] }>("/api/communities");
    expect(await nodeCount()).toBe(communities.communities.length);
    await shot("09-communities-view");
    await page.getByTestId("communities").locator(".community-item").first().click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="counts"]')?.textContent?.includes("bipartite"),
    );
    expect(new URL(page.url()).searchParams.get("community")).toMatch(/^\d+$/);
    expect(await nodeCount()).toBeGreaterThan(5);
    await shot("10-community-drilled");
    expect(errors).toEqual([]);
  });

  it("drills areas → an area's communities → a community's papers and entities, with a breadcrumb, URLs and Back", async () => {
    const list = await api<{ communities: { id: number; area?: number | null }[] }>("/api/communities");
    await open("/?view=areas");
    const areas = await drawnNodes(page);
    expect(areas.length).toBeGreaterThan(1);
    expect(areas.every((n) => parseAreaKey(n.key) !== null)).toBe(true);
    await expect(page.getByTestId("breadcrumb").textContent()).resolves.toBe("All areas");
    await shot("11-areas");

    // The largest area (areas come largest first); "other" holds the papers sharing nothing specific.
    const area = await clickNode(page, (ns) => ns.find((n) => !n.label.startsWith("other")));
    const areaId = parseAreaKey(area.node.key);
    expect(new URL(page.url()).searchParams.get("view")).toBe("communities");
    expect(new URL(page.url()).searchParams.get("area")).toBe(String(areaId));
    const inArea = list.communities.filter((c) => c.area === areaId).map((c) => communityKey(c.id));
    expect((await drawnNodes(page)).map((n) => n.key).sort()).toEqual(inArea.sort());
    const crumbs = page.getByTestId("breadcrumb");
    await expect(crumbs.textContent()).resolves.toContain(area.node.label.split(" · ")[0]);
    await shot("12-area-communities");

    const community = await clickNode(page, (ns) => ns[0]);
    const communityId = parseCommunityKey(community.node.key);
    expect(new URL(page.url()).searchParams.get("community")).toBe(String(communityId));
    const members = await drawnNodes(page);
    expect(members.length).toBeGreaterThan(3);
    expect(members.every((n) => n.community === communityId && !isCommunityKey(n.key))).toBe(true);
    await expect(crumbs.locator(".crumb").count()).resolves.toBe(3);
    await shot("13-community");

    // Back returns to the area, then to the overview; the breadcrumb leads down again.
    await nextMap(page, () => page.goBack());
    expect(new URL(page.url()).searchParams.get("area")).toBe(String(areaId));
    await expect(drawnNodes(page).then((ns) => ns.length)).resolves.toBe(inArea.length);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "areas");
    await expect(crumbs.textContent()).resolves.toBe("All areas");
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "communities");
    await crumbs.getByRole("button", { name: "All areas" }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "areas");
    expect(errors).toEqual([]);
  });
});
