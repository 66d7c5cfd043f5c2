import { type Candidate, PRIORITY } from "./Candidate.ts";
import { isNameLike } from "./isNameLike.ts";
import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";
import type { PreparedField } from "./prepareField.ts";

const ITEM = String.raw`[\p{L}\d][\p{L}\d.+\-/]*(?: \d+(?:\.\d+)?)?`;
/** `on X`, `on X, Y and Z`, `benchmarks such as X, Y` */
const LIST_CUE = new RegExp(
  String.raw`(?<![\p{L}\d])(on|across|over|benchmarks? (?:such as|including|like)|datasets? (?:such as|including|like)|including)\s+(?:the\s+)?(?:(?:challenging|popular|standard|widely[- ]used|public|several|multiple|two|three|four|five|six|seven|eight|nine|ten)\s+)?(${ITEM}(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+|\s*/\s*)${ITEM}){0,9})`,
  "gu",
);
/** `X benchmark`, `the Cityscapes dataset`, `PASCAL VOC 2012 dataset` */
const HEAD_CUE =
  /(?<![\p{L}\d.+-])((?:[\p{L}\d][\p{L}\d.+-]* ){0,2}[\p{L}\d][\p{L}\d.+-]*) (?:benchmark|dataset|suite|corpus|leaderboard|testbed|environment|challenge|data set)s?(?![\p{L}\d])/gu;

const HARDWARE = /^(?:[AHVBLT]\d{2,3}|RTX[\d-]*|GPT|GPU)$/;

/** Benchmarks named by context: after `on`/`such as`, or before `benchmark`/`dataset`. */
export function findBenchmarkCues(f: PreparedField, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { text } = f;
  LIST_CUE.lastIndex = 0;
  for (let m = LIST_CUE.exec(text); m !== null; m = LIST_CUE.exec(text)) {
    const cue = m[1]!;
    const list = m[2]!;
    const listStart = m.index + m[0].length - list.length;
    if (
      cue === "including" &&
      !/(?:benchmark|dataset|suite|corpora|environment)s?[^.]{0,40}$/i.test(
        text.slice(Math.max(0, m.index - 60), m.index),
      )
    )
      continue;
    const strict = cue !== "on" && cue !== "across" && cue !== "over";
    const itemRe = new RegExp(ITEM, "gu");
    for (let it = itemRe.exec(list); it !== null; it = itemRe.exec(list)) {
      const name = it[0].replace(/[.\-/]+$/, "");
      if (name === "and" || name === "or") continue;
      if (!isNameLike(name.split(" ")[0]!, lex, strict) || HARDWARE.test(name)) continue;
      const start = listStart + it.index;
      out.push(make(f, name, start, strict ? 0.75 : 0.7, "benchmark-cue"));
    }
    LIST_CUE.lastIndex = Math.max(LIST_CUE.lastIndex, m.index + 1);
  }
  HEAD_CUE.lastIndex = 0;
  for (let m = HEAD_CUE.exec(text); m !== null; m = HEAD_CUE.exec(text)) {
    const words = m[1]!.split(" ");
    const before = text.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
    const titleOk = /(?:the|on|of|and|,) $/.test(before) || /^\s*$/.test(before);
    let k = words.length;
    if (k > 0 && /^\d+(?:\.\d+)?$/.test(words[k - 1]!) && k > 1) k--;
    let first = k;
    while (first > 0 && isNameLike(words[first - 1]!, lex, titleOk && first === words.length)) first--;
    if (first === k) continue;
    const kept = words.slice(first);
    const name = kept.join(" ");
    if (HARDWARE.test(name)) continue;
    const offset = m[1]!.length - name.length;
    out.push(make(f, name, m.index + offset, 0.8, "benchmark-cue"));
  }
  return out;
}

function make(f: PreparedField, name: string, start: number, confidence: number, rule: string): Candidate {
  return {
    type: "benchmark",
    name,
    key: slugKey(name),
    field: f.field,
    start,
    end: start + name.length,
    rule,
    confidence,
    priority: PRIORITY.benchmarkCue,
  };
}
