import type { ExtractedEntity, StatedResult } from "@paperkg/core";

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

/**
 * Results an abstract states for a benchmark (`84.3% accuracy on GSM8K`) as `{metric, value}`:
 * only absolute scores next to the benchmark's own mention, never gains (`+3.2 on`, `by 5%`).
 */
export function findStatedResults(e: ExtractedEntity, abstract: string): StatedResult[] {
  const out: StatedResult[] = [];
  for (const m of e.mentions) {
    if (m.field !== "abstract") continue;
    const before = abstract.slice(Math.max(0, m.start - 90), m.start);
    const b = BEFORE.exec(before);
    if (b && !GAIN.test(before.slice(0, b.index))) {
      out.push({ metric: (b[1] ?? b[3] ?? "score").toLowerCase(), value: b[2]!.replace(/\s/g, "") });
      continue;
    }
    const a = AFTER.exec(abstract.slice(m.end, m.end + 40));
    if (a) {
      const value = (a[1] ?? a[3])!.replace(/\s/g, "");
      out.push({ metric: (a[2] ?? "score").toLowerCase(), value });
    }
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const k = `${r.metric}=${r.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
