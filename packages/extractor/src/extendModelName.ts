import type { Lexicons } from "./loadLexicons.ts";
import { slugKey } from "./normalizeKey.ts";

const CHUNK = /([-_ /])?([A-Za-z0-9]+(?:\.[0-9]+[A-Za-z]*)*)/y;
const SIZE = /^(?:\d+(?:\.\d+)?[BbMmKkTt]|\d+x\d+[Bb]|[AaEe]\d+[Bb])$/;
/** `2.5`, `v2`, `4o`, and a vision variant's capital V glued to the version (`GLM-4.5V`, `GLM-4V`). */
const VERSION = /^v?\d+(?:\.\d+)*[a-zV]?$/;
const BILLIONS_NEXT = /^-\d+(?:\.\d+)?[Bb](?![\p{L}\p{N}])/u;
/**
 * Capitalised words that describe what a name modifies (`CLIP-Guided`, `BERT-Based`) or name a
 * technique built on it (`LLaMA-Adapter`, `CLIP-Distillation`), never a variant of the model.
 */
const DESCRIBING_WORD =
  /^(?:\p{L}+(?:ed|ing|tion|ment)|Adapters?|Attacks?|Loss|Head|Layer|Module|Block|Prompts?|Based|Driven|Like|Style|Free|Aware|Specific|Only|Level|Scale|Wise|Centric|Oriented|Friendly|Compatible|Ready|Inspired|Agnostic|Native)$/u;
/** `ViT-L`, `Swin-T`, `E5-Large-Instruct`: a size or tuning variant glued by a hyphen shapes a model's name. */
const SIZE_VARIANT = /^(?:[BLHSTG]|Tiny|Small|Base|Medium|Large|Huge|Giant|XL|XXL|Instruct|Chat)$/;
/** `GPT-4o 3.5 times faster`, `Opus 2.1 points`: a figure after the name, not its version. */
const FIGURE_AFTER = /^\s?(?:times|fold|points?|pp|x|×)(?![\p{L}])/u;
/** A number followed by a per cent sign (LaTeX abstracts escape it): a figure, not a version. */
const PERCENT = /^ ?\\?%/;

export interface ModelExtension {
  end: number;
  /** What separates the family name from its version in the text (`-`, ` ` or nothing). */
  versionSep: string;
  /** The first version chunk (`2.5`, `4o`, `v2`), when there is one. */
  version: string | null;
  /** True when a version or size followed the family name. */
  shaped: boolean;
  /** True when a capitalised word right after the family name (`Qwen-Image`) is part of it. */
  worded: boolean;
}

/**
 * Extends a model family name found at `[start, end)` over its variant suffix:
 * `Qwen` → `Qwen2.5-7B-Instruct`, `GPT` → `GPT-4o-mini`, `ViT` → `ViT-H/14`, `Claude` → `Claude 3.5 Sonnet`,
 * `LLaVA` → `LLaVA-OneVision`, `Qwen` → `Qwen-Image` (unless `allowWorded` is false: a name that
 * needs a cue, `Mamba`, is too often part of a description, `Mamba-Transformer`).
 */
