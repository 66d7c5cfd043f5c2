import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ingestWithCli } from "../helpers/runCli.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { type Explorer, ROOT, startExplorer } from "./helpers/startExplorer.ts";

const SHOTS = join(ROOT, "test/e2e/screenshots");

/**
 * The Finder tab and the paper panel's basics in Debian's chromium over the samples plus the dated
 * corpus slice (authors, categories, arXiv ids, comments).
 */
describe("finder tab in a real browser", () => {
  let explorer: Explorer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    explorer = await startExplorer(inject("neo4j"));
    const slice = await ingestWithCli(inject("neo4j"), [
      "test/fixtures/corpus/slice.jsonl",
      "test/fixtures/leaderboard/results.jsonl",
    ]);
    expect(slice.code, slice.stderr).toBe(0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on("pageerror", (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  const api = async <T>(path: string): Promise<T> =>
    (await fetch(`${explorer.baseUrl}${path}`)).json() as Promise<T>;
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("finder").getByRole("button", { name, exact: true }).click(),
    ]);
    return readFile((await file.path())!, "utf8");
  };

  it("adds facets from the typeahead with their counts, pages, exports and shows the result on the map", async () => {
    await page.goto(`${explorer.baseUrl}/?tab=finder`);
    await page.waitForFunction(() => (window.__paperkg?.firstFrameAt ?? null) !== null, null, {
      timeout: 30_000,
    });
    const all = await api<{ total: number }>("/api/papers?limit=1");
    await expect(page.getByTestId("finder-total").textContent({ timeout: 15_000 })).resolves.toContain(
      `of ${all.total} papers`,
    );

    await page.getByRole("combobox", { name: "Facet type" }).selectOption("benchmark");
    await page.getByRole("searchbox", { name: "Add facet" }).fill("GSM8K");
    const expected = await api<{ total: number }>("/api/papers?benchmark=benchmark:gsm8k&limit=1");
    expect(expected.total).toBeGreaterThan(1);
    const suggestion = page.getByTestId("facet-suggestions").getByRole("button", { name: /GSM8K/ }).first();
    await expect.poll(() => suggestion.locator(".count").textContent(), { timeout: 15_000 }).toMatch(/^\d+$/);
    expect(Number(await suggestion.locator(".count").textContent())).toBe(expected.total);
    await suggestion.click();
    await expect
      .poll(() => page.getByTestId("finder-total").textContent(), { timeout: 15_000 })
      .toBe(`1–${Math.min(50, expected.total)} of ${expected.total} papers`);
    const rows = page.getByTestId("finder-papers").locator("tbody tr");
    expect(await rows.count()).toBe(Math.min(50, expected.total));

    await page
      .getByTestId("finder-papers")
      .getByRole("button", { name: /^Paper/ })
      .click();
    // Sorting by title asks the server again: wait for the new page rather than read the old one.
    const lowerTitles = async () =>
      (await rows.locator("td:first-child").allTextContents()).map((t) => t.toLowerCase());
    await expect
      .poll(
        async () => {
          const titles = await lowerTitles();
          return titles.join("\n") === [...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join("\n");
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const titles = await lowerTitles();
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await page.screenshot({ path: join(SHOTS, "finder-01-benchmark.png") });

    const csv = await download("CSV");
    expect(csv.trim().split("\r\n")).toHaveLength(expected.total + 1);
    const json = JSON.parse(await download("JSON")) as { total: number; papers: unknown[] };
    expect(json.papers).toHaveLength(expected.total);
    const bib = await download("BibTeX");
    expect(bib.match(/^@misc\{/gm)).toHaveLength(expected.total);

    await page.getByTestId("finder").getByRole("button", { name: "Show on map" }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="node-count"]')?.textContent) === n,
      expected.total + 1,
      { timeout: 15_000 },
    );
    await page.screenshot({ path: join(SHOTS, "finder-02-on-map.png") });

    await page.getByRole("searchbox", { name: "Full text" }).fill("zzqxvwwk");
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByTestId("finder").getByText("No paper matches all of these.").waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  it("shows a corpus paper's authors, clean category codes, arXiv links and comment", async () => {
    const lines = (await readFile(join(ROOT, "test/fixtures/corpus/slice.jsonl"), "utf8")).trim().split("\n");
    const source = lines
      .map(
        (l) =>
          JSON.parse(l) as { id: string; authors: string[]; categories: string[]; comment: string | null },
      )
      .find((p) => p.comment && p.categories.some((c) => !/^[a-z-]+\.[A-Za-z-]+$/.test(c)))!;
    expect(source, "a slice paper with a comment and a non-arXiv class").toBeDefined();
    await page.goto(`${explorer.baseUrl}/?node=${encodeURIComponent(source.id)}`);
    const basics = page.getByTestId("paper-basics");
    await basics.waitFor({ timeout: 30_000 });
    const authors = (await page.getByTestId("paper-authors").textContent())!;
    expect(authors).toContain(source.authors[0]);
    const codes = await page.getByTestId("paper-categories").locator(".category").allTextContents();
    expect(codes).toEqual(source.categories.filter((c) => /^[a-z-]+\.[A-Za-z-]+$/.test(c)));
    expect(await basics.getByRole("link", { name: "PDF" }).getAttribute("href")).toBe(
      `https://arxiv.org/pdf/${source.id}`,
    );
    expect(await basics.getByRole("link", { name: `arXiv:${source.id}` }).getAttribute("href")).toBe(
      `https://arxiv.org/abs/${source.id}`,
    );
    expect(await basics.textContent()).toContain(source.comment!.slice(0, 20));
    await page.screenshot({ path: join(SHOTS, "finder-03-paper-basics.png") });
    expect(errors).toEqual([]);
  });

  it("shows a benchmark's leaderboard: numeric order per metric, a best-over-time chart, gains apart", async () => {
    await page.goto(`${explorer.baseUrl}/?tab=benchmarks&benchmark=benchmark%3Agsm8k`);
    const table = page.getByTestId("leaderboard-accuracy");
    await table.waitFor({ timeout: 30_000 });
    const values = (await table.locator("tbody td.value").allTextContents()).map((v) => Number.parseFloat(v));
    expect(values.length).toBeGreaterThanOrEqual(4);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.indexOf(84.3)).toBeLessThan(values.indexOf(84.25));
    await table.getByTestId("leaderboard-chart").locator("svg path").first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("improvements").textContent()).toContain("8%");
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "finder-04-leaderboard.png") });
    expect(errors).toEqual([]);
  });

  it("compares entities over time in the Trends tab, lists rising ones, and shows a timeline in the entity panel", async () => {
    await page.goto(`${explorer.baseUrl}/?tab=trends`);
    const rising = page.getByTestId("rising");
    await rising.waitFor({ timeout: 30_000 });
    expect(await rising.locator("tbody tr").count()).toBeGreaterThan(0);
    await page.getByRole("searchbox", { name: "Add facet" }).fill("GSM8K");
    await page.getByTestId("facet-suggestions").getByRole("button", { name: /GSM8K/ }).first().click();
    await rising.locator("tbody tr button").first().click();
    const chart = page.getByTestId("trends").getByTestId("trend-chart");
    await chart.locator("path.recharts-curve").nth(1).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, "finder-05-trends.png") });

    await page.goto(`${explorer.baseUrl}/?node=benchmark%3Agsm8k`);
    await page.getByTestId("node-timeline").locator("path.recharts-curve").waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, "finder-06-timeline.png") });
    expect(errors).toEqual([]);
  });

  it("lists related papers in the paper panel, as many as the API gives", async () => {
    const found = await api<{ papers: { id: string }[] }>("/api/papers?benchmark=benchmark:gsm8k&limit=1");
    const paper = found.papers[0]!.id;
    const related = await api<{ papers: unknown[] }>(
      `/api/papers/${encodeURIComponent(paper)}/related?limit=20`,
    );
    expect(related.papers.length).toBeGreaterThan(0);
    await page.goto(`${explorer.baseUrl}/?node=${encodeURIComponent(paper)}`);
    await page.getByRole("button", { name: /Related papers/ }).click();
    const list = page.getByTestId("related-papers");
    await list.waitFor({ timeout: 15_000 });
    expect(await list.locator("li").count()).toBe(related.papers.length);
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "finder-07-related.png") });
    expect(errors).toEqual([]);
  });
});
