import { describe, expect, it } from "vitest";
import { type MentionEntity, mentionSegments } from "./mentionSegments.ts";

const text = "We evaluate Qwen2.5-7B on GSM8K and MATH.";
const ent = (id: string, kind: MentionEntity["kind"], ...spans: string[]): MentionEntity => ({
  id,
  kind,
  label: id,
  link: { spans },
});

describe("mentionSegments", () => {
  it("splits text around mentions, in order, and joins back to the text", () => {
    const segs = mentionSegments(text, "abstract", [
      ent("benchmark:gsm8k", "benchmark", "abstract:26-31"),
      ent("model:qwen2.5", "model", "abstract:12-22"),
      ent("benchmark:math", "benchmark", "abstract:36-40"),
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.type === "mention").map((s) => s.text)).toEqual([
      "Qwen2.5-7B",
      "GSM8K",
      "MATH",
    ]);
  });

  it("keeps the earliest, longest of overlapping mentions", () => {
    const segs = mentionSegments(text, "abstract", [
      ent("model:qwen2.5", "model", "abstract:12-19"),
      ent("model:qwen2.5-7b", "model", "abstract:12-22"),
      ent("x", "concept", "abstract:15-25"),
    ]);
    const mentions = segs.filter((s) => s.type === "mention");
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.text).toBe("Qwen2.5-7B");
  });

  it("ignores other fields and spans past the end", () => {
    const segs = mentionSegments(text, "abstract", [
      ent("a", "task", "title:0-4"),
      ent("b", "task", "abstract:30-400"),
    ]);
    expect(segs).toEqual([{ type: "text", text, start: 0 }]);
  });

  it("keeps markup as plain text", () => {
    const evil = "<script>alert(1)</script> on GSM8K";
    const segs = mentionSegments(evil, "abstract", [ent("benchmark:gsm8k", "benchmark", "abstract:29-34")]);
    expect(segs[0]).toEqual({ type: "text", text: "<script>alert(1)</script> on ", start: 0 });
  });
});
