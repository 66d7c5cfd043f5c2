import { describe, expect, it } from "vitest";
import { arxivLinks } from "./arxivLinks.ts";

describe("arxivLinks", () => {
  const cases: [string | null, string | null][] = [
    ["2503.01234", "https://arxiv.org/pdf/2503.01234"],
    ["math.GT/0309136", "https://arxiv.org/pdf/math.GT/0309136"],
    ["title:a-paper", null],
    ["2503.01234v3", null],
    [null, null],
  ];
  it.each(cases)("%s → %s", (id, pdf) => expect(arxivLinks(id)?.pdf ?? null).toBe(pdf));
});
