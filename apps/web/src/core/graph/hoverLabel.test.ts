import { describe, expect, it } from "vitest";
import { hoverLabel } from "./hoverLabel.ts";

describe("hoverLabel", () => {
  it("puts the box right of a node with room, covering the disc and the text", () => {
    const h = hoverLabel(100, 50, 5, 80, 12, 1000);
    expect(h.side).toBe("right");
    expect(h.textX).toBeGreaterThan(105);
    expect(h.box.x - h.box.width / 2).toBeLessThanOrEqual(95);
    expect(h.box.x + h.box.width / 2).toBeGreaterThanOrEqual(h.textX + 80);
  });

  it("puts it left of a node near the map's right edge, wholly on screen", () => {
    const h = hoverLabel(950, 50, 5, 80, 12, 1000);
    expect(h.side).toBe("left");
    expect(h.textX).toBeLessThan(945);
    expect(h.box.x + h.box.width / 2).toBeLessThanOrEqual(1000);
    expect(h.box.x - h.box.width / 2).toBeLessThanOrEqual(h.textX - 80);
    expect(h.box.x - h.box.width / 2).toBeGreaterThan(0);
  });

  it("stays right when neither side fits (a map narrower than the label)", () => {
    expect(hoverLabel(60, 50, 5, 200, 12, 120).side).toBe("right");
  });

  it("is at least as tall as the text and the disc", () => {
    expect(hoverLabel(100, 50, 20, 40, 12, 1000).box.height).toBeGreaterThanOrEqual(44);
    expect(hoverLabel(100, 50, 1, 40, 12, 1000).box.height).toBeGreaterThanOrEqual(16);
  });
});
