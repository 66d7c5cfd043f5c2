import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runIngest } from "@paperkg/pipeline";
import { openDriver } from "@paperkg/store";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { neo4jEnv, runCli } from "../helpers/runCli.ts";
import { wipeDatabase } from "../helpers/wipeDatabase.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { openSelfPolishBySearch } from "./helpers/openPaperBySearch.ts";
import { ROOT } from "./helpers/startExplorer.ts";

const SHOTS = join(ROOT, "test/e2e/screenshots");

/**
 * `paperkg export --format site` of the samples, opened from `file://` in Debian's chromium with
 * no server: the map, search with the paper panel's highlighted evidence, benchmark tables and
 * the Finder work from the folder's files alone, and every request the page makes stays in it.
 */
describe("static offline site in a real browser", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let exportLog = "";
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, "apps/web/dist-site/paperkg.js")))
      throw new Error("e2e: apps/web/dist-site is missing — run `pnpm build` first");
    mkdirSync(SHOTS, { recursive: true });
    const conn = inject("neo4j");
    const driver = openDriver(conn);
    try {
      await wipeDatabase(driver, conn.database);
    } finally {
      await driver.close();
    }
    await runIngest({ inputs: ["data/samples"], connection: conn });
    dir = mkdtempSync(join(tmpdir(), "paperkg-site-"));
    const out = await runCli(["export", "--format", "site", "--out", dir], { env: neo4jEnv(conn) });
    expect(out.code, out.stderr).toBe(0);
    exportLog = out.stderr;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(query = ""): Promise<Page> {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(join(dir, "index.html")).href}${query}`);
    await page.waitForFunction(() => (window.__paperkg?.firstFrameAt ?? null) !== null, null, {
      timeout: 30_000,
    });
    return page;
  }
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  it("writes index.html, the app and the data, and prints the folder's size against the papers' text", () => {
    for (const file of [
      "index.html",
      "assets/paperkg.js",
      "assets/paperkg.css",
      "data/site.js",
      "data/index.js",
    ])
      expect(existsSync(join(dir, file)), file).toBe(true);
    expect(exportLog).toMatch(/261 papers/);
    expect(exportLog).toMatch(
      /folder [\d.]+ MB = app [\d.]+ MB \+ data [\d.]+ MB; papers' raw text [\d.]+ MB/,
    );
  });

  it("draws the map with its communities and legend, and has no Cypher console", async () => {
    await open();
    const manifest = readFileSync(join(dir, "data/site.js"), "utf8");
    const nodes = Number(/"nodes":(\d+),"papers":261/.exec(manifest)?.[1]);
    expect(nodes).toBeGreaterThan(800);
    expect(Number(await page.getByTestId("node-count").textContent())).toBe(nodes);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("Benchmark");
    await expect(page.getByTestId("communities").locator("li").count()).resolves.toBeGreaterThan(3);
    const tabs = await page.getByRole("tab").allTextContents();
    expect(tabs).toContain("Finder");
    expect(tabs).not.toContain("Cypher");
    await shot("site-01-map");
  });

  it("finds a paper by search and shows its abstract with highlighted mentions", async () => {
    await open();
    await openSelfPolishBySearch(page, "self-polish");
    await shot("site-02-paper-panel");
  });

  it("lists benchmarks and shows the papers evaluated on one", async () => {
    await open("?tab=benchmarks");
    await page
      .getByTestId("benchmarks")
      .getByRole("button", { name: /^GSM8K/ })
      .click();
    await expect(page.getByTestId("benchmark-name").textContent({ timeout: 15_000 })).resolves.toBe("GSM8K");
    expect(await page.getByTestId("benchmark-papers").locator("tbody tr").count()).toBeGreaterThan(2);
  });

  it("counts every paper in the Finder", async () => {
    await open("?tab=finder");
    await expect(page.getByTestId("finder-total").textContent({ timeout: 15_000 })).resolves.toContain(
      "of 261 papers",
    );
  });

  it("made no request outside the folder and threw no error", () => {
    const inside = pathToFileURL(dir).href;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${inside}/`))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
