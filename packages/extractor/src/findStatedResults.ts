import type { ExtractedEntity, Mention, StatedResult } from "@paperkg/core";

const METRIC =
  "(?:top-1 accuracy|top-5 accuracy|accuracy|acc|pass@1|pass@k|pass@10|F1(?:-score)?|F1 score|exact match|EM|BLEU|ROUGE-L|ROUGE|METEOR|CIDEr|mIoU|mAP|AP|AUC|AUROC|win rate|success rate|LC win rate|FID|PSNR|SSIM|WER|CER|perplexity|Elo|score)";
const VALUE = String.raw`(\d+(?:\.\d+)?\s?%|\d+\.\d+|\d{2,3})`;
/** `achieves 84.3% accuracy on GSM8K`, `reaches a pass@1 of 71.2 on`, `scores 58.3 on` */
const BEFORE = new RegExp(
  String.raw`(?:achiev\w*|reach\w*|scor\w*|obtain\w*|attain\w*|record\w*|yield\w*|with)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:state-of-the-art\s+|SOTA\s+)?(?:(${METRIC})\s+(?:of\s+)?)?${VALUE}(?:\s+(${METRIC}))?\s+(?:on|in)\s+(?:the\s+)?$`,
  "iu",
);
/** `GSM8K accuracy of 84.3%`, `on GSM8K (84.3%)` */
const AFTER = new RegExp(String.raw`^\s*(?:\(\s*${VALUE}\s*\)|(${METRIC})\s+(?:of\s+)?${VALUE})`, "iu");
const GAIN = /\b(?:gain|gains|improv\w*|increase\w*|boost\w*|by|outperform\w*|surpass\w*|over)\s*$/i;
/** A gain stated for the benchmark: `improves accuracy by 5.1% on`, `+3.2 points on`, `a gain of 12% on`. */
const RELATIVE = new RegExp(
  String.raw`(?:(?:(${METRIC})\s+)?\bby\s+|(?:(${METRIC})\s+)?\+\s?|\b(?:gain|improvement|increase|boost)s?\s+(?:in\s+(${METRIC})\s+)?of\s+\+?)(\d+(?:\.\d+)?\s?(?:%|points?|pp)?)(?:\s+(?:absolute|relative))?(?:\s+(?:gains?|improvements?|points?))?\s+(?:on|in)\s+(?:the\s+)?$`,
  "iu",
);

/**
 * Results an abstract states for a benchmark, each next to the benchmark's own mention: absolute
 * scores (`84.3% accuracy on GSM8K`) and, marked `relative`, gains (`improves by 5.1% on GSM8K`,
 * `+3.2 on`) — kept apart so that a gain is never ranked as a score. Each keeps the words that
 * state it, the value as a number with its unit, and its sentence (to find the model or method
 * that got it).
 */
export function findStatedResults(e: ExtractedEntity, abstract: string): StatedResult[] {
  const out: StatedResult[] = [];
  for (const m of e.mentions) {
    if (m.field !== "abstract") continue;
    const from = Math.max(0, m.start - 90);
    const before = abstract.slice(from, m.start);
    const b = BEFORE.exec(before);
    if (b) {
      const relative = GAIN.test(before.slice(0, b.index));
      const at = from + b.index + b[0].lastIndexOf(b[2]!);
      out.push(result(b[1] ?? b[3], b[2]!, abstract.slice(from + b.index, m.end), at, relative, m));
      continue;
    }
    const after = abstract.slice(m.end, m.end + 40);
    const a = AFTER.exec(after);
    if (a) {
      const value = (a[1] ?? a[3])!;
      const at = m.end + a[0].lastIndexOf(value);
      out.push(result(a[2], value, abstract.slice(m.start, m.end + a[0].length), at, false, m));
      continue;
    }
    const g = RELATIVE.exec(before);
    if (g) {
      const at = from + g.index + g[0].lastIndexOf(g[4]!);
      out.push(result(g[1] ?? g[2] ?? g[3], g[4]!, abstract.slice(from + g.index, m.end), at, true, m));
    }
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const k = `${r.metric}=${r.value}=${r.relative}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function result(
  metric: string | undefined,
  valueText: string,
  raw: string,
  at: number,
  relative: boolean,
  m: Mention,
): StatedResult {
  const value = valueText
    .replace(/\s+(?=%)/, "")
    .replace(/\s+/g, " ")
    .trim();
  const unit = /%$/.test(value) ? "%" : /(points?|pp)$/i.test(value) ? "points" : null;
  return {
    metric: (metric ?? "score").toLowerCase(),
    value,
    raw: raw.replace(/\s+/g, " ").trim(),
    number: Number.parseFloat(value),
    unit,
    relative,
    at,
    sentence: m.sentence,
  };
}
