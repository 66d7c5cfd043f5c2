/**
 * Regenerates src/lexicons/vocabulary.json from the shared corpus (run from the repo root):
 *   pnpm exec tsx packages/extractor/scripts/mine-vocabulary.ts [sampleSize]
 */
import { createReadStream, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { mineVocabulary } from "../src/mineVocabulary.ts";

const CORPUS = "../shared/data/corpus/arxiv_ml_abstracts.jsonl.gz";
const sample = Number(process.argv[2] ?? 16_000);
const every = Math.max(1, Math.floor(68_667 / sample));
const abstracts: string[] = [];
let n = 0;
for await (const line of createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()) })) {
  if (n++ % every === 0 && line.trim())
    abstracts.push(`${JSON.parse(line).title}. ${JSON.parse(line).abstract}`);
}
const t0 = performance.now();
const rows = mineVocabulary(abstracts, {
  minDocs: Math.max(5, Math.round(abstracts.length / 2000)),
  maxWords: 4,
});
const out = {
  description:
    "Concept and task phrases mined once with compromise from a sample of the corpus (scripts/mine-vocabulary.ts): [type, canonical, ...surface variants].",
  source: `${abstracts.length} abstracts of ${CORPUS}, every ${every}th`,
  phrases: rows,
};
const json = `{\n  "description": ${JSON.stringify(out.description)},\n  "source": ${JSON.stringify(out.source)},\n  "phrases": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(",\n")}\n  ]\n}\n`;
writeFileSync(new URL("../src/lexicons/vocabulary.json", import.meta.url), json);
process.stderr.write(
  `mined ${rows.length} phrases from ${abstracts.length} abstracts in ${Math.round(performance.now() - t0)} ms\n`,
);
