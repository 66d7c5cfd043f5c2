import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Type `query` into the search box, pick the samples' Self-Polish paper, and check what its panel
 * shows: the title, the abstract with more than one highlighted mention, and the node in the URL.
 * The same reader's path for the served explorer and the static site.
 */
export async function openSelfPolishBySearch(page: Page, query: string): Promise<void> {
  await page.getByRole("combobox", { name: "Search" }).fill(query);
  await page.getByRole("option").filter({ hasText: "Self-Polish: Enhance" }).first().click();
  await expect(page.getByTestId("panel-title").textContent({ timeout: 15_000 })).resolves.toContain(
    "Self-Polish",
  );
  const abstract = page.getByTestId("abstract");
  await expect(abstract.textContent()).resolves.toContain("Chain-of-Thought");
  expect(await abstract.locator("mark.mention").count()).toBeGreaterThan(1);
  expect(new URL(page.url()).searchParams.get("node")).toMatch(/self-polish/);
}
