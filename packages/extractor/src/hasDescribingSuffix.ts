import type { Lexicons } from "./loadLexicons.ts";

/**
 * `LVLM-Based`, `GPT-style`, `TrueSkill-derived`: a word glued by a hyphen to a describing word
 * (`cues.json` describingSuffixes) is a modifier that says how or of what kind, not a name.
 */
export function hasDescribingSuffix(name: string, lex: Lexicons): boolean {
  const dash = name.lastIndexOf("-");
  return dash !== -1 && lex.describingSuffixes.has(name.slice(dash + 1).toLowerCase());
}
