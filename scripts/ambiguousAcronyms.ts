/**
 * Acronyms the corpus defines with different meanings (`BC` = behavior cloning, breast cancer,
 * block compression): every `long form (ACR)` definition in the corpus, grouped by acronym and by
 * the meaning of its long form (`longFormKey`: spelling variants are one meaning). Prints how many
 * acronyms have two or more meanings, each defined in at least `--min` papers (default 2), and the
 * top offenders with their long forms and paper counts.
 * With `--links`, the papers using the top offenders are extracted as one corpus and the entity
 * each such paper links the acronym to is printed, so a merge of meanings shows as one id with
 * several long forms.
 * `--only BC,SD` looks at those acronyms only.
 * Usage: pnpm exec tsx scripts/ambiguousAcronyms.ts [--top 25] [--min 2] [--links] [--only A,B] [corpus-path]
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { extractPapers, findAcronymDefinitions, longFormKey, type PaperText } from "@paperkg/extractor";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const TOP = flag("--top", 25);
const MIN = flag("--min", 2);
const onlyAt = args.indexOf("--only");
const ONLY = onlyAt >= 0 ? new Set(args[onlyAt + 1]!.split(",")) : null;
const path =
  args.find((a, i) => !a.startsWith("--") && !/^--(?:top|min|only)$/.test(args[i - 1] ?? "")) ??
  "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";

const papers: PaperText[] = [];
const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()) });
for await (const line of lines) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as PaperText;
  papers.push({ id: r.id, title: r.title, abstract: r.abstract });
}

/** `map.get(key)`, set to `make()` first when absent. */
function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** acronym → meaning key → { spellings with counts, papers } */
const meanings = new Map<string, Map<string, { spellings: Map<string, number>; papers: Set<string> }>>();
const definedIn = new Map<string, Map<string, string>>();
for (const p of papers) {
  for (const text of [p.title, p.abstract]) {
    for (const d of findAcronymDefinitions(text)) {
      const short = d.short.replace(/(?<=\p{Lu})s$/u, "");
      const key = longFormKey(d.long);
      const byKey = getOr(meanings, short, () => new Map());
      const m = getOr(byKey, key, () => ({
        spellings: new Map<string, number>(),
        papers: new Set<string>(),
      }));
      m.spellings.set(d.long, (m.spellings.get(d.long) ?? 0) + 1);
      m.papers.add(p.id);
      const own = getOr(definedIn, p.id, () => new Map<string, string>());
      if (!own.has(short)) own.set(short, key);
    }
  }
}

const ambiguous = [...meanings]
  .map(([short, byKey]) => ({
    short,
    senses: [...byKey.values()]
      .filter((m) => m.papers.size >= MIN)
      .sort((a, b) => b.papers.size - a.papers.size),
  }))
  .filter((a) => a.senses.length >= 2 && (ONLY === null || ONLY.has(a.short)))
  .map((a) => ({ ...a, papers: a.senses.reduce((n, s) => n + s.papers.size, 0) }))
  .sort((a, b) => b.senses.length - a.senses.length || b.papers - a.papers || (a.short < b.short ? -1 : 1));

const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
process.stdout.write(
  `${papers.length} papers, ${meanings.size} acronyms defined; ${ambiguous.length} with two or more meanings ` +
    `defined in >= ${MIN} papers each (${ambiguous.reduce((n, a) => n + a.papers, 0)} defining papers)\n`,
);
for (const a of ambiguous.slice(0, TOP)) {
  const senses = a.senses
    .slice(0, 6)
    .map((s) => `${top(s.spellings)} (${s.papers.size})`)
    .join("; ");
  process.stdout.write(`  ${a.short.padEnd(8)} ${a.senses.length} meanings: ${senses}\n`);
}

if (args.includes("--links")) {
  const shorts = new Set(ambiguous.slice(0, TOP).map((a) => a.short));
  const word = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...shorts].join("|")})s?(?![\\p{L}\\p{N}])`, "u");
  const using = papers.filter((p) => word.test(p.title) || word.test(p.abstract));
  const out = await extractPapers(using, { workers: 2 });
  /** acronym → entity id → { names, papers, own meanings of the papers that define it } */
  const links = new Map<string, Map<string, { name: string; papers: number; senses: Map<string, number> }>>();
  for (const x of out) {
    for (const e of x.entities) {
      const shortsHere = new Set(
        e.mentions.map((m) => m.text.replace(/(?<=\p{Lu})s$/u, "")).filter((t) => shorts.has(t)),
      );
      for (const s of shortsHere) {
        const byId = getOr(links, s, () => new Map());
        const l = getOr(byId, e.id, () => ({ name: e.name, papers: 0, senses: new Map<string, number>() }));
        l.papers++;
        const own = definedIn.get(x.paper.id)?.get(s) ?? "(undefined)";
        l.senses.set(own, (l.senses.get(own) ?? 0) + 1);
      }
    }
  }
  process.stdout.write(`\nLinks of the top ${shorts.size} (${using.length} papers using them, one corpus)\n`);
  for (const a of ambiguous.slice(0, TOP)) {
    const byId = [...(links.get(a.short) ?? [])].sort((x, y) => y[1].papers - x[1].papers);
    for (const [id, l] of byId.slice(0, 6)) {
      const senses = [...l.senses].sort((x, y) => y[1] - x[1]);
      const mixed = senses.filter(([k]) => k !== "(undefined)").length > 1 ? "  MIXED" : "";
      process.stdout.write(
        `  ${a.short.padEnd(8)} ${id} "${l.name}" ${l.papers} papers; own definitions: ${senses
          .slice(0, 4)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ")}${mixed}\n`,
      );
    }
  }
}
