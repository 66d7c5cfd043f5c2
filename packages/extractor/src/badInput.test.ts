import { describe, expect, it } from "vitest";
import { ExtractorError } from "./ExtractorError.ts";
import { extractPaperWithNotices, type PaperText } from "./extractPaper.ts";
import { extractPapers } from "./extractPapers.ts";

const words =
  "model benchmark GSM8K Qwen2.5-7B (LLM) on MATH, we propose Foo-Net: large language models ".split(" ");
const long = Array.from({ length: 9000 }, (_, i) => words[(i * 7) % words.length]).join(" ");

const cases: [name: string, abstract: string][] = [
  ["empty", ""],
  ["whitespace", "   \n\t  "],
  ["one word", "GSM8K"],
  ["50,000 characters", long.slice(0, 50_000)],
  ["run of dots", ".".repeat(50_000)],
  ["dots and spaces", ". . . ".repeat(8_000)],
  ["unbalanced parentheses", "(((((((((( (A) (BB) (CCC".repeat(2_000)],
  [
    "LaTeX and math",
    "We bound $\\alpha$ by $O(n^2)$ with \\mathcal{L}_{\\text{GRPO}} = \\sum_i r_i (see Eq. 3) and \\cite{x}.",
  ],
  [
    "emoji and mixed scripts",
    "🚀 We evaluate 大型语言模型 on GSM8K 🤖 and MATH — résumé naïve Ωmega ✨ 👩‍👩‍👧 (LLMs).",
  ],
  [
    "non-English",
    "本文提出了一种新的方法，在多个基准上取得了最好的结果。Мы предлагаем новый метод. نقترح طريقة جديدة.",
  ],
  ["no spaces", "A".repeat(30_000)],
  ["control characters", "GSM8K\u0000\u0001\u0002 on MATH\u200b\u200d and Qwen2.5\ufeff."],
];

describe("bad input", () => {
  it.each(cases)("%s: finishes, never throws, keeps exact spans", (_name, abstract) => {
    const paper: PaperText = { id: "bad", title: "Odd: input", abstract };
    const { extraction } = extractPaperWithNotices(paper);
    for (const e of extraction.entities)
      for (const m of e.mentions) {
        const text = m.field === "title" ? paper.title : paper.abstract;
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
  });

  it("reports a capped abstract and an empty one as notices", () => {
    const capped = extractPaperWithNotices({ id: "x", title: "T", abstract: "a ".repeat(30_000) });
    expect(capped.notices.map((n) => n.code)).toEqual(["TRUNCATED"]);
    const empty = extractPaperWithNotices({ id: "y", title: "T", abstract: "" });
    expect(empty.notices.map((n) => n.code)).toEqual(["EMPTY"]);
  });

  it("rejects a record that is not a paper with a typed error", () => {
    const bad = [
      { id: "", title: "t", abstract: "a" },
      { id: "x", title: 3, abstract: "a" },
    ] as unknown as PaperText[];
    for (const p of bad) {
      try {
        extractPaperWithNotices(p);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ExtractorError);
        expect((e as ExtractorError).code).toBe("INVALID_PAPER");
      }
    }
  });

  it("one pathological paper does not stop a corpus run", async () => {
    const notices: string[] = [];
    const out = await extractPapers(
      [
        { id: "a", title: "A", abstract: ".".repeat(60_000) },
        { id: "b", title: "B", abstract: "We evaluate on GSM8K." },
      ],
      { onNotice: (n) => notices.push(n.code) },
    );
    expect(out).toHaveLength(2);
    expect(out[1]!.entities.map((e) => e.id)).toContain("benchmark:gsm8k");
    expect(notices).toEqual(["TRUNCATED"]);
  });
});
