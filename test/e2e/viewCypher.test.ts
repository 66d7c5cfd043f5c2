import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./helpers/chromium.ts";
import { type Explorer, ROOT, startExplorer } from "./helpers/startExplorer.ts";

/**
 * View ⇄ Cypher in Debian's chromium: a view's "Cypher" button fills the console with its query,
 * an edited query replaces the map with its result, and the URL holds it, so a reload (or a shared
 * link) shows the same.
 */
describe("every view opens its Cypher; an edited query is a shareable view", () => {
  let explorer: Explorer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(join(ROOT, "test/e2e/screenshots"), { recursive: true });
    explorer = await startExplorer(inject("neo4j"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  async function open(url: string): Promise<void> {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url.startsWith("http") ? url : `${explorer.baseUrl}${url}`);
    await page.waitForFunction(() => (window.__paperkg?.firstFrameAt ?? null) !== null, null, {
      timeout: 30_000,
    });
  }
  const nodeCount = async () => Number(await page.getByTestId("node-count").textContent());
  /** The editor's query with whitespace left out (CodeMirror draws each line as its own element). */
  const editorText = async () =>
    ((await page.getByTestId("cypher-input").textContent()) ?? "").replace(/\s+/g, "");
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const params = () => page.getByTestId("cypher-params");
  /** What the server answers for a query: the oracle the map is checked against. */
  const cypherNodes = async (query: string, p: Record<string, unknown>) => {
    const res = await fetch(`${explorer.baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params: p }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { graph: { nodes: unknown[] } }).graph.nodes.length;
  };
  /** Replace the editor's text as a person would: select all, then type (paste) the new query. */
  async function typeQuery(query: string) {
    await page.getByTestId("cypher-input").click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(query);
  }

  it("the map's Cypher, edited and run, replaces the map; the URL brings it back", async () => {
    await open("/");
    const whole = await nodeCount();
    expect(whole).toBeGreaterThan(200);
    const api = (await (await fetch(`${explorer.baseUrl}/api/graph`)).json()) as {
      cypher: { query: string; params: Record<string, unknown> };
    };

    await page.getByTestId("counts").getByTestId("open-cypher").click();
    await page.getByTestId("cypher").waitFor();
    expect(new URL(page.url()).searchParams.get("tab")).toBe("cypher");
    expect(await editorText()).toBe(squeeze(api.cypher.query));
    await page.screenshot({ path: join(ROOT, "test/e2e/screenshots/10-view-cypher.png") });
    expect(JSON.parse(await params().inputValue())).toEqual(api.cypher.params);

    // Edit: only papers and benchmarks, the 30 most central.
    const edited = api.cypher.query.replace(/^MATCH \(n:[^)]*\)/, "MATCH (n:Paper|Benchmark)");
    expect(edited).not.toBe(api.cypher.query);
    await typeQuery(edited);
    await params().fill('{"limit": 30}');
    await page.getByRole("button", { name: /Run/ }).click();
    await page.getByTestId("cypher-summary").waitFor({ timeout: 15_000 });
    const expected = await cypherNodes(edited, { limit: 30 });
    expect(expected).toBe(30);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="node-count"]')?.textContent === String(n),
      expected,
    );
    expect(await page.getByTestId("counts").textContent()).toContain("Cypher result");
    const kinds = await page.getByTestId("legend").textContent();
    expect(kinds).toContain("Paper");

    const url = new URL(page.url());
    expect(url.searchParams.get("cypher")).toBe(edited);
    expect(JSON.parse(url.searchParams.get("params") ?? "null")).toEqual({ limit: 30 });

    await open(url.toString());
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="node-count"]')?.textContent === String(n),
      expected,
      {
        timeout: 15_000,
      },
    );
    expect(await editorText()).toBe(squeeze(edited));
    await page.screenshot({ path: join(ROOT, "test/e2e/screenshots/11-edited-cypher-reloaded.png") });
    expect(JSON.parse(await params().inputValue())).toEqual({ limit: 30 });
    expect(await page.getByTestId("cypher-results").locator("tbody tr").count()).toBe(expected);
  });

  it("a list's Cypher (a benchmark's papers) runs onto the map: the benchmark and its papers", async () => {
    await open("/?tab=benchmarks&benchmark=benchmark%3Agsm8k");
    const list = await (await fetch(`${explorer.baseUrl}/api/benchmarks/benchmark%3Agsm8k/papers`)).json();
    const ids = new Set<string>([list.benchmark.id, ...list.papers.map((p: { id: string }) => p.id)]);
    await page
      .getByRole("heading", { name: /All papers/ })
      .getByTestId("open-cypher")
      .click();
    await page.getByTestId("cypher").waitFor();
    expect(await editorText()).toContain(squeeze("(b:Benchmark {id: $id})"));
    expect(JSON.parse(await params().inputValue())).toEqual({ id: "benchmark:gsm8k" });
    await page.getByRole("button", { name: /Run/ }).click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="node-count"]')?.textContent === String(n),
      ids.size,
      {
        timeout: 15_000,
      },
    );
  });

  it("the communities view's Cypher draws the same community nodes, keyed as the map keys them", async () => {
    await open("/?view=communities");
    const shown = await nodeCount();
    expect(shown).toBeGreaterThan(3);
    await page.getByTestId("counts").getByTestId("open-cypher").click();
    await page.getByTestId("cypher").waitFor();
    await page.getByRole("button", { name: /Run/ }).click();
    await page.getByTestId("cypher-summary").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("counts").textContent()).toContain("Cypher result");
    expect(await nodeCount()).toBe(shown);
    expect(await page.getByTestId("cypher-results").locator("tbody tr").first().textContent()).toContain(
      "Community:",
    );
  });

  it("a search's and the communities list's Cypher: the console's rows are what they list", async () => {
    await open("/");
    const api = (await (
      await fetch(`${explorer.baseUrl}/api/search?q=${encodeURIComponent("reasoning")}&limit=12`)
    ).json()) as { results: unknown[] };
    expect(api.results.length).toBeGreaterThan(2);
    await page.getByRole("combobox", { name: "Search" }).fill("reasoning");
    const options = page.getByRole("listbox").getByRole("option");
    await options.first().waitFor({ timeout: 15_000 });
    const hits = await options.count();
    expect(hits).toBe(api.results.length);
    await page.screenshot({ path: join(ROOT, "test/e2e/screenshots/12-search-cypher.png") });
    // the button sits at the foot of the suggestions, in view without scrolling them
    const popup = await page.locator(".search-popup").boundingBox();
    const button = await page.getByRole("toolbar", { name: "Search tools" }).boundingBox();
    expect(button!.y + button!.height).toBeLessThanOrEqual(popup!.y + popup!.height + 1);
    await page.getByRole("toolbar", { name: "Search tools" }).getByTestId("open-cypher").click();
    await page.getByTestId("cypher").waitFor();
    expect(await editorText()).toContain("db.index.fulltext.queryNodes");
    expect(await page.getByRole("listbox").count(), "the suggestions closed").toBe(0);
    await page.getByRole("button", { name: /Run/ }).click();
    const rows = page.getByTestId("cypher-results").locator("tbody tr");
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBe(hits);

    await open("/?tab=communities");
    const items = page.getByTestId("communities").locator(".community-item");
    await items.first().waitFor({ timeout: 15_000 });
    const labels = await items.locator(".community-label").allTextContents();
    await page.screenshot({ path: join(ROOT, "test/e2e/screenshots/13-communities-cypher.png") });
    await page.getByTestId("communities").getByTestId("open-cypher").click();
    await page.getByTestId("cypher").waitFor();
    await page.getByRole("button", { name: /Run/ }).click();
    const communityRows = page.getByTestId("cypher-results").locator("tbody tr");
    await communityRows.first().waitFor({ timeout: 15_000 });
    const cells = await communityRows.allTextContents();
    expect(cells).toHaveLength(labels.length);
    for (const [i, cell] of cells.entries()) expect(cell).toContain(labels[i]!.trim());
  });

  it("a panel's list (an entity's papers): the console's rows are the panel's rows", async () => {
    await open("/?node=benchmark%3Agsm8k");
    const panelRows = page.getByTestId("entity-papers").locator("tbody tr");
    await panelRows.first().waitFor({ timeout: 15_000 });
    const titles = await panelRows.locator("td:first-child").allTextContents();
    await page
      .getByRole("heading", { name: /^Papers/ })
      .getByTestId("open-cypher")
      .click();
    await page.getByTestId("cypher").waitFor();
    expect(JSON.parse(await params().inputValue())).toMatchObject({ id: "benchmark:gsm8k" });
    await page.getByRole("button", { name: /Run/ }).click();
    const rows = page.getByTestId("cypher-results").locator("tbody tr");
    await rows.first().waitFor({ timeout: 15_000 });
    const cells = await rows.allTextContents();
    expect(cells).toHaveLength(titles.length);
    // Each row's paper cell names the panel's paper in the same place.
    for (const [i, cell] of cells.entries()) expect(cell).toContain(titles[i]!.trim().slice(0, 40));
    expect(errors).toEqual([]);
  });
});
