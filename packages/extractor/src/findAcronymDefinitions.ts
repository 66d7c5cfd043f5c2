/**
 * Acronym definitions `long form (ACR)` — the Schwartz & Hearst algorithm: walk the short form's
 * characters right to left and find each in the long form, the first one at a word start.
 * Reference: A. Schwartz, M. Hearst, "A simple algorithm for identifying abbreviation definitions
 * in biomedical text", PSB 2003. https://psb.stanford.edu/psb-online/proceedings/psb03/schwartz.pdf
 */
export interface AcronymDefinition {
  short: string;
  shortStart: number;
  shortEnd: number;
  long: string;
  longStart: number;
  longEnd: number;
}

const PAREN = /\(([^()]{2,16})\)/g;
const SHORT_FORM = /^[\p{L}\d][\p{L}\d\-+.&/]*$/u;

/** All definitions in `text`, in order; linear in the text length (each window is bounded). */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m !== null; m = PAREN.exec(text)) {
    let short = m[1]!.trim();
    // `(GRPO; Shao et al.)`, `(RLHF, ...)`: the acronym is the first item
    short = short.split(/[;,]/)[0]!.trim();
    if (!SHORT_FORM.test(short)) continue;
    const letters = short.replace(/[^\p{L}\d]/gu, "");
    const upper = short.replace(/[^\p{Lu}]/gu, "").length;
    if (letters.length < 2 || letters.length > 10 || upper < 2 || /^\d+$/.test(letters)) continue;
    const shortStart = m.index + 1 + m[1]!.indexOf(short);
    const windowStart = Math.max(0, m.index - 160);
    const before = text.slice(windowStart, m.index);
    // the long form ends right before the parenthesis and stays inside its clause
    const clauseCut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "), before.lastIndexOf(": "));
    const clause = before.slice(clauseCut >= 0 ? clauseCut + 2 : 0);
    const base = short.replace(/s$/, "");
    // `S2P` = Supervised Self-Play: a 2 or 3 after a letter may repeat it
    const repeated = base.replace(/(\p{L})([23])/gu, (_m, l: string, n: string) => l.repeat(Number(n)));
    const long =
      (repeated !== base ? bestLongForm(repeated, clause.trimEnd()) : null) ??
      bestLongForm(base, clause.trimEnd());
    if (!long) continue;
    const longStart =
      windowStart + (clauseCut >= 0 ? clauseCut + 2 : 0) + clause.trimEnd().length - long.length;
    out.push({
      short,
      shortStart,
      shortEnd: shortStart + short.length,
      long,
      longStart,
      longEnd: longStart + long.length,
    });
  }
  return out;
}

function bestLongForm(short: string, clause: string): string | null {
  const words = clause.split(/\s+/).filter(Boolean);
  const maxWords = Math.min(words.length, Math.min(short.length + 5, short.length * 2));
  const candidate = words.slice(words.length - maxWords).join(" ");
  const s = short.toLowerCase();
  const l = candidate.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    if (!/[\p{L}\d]/u.test(c)) {
      si--;
      continue;
    }
    const from = li;
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\d]/u.test(l[li - 1]!)))) li--;
    if (li < 0 && /\d/.test(c)) {
      // `supervised self-play (S2P)`: a digit of the short form may stand for nothing
      li = from;
      si--;
      continue;
    }
    if (li < 0) return null;
    li--;
    si--;
  }
  const start = l.lastIndexOf(" ", li + 1) + 1;
  const long = candidate.slice(start).replace(/^[^\p{L}\d]+/u, "");
  if (long.length <= short.length || long.split(/\s+/).length > short.length + 5) return null;
  if (/[()[\]{}\\$]/.test(long)) return null;
  if (/\s(?:that|which|who|whose|both|is|are|was|were)\s/i.test(long)) return null;
  return long;
}
