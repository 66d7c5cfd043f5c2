/**
 * The matches a global regex `re` finds in `text` one after the other (`re.exec` from the end of
 * the last match), without trying it at every position: `re` is tried, sticky, only at positions
 * from which a match can start, near the places a cheap `anchor` pattern finds. The caller
 * guarantees that every match of `re` contains, at or after its start, an occurrence of `anchor`
 * with at most `spaces` space characters (U+0020) between the match's start and the anchor's.
 * A position more than `spaces` spaces before the next anchor cannot start a match, so it is
 * skipped; every other position is tried in order, as `exec` would try it: same matches, same order.
 * `re` must carry the `g` and `u` flags, `anchor` the `g` flag.
 */
export function anchoredMatches(re: RegExp, anchor: RegExp, spaces: number, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sticky = stickyOf(re);
  let pos = 0;
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a !== null; a = anchor.exec(text)) {
    const at = a.index;
    if (at >= pos) {
      // the first position after the (spaces + 1)-th space before the anchor
      let from = at;
      let seen = 0;
      while (from > pos && seen <= spaces) {
        if (text.charCodeAt(from - 1) === 32) seen++;
        if (seen <= spaces) from--;
      }
      let next = at + 1;
      for (let p = Math.max(from, pos); p <= at; p++) {
        // never inside a surrogate pair, where a `u` regex does not start
        if (p > 0 && isLowSurrogate(text.charCodeAt(p)) && isHighSurrogate(text.charCodeAt(p - 1))) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m === null) continue;
        out.push(m);
        // as `exec` goes on: from the match's end, or one position on from an empty match
        next = m[0].length > 0 ? p + m[0].length : p + 1;
        break;
      }
      pos = next;
    }
    // anchors may overlap: the next one is looked for from the next position that can start a match
    anchor.lastIndex = Math.max(pos, at + 1);
  }
  return out;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const stickies = new WeakMap<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let s = stickies.get(re);
  if (!s) {
    s = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
    stickies.set(re, s);
  }
  return s;
}