export function extendModelName(
  text: string,
  end: number,
  lex: Lexicons,
  spacedVersion: boolean,
  allowWorded = true,
): ModelExtension {
  let pos = end;
  let version: string | null = null;
  let versionSep = "";
  let shaped = false;
  let wordedPart = false;
  // the last chunk was such a capitalised word: another may follow (`Qwen-Image-Edit`)
  let lastWorded = false;
  let parts = 0;
  // the last chunk was a variant word after a space (`Claude Opus`): a spaced version may follow
  let spacedWord = false;
  while (parts < 8) {
    CHUNK.lastIndex = pos;
    const m = CHUNK.exec(text);
    if (!m) break;
    const sep = m[1] ?? "";
    const chunk = m[2]!;
    const after = pos + m[0].length;
    if (/[\p{L}\p{N}]/u.test(text[after] ?? "")) break;
    let ok = false;
    let worded = false;
    if (sep === "/") ok = parts > 0 && /^\d+$/.test(chunk);
    else if (SIZE.test(chunk) && sep !== "_") ok = true;
    else if (VERSION.test(chunk) && version === null && parts === 0) {
      // `Gemma 3`, `Llama 2-Chat`, `Qwen 2.5`: a spaced version is the model's; a long number
      // (`GPT 2024`) or a percentage (`Codex 5%`, `Gemini 21.4\%`) is not
      if (sep === " ")
        ok =
          !PERCENT.test(text.slice(after, after + 3)) &&
          !FIGURE_AFTER.test(text.slice(after, after + 10)) &&
          (spacedVersion ||
            chunk.includes(".") ||
            /^\d{1,2}$/.test(chunk) ||
            nextIsSize(text, after) ||
            nextIsSuffix(text, after, lex));
      else ok = true;
      if (ok) {
        version = chunk;
        versionSep = sep;
      }
    } else if (VERSION.test(chunk) && sep === "-") ok = true;
    // `Claude Opus 4.5`, `Claude Sonnet 4`: the version after a spaced variant word; `MiniCPM-V
    // 2.6`: a dotted version after a glued one
    else if (
      VERSION.test(chunk) &&
      version === null &&
      sep === " " &&
      (spacedWord ? chunk.includes(".") || /^\d{1,2}$/.test(chunk) : parts > 0 && /^\d\.\d$/.test(chunk)) &&
      !PERCENT.test(text.slice(after, after + 3)) &&
      !FIGURE_AFTER.test(text.slice(after, after + 10))
    ) {
      ok = true;
      version = chunk;
      versionSep = sep;
    } else if (lex.modelSuffixWords.has(chunk)) {
      if (sep === " ") ok = /^\p{Lu}/u.test(chunk) && chunk.length > 1;
      else ok = sep !== "" || parts > 0 ? sep !== "" : false;
    } else if (sep === "-" && /^[A-Z]$/.test(chunk) && parts === 0) ok = true;
    // `GPT-4V`: one capital glued to the version names a variant
    else if (sep === "" && /^[A-Z]$/.test(chunk) && parts === 0 && /\d/.test(text[pos - 1] ?? "")) ok = true;
    // `Qwen-Image`, `YOLO-World`, `GPT-Image-1`: a capitalised word glued to the family names a
    // variant, unless it describes (`CLIP-Guided`, `BERT-Based`, `CLIP-Score`); such a name may be
    // one a paper coins (`SAM-Sode`, a framework), so it is marked `worded` for its paper to type
    else if (
      allowWorded &&
      sep === "-" &&
      (parts === 0 || lastWorded) &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(chunk) &&
      !DESCRIBING_WORD.test(chunk) &&
      !lex.measureNouns.has(chunk.toLowerCase())
    ) {
      ok = true;
      wordedPart = true;
      worded = true;
    }
    // `Kimi K2`, `Kimi-K2`: a capital and a digit after the family name a release
    else if ((sep === "-" || (sep === " " && parts === 0)) && /^\p{Lu}\d(?:\.\d+)?$/u.test(chunk)) {
      ok = true;
      if (version === null) {
        version = chunk;
        versionSep = sep;
      }
    }
    // `Hunyuan3D`: a dimension glued to the family names its 3D model
    else if (sep === "" && parts === 0 && /^[2-4]D$/.test(chunk)) {
      ok = true;
      shaped = true;
    }
    // a coined variant name (`LLaVA-OneVision`, `LLaVA-NeXT`, `Qwen-VL`): inner capitals or all caps
    else if (sep === "-" && /^\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}{1,4}$)/u.test(chunk)) ok = true;
    // `DeepSeek-R1-Distill-LLaMA-8B`: a known model's name inside a distilled model's
    else if (sep === "-" && parts > 0 && lex.byKey.get(`model:${slugKey(chunk)}`)?.aliases.includes(chunk))
      ok = true;
    // `Aya-Expanse-8B`, `Mistral-Nemo-12B`, `Phi-4-Multimodal-Instruct`: a capitalised word between
    // the family and a parameter count in billions or a variant word (`FLUX-Reason-6M` counts
    // samples: a data set)
    else if (
      sep === "-" &&
      /^\p{Lu}\p{Ll}+$/u.test(chunk) &&
      (BILLIONS_NEXT.test(text.slice(after, after + 10)) || nextIsSuffix(text, after, lex))
    )
      ok = true;
    if (!ok) break;
    lastWorded = worded;
    spacedWord = sep === " " && lex.modelSuffixWords.has(chunk);
    if (
      SIZE.test(chunk) ||
      VERSION.test(chunk) ||
      chunk === version ||
      (sep === "-" && SIZE_VARIANT.test(chunk))
    )
      shaped = true;
    pos = after;
    parts++;
  }
  return { end: pos, version, versionSep, shaped, worded: wordedPart };
}

function nextIsSize(text: string, at: number): boolean {
  const m = /^[- ](\d+(?:\.\d+)?[BbMm])(?![\p{L}\p{N}])/u.exec(text.slice(at, at + 12));
  return m !== null;
}

/** `Llama 2-Chat`: a spaced version is the model's when a variant word is glued to it. */
function nextIsSuffix(text: string, at: number, lex: Lexicons): boolean {
  const m = /^-([A-Za-z]+)(?![\p{L}\p{N}])/u.exec(text.slice(at, at + 14));
  return m !== null && lex.modelSuffixWords.has(m[1]!);
}
