import type { Lexicons } from "./loadLexicons.ts";

const CHUNK = /([-_ /])?([A-Za-z0-9]+(?:\.[0-9]+[A-Za-z]*)*)/y;
const SIZE = /^(?:\d+(?:\.\d+)?[BbMmKkTt]|\d+x\d+[Bb]|[AaEe]\d+[Bb])$/;
/** `2.5`, `v2`, `4o`, and a vision variant's capital V glued to the version (`GLM-4.5V`, `GLM-4V`). */
const VERSION = /^v?\d+(?:\.\d+)*[a-zV]?$/;
const BILLIONS_NEXT = /^-\d+(?:\.\d+)?[Bb](?![\p{L}\p{N}])/u;
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
}

/**
 * Extends a model family name found at `[start, end)` over its variant suffix:
 * `Qwen` → `Qwen2.5-7B-Instruct`, `GPT` → `GPT-4o-mini`, `ViT` → `ViT-H/14`, `Claude` → `Claude 3.5 Sonnet`,
 * `LLaVA` → `LLaVA-OneVision`.
 */
export function extendModelName(
  text: string,
  end: number,
  lex: Lexicons,
  spacedVersion: boolean,
): ModelExtension {
  let pos = end;
  let version: string | null = null;
  let versionSep = "";
  let shaped = false;
  let parts = 0;
  while (parts < 8) {
    CHUNK.lastIndex = pos;
    const m = CHUNK.exec(text);
    if (!m) break;
    const sep = m[1] ?? "";
    const chunk = m[2]!;
    const after = pos + m[0].length;
    if (/[\p{L}\p{N}]/u.test(text[after] ?? "")) break;
    let ok = false;
    if (sep === "/") ok = parts > 0 && /^\d+$/.test(chunk);
    else if (SIZE.test(chunk) && sep !== "_") ok = true;
    else if (VERSION.test(chunk) && version === null && parts === 0) {
      // `Gemma 3`, `Llama 2-Chat`, `Qwen 2.5`: a spaced version is the model's; a long number
      // (`GPT 2024`) or a percentage (`Codex 5%`, `Gemini 21.4\%`) is not
      if (sep === " ")
        ok =
          !PERCENT.test(text.slice(after, after + 3)) &&
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
    else if (lex.modelSuffixWords.has(chunk)) {
      if (sep === " ") ok = /^\p{Lu}/u.test(chunk) && chunk.length > 1;
      else ok = sep !== "" || parts > 0 ? sep !== "" : false;
    } else if (sep === "-" && /^[A-Z]$/.test(chunk) && parts === 0) ok = true;
    // `GPT-4V`: one capital glued to the version names a variant
    else if (sep === "" && /^[A-Z]$/.test(chunk) && parts === 0 && /\d/.test(text[pos - 1] ?? "")) ok = true;
    // a coined variant name (`LLaVA-OneVision`, `LLaVA-NeXT`, `Qwen-VL`): inner capitals or all caps
    else if (sep === "-" && /^\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}{1,4}$)/u.test(chunk)) ok = true;
    // `Aya-Expanse-8B`, `Mistral-Nemo-12B`: a capitalised word between the family and a parameter
    // count in billions (`FLUX-Reason-6M` counts samples: a data set)
    else if (
      sep === "-" &&
      /^\p{Lu}\p{Ll}+$/u.test(chunk) &&
      BILLIONS_NEXT.test(text.slice(after, after + 10))
    )
      ok = true;
    if (!ok) break;
    if (SIZE.test(chunk) || VERSION.test(chunk)) shaped = true;
    pos = after;
    parts++;
  }
  return { end: pos, version, versionSep, shaped };
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
