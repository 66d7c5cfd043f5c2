import { classifyDailyPapersLine, looksLikeProse, splitGluedTitle } from "./classifyDailyPapersLine.ts";
import { type RawRecord, type ReadEvent, rejected } from "./RawRecord.ts";
import type { Line } from "./readLines.ts";

type Unit =
  | { kind: "text"; text: string; line: number }
  | {
      kind: "meta";
      line: number;
      authorsCount?: number;
      organization?: string;
      date?: string;
      upvotes?: number;
    }
  | { kind: "overflow"; line: number; bytes: number };

/**
 * Read a Hugging Face Daily-Papers page saved as text, in any of its three layouts: blank-line
 * separated title/abstract; the same with `• N authors` / organisation / `·` / date-and-upvotes
 * lines; one line per title and abstract with the first title glued to `Subscribe`.
 * Every title/abstract block becomes one record; boilerplate and the page date are skipped.
 */
export async function* readDailyPapersText(
  lines: AsyncIterable<Line>,
  file: string,
): AsyncGenerator<ReadEvent> {
  const { units, failure } = await toUnits(lines);
  let block: RawRecord | null = null;
  let closed = false;
  const startBlock = (u: Extract<Unit, { kind: "text" }>): RawRecord | null => {
    if (looksLikeProse(u.text)) return null;
    closed = false;
    return { file, line: u.line, title: u.text };
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === "overflow") {
      if (block) yield { type: "record", record: block };
      block = null;
      yield rejected(
        file,
        u.line,
        "too-large",
        `a ${u.bytes}-byte line is too long to be a title or abstract`,
      );
      continue;
    }
    if (u.kind === "meta") {
      if (block) {
        closed = true;
        if (u.authorsCount !== undefined) block.authorsCount = u.authorsCount;
        if (u.organization !== undefined) block.organization = u.organization;
        if (u.date !== undefined) block.date = u.date;
        if (u.upvotes !== undefined) block.upvotes = u.upvotes;
      }
      continue;
    }
    if (block && block.abstract === undefined && !closed && isAbstractOf(units, i)) {
      block.abstract = u.text;
      continue;
    }
    if (block) yield { type: "record", record: block };
    block = startBlock(u);
    if (!block) yield { type: "record", record: { file, line: u.line, abstract: u.text } };
  }
  if (block) yield { type: "record", record: block };
  if (failure !== undefined) throw failure;
}

/** Whether text unit `i`, following a title, is that title's abstract rather than the next title. */
function isAbstractOf(units: Unit[], i: number): boolean {
  const u = units[i] as Extract<Unit, { kind: "text" }>;
  if (looksLikeProse(u.text)) return true;
  const next = units[i + 1];
  // A title-like line followed by prose is the next paper's title: this block has no abstract.
  return !(next?.kind === "text" && looksLikeProse(next.text));
}

/** Lines → title/abstract/metadata units; a read failure is returned after what was read. */
async function toUnits(lines: AsyncIterable<Line>): Promise<{ units: Unit[]; failure?: unknown }> {
  const all: Line[] = [];
  let failure: unknown;
  try {
    for await (const l of lines) all.push(l);
  } catch (err) {
    failure = err;
  }
  const sample = all.slice(0, 60);
  const paragraphs = sample.filter((l) => l.text.trim() === "").length >= sample.length * 0.2;
  const units: Unit[] = [];
  let inHeader = true;
  let joinable = false;
  for (const l of all) {
    if (l.overflowBytes !== undefined) {
      units.push({ kind: "overflow", line: l.line, bytes: l.overflowBytes });
      joinable = false;
      continue;
    }
    const c = classifyDailyPapersLine(l.text);
    if (c.type === "text") {
      const text = inHeader ? splitGluedTitle(c.text) : c.text;
      inHeader = false;
      const last = units.at(-1);
      if (paragraphs && joinable && last?.kind === "text") last.text = `${last.text} ${text}`;
      else units.push({ kind: "text", text, line: l.line });
      joinable = true;
      continue;
    }
    joinable = false;
    if (c.type === "blank" || c.type === "boilerplate") continue;
    if (inHeader) continue; // the page's own date
    if (c.type === "authors") units.push({ kind: "meta", line: l.line, authorsCount: c.count });
    else if (c.type === "date") units.push({ kind: "meta", line: l.line, date: c.date, upvotes: c.upvotes });
    else {
      // `·` follows the authors line or an organisation line; the latter reads as plain text.
      const last = units.at(-1);
      const before = units.at(-2);
      if (
        last?.kind === "text" &&
        before?.kind === "text" &&
        !looksLikeProse(last.text) &&
        last.text.length <= 120
      ) {
        units[units.length - 1] = {
          kind: "meta",
          line: last.line,
          organization: tidyOrganization(last.text),
        };
      }
    }
  }
  return { units, failure };
}

/** `tencent Tencent` (avatar name + display name) → `Tencent`. */
function tidyOrganization(text: string): string {
  const words = text.split(/\s+/);
  const half = words.length / 2;
  if (Number.isInteger(half)) {
    const a = words.slice(0, half).join(" ");
    const b = words.slice(half).join(" ");
    if (a.toLowerCase() === b.toLowerCase()) return b;
  }
  return text;
}
