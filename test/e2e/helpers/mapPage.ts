import type { DrawnLabel, DrawnNode } from "@paperkg/core";
import type { Page } from "playwright-core";

export type { DrawnLabel, DrawnNode };

/** Wait until the map has drawn the graph that arrived last; returns data → first frame (ms). */
export async function waitForFrame(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction(
    () => {
      const m = window.__paperkg;
      return (m?.firstFrameAt ?? null) !== null;
    },
    null,
    { timeout },
  );
  return page.evaluate(() => {
    const m = window.__paperkg!;
    return (m.firstFrameAt ?? 0) - (m.dataArrivedAt ?? 0);
  });
}

/** The nodes on the map now. */
export function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => window.__paperkg?.drawn?.() ?? []);
}

/** The community labels the last frame drew. */
export function drawnCommunityLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => window.__paperkg?.communityLabels?.() ?? []);
}

/**
 * Click the first drawn node `pick` chooses (by default the first one listed that lies on screen)
 * and wait for the map that click loads. Returns the node clicked and data → first frame (ms).
 */
export async function clickNode(
  page: Page,
  pick: (nodes: DrawnNode[]) => DrawnNode | undefined,
): Promise<{ node: DrawnNode; frameMs: number }> {
  const nodes = await drawnNodes(page);
  const node = pick(nodes.filter((n) => !n.hidden && Number.isFinite(n.viewportX)));
  if (!node) throw new Error(`e2e: no node to click among ${nodes.length}`);
  const box = await page.getByTestId("sigma-container").boundingBox();
  if (!box) throw new Error("e2e: the map is not on the page");
  const frameMs = await nextMap(page, () => page.mouse.click(box.x + node.viewportX, box.y + node.viewportY));
  return { node, frameMs };
}

/**
 * Do `action` (a click, Back…) and wait for the map it loads to be drawn; returns data → first
 * frame (ms). A new load marks its data's arrival first, so the wait cannot see the last map's frame.
 */
export async function nextMap(page: Page, action: () => Promise<unknown>): Promise<number> {
  const before = await page.evaluate(() => window.__paperkg?.dataArrivedAt);
  await action();
  await page.waitForFunction((t) => window.__paperkg?.dataArrivedAt !== t, before, { timeout: 60_000 });
  return waitForFrame(page);
}
