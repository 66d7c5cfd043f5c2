import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./helpers/chromium.ts";
import { type Explorer, startExplorer } from "./helpers/startExplorer.ts";

const TOKEN = "e2e-token-7d2a";

/**
 * The app under the server's Content-Security-Policy, and against a server started with a token:
 * it asks for the token once, keeps it for the tab and draws the map.
 */
describe("web explorer under the security settings", () => {
  let explorer: Explorer;
  let browser: Browser;

  beforeAll(async () => {
    explorer = await startExplorer(inject("neo4j"), { token: TOKEN });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  /** A page that records CSP violations and page errors. */
  async function newPage(context = browser): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const w = window as unknown as { __csp?: string[] };
        w.__csp = [...(w.__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
      });
    });
    return { page, problems };
  }
  const firstFrame = (page: Page) =>
    page.waitForFunction(() => (window.__paperkg?.firstFrameAt ?? null) !== null, null, { timeout: 30_000 });
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

  it("serves the app with a CSP that forbids inline script", async () => {
    const res = await fetch(`${explorer.baseUrl}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("asks for the token on the first 401, then draws the map under the CSP without violations", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${explorer.baseUrl}/`);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ timeout: 15_000 });
    await expect(dialog.textContent()).resolves.toContain("PAPERKG_TOKEN");
    await page.getByLabel("API token").fill(TOKEN);
    await page.getByRole("button", { name: "Connect" }).click();
    await firstFrame(page);
    expect(Number(await page.getByTestId("node-count").textContent())).toBeGreaterThan(200);
    expect(await dialog.count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem("paperkg.token"))).toBe(TOKEN);

    // A reload in the same tab does not ask again, and the Cypher console sends the token too.
    await page.goto(`${explorer.baseUrl}/?tab=cypher`);
    await firstFrame(page);
    await page.getByRole("button", { name: /Run/ }).click();
    const table = page.getByTestId("cypher-results");
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await dialog.count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says so when the token is wrong, and asks again", async () => {
    const context = await browser.newContext();
    try {
      const { page } = await newPage(context as unknown as Browser);
      await page.goto(`${explorer.baseUrl}/`);
      await page.getByLabel("API token").fill("not-the-token");
      await page.getByRole("button", { name: "Connect" }).click();
      await expect(
        page.getByRole("dialog").getByText("refused").waitFor({ timeout: 15_000 }),
      ).resolves.toBeUndefined();
      await page.getByLabel("API token").fill(TOKEN);
      await page.getByRole("button", { name: "Connect" }).click();
      await firstFrame(page);
    } finally {
      await context.close();
    }
  });
});
