import { appendFileSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { StoredCorpusRecord } from "@paperkg/extractor";
import { describe, expect, it } from "vitest";
import { FileCorpusPassStore } from "./FileCorpusPassStore.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

/** Loaded records as plain `{ meta, out }` objects (a loaded one reads its fields from the file). */
const plain = (records: Map<string, StoredCorpusRecord> | undefined) =>
  records && new Map([...records].map(([id, r]) => [id, { meta: r.meta, out: r.out }]));
const rec = (n: number) => ({ meta: `{"n":${n}}`, out: `{"paper":{"id":"p${n}","title":"é\\u0009"}}` });

describe("FileCorpusPassStore", () => {
  const dir = tempDirs("corpus-pass");

  it("replays committed runs across instances: records replaced and removed", () => {
    const at = dir();
    const a = new FileCorpusPassStore(at);
    expect(a.load()).toBeUndefined();
    a.save(
      new Map([
        ["p1", rec(1)],
        ["p2", rec(2)],
        ["p3", rec(3)],
      ]),
      [],
    );
    a.save(new Map([["p2", rec(22)]]), ["p3"]);
    expect(plain(new FileCorpusPassStore(at).load())).toEqual(
      new Map([
        ["p1", rec(1)],
        ["p2", rec(22)],
      ]),
    );
  });

  it("ignores, and cuts off, the lines of a run that never committed", () => {
    const at = dir();
    const a = new FileCorpusPassStore(at);
    a.load();
    a.save(new Map([["p1", rec(1)]]), []);
    // a run killed while appending: a whole record and a torn one, no commit line
    appendFileSync(join(at, "corpus-pass.tsv"), `p1\t${rec(9).meta}\t${rec(9).out}\np2\t{"n"`);
    const b = new FileCorpusPassStore(at);
    expect(plain(b.load())).toEqual(new Map([["p1", rec(1)]]));
    b.save(new Map([["p3", rec(3)]]), []);
    expect(plain(new FileCorpusPassStore(at).load())).toEqual(
      new Map([
        ["p1", rec(1)],
        ["p3", rec(3)],
      ]),
    );
  });

  it("rewrites the file once it holds mostly replaced lines", () => {
    const at = dir();
    const a = new FileCorpusPassStore(at);
    a.load();
    for (let i = 0; i < 6; i++) a.save(new Map([["p1", rec(i)]]), []);
    const lines = readFileSync(join(at, "corpus-pass.tsv"), "utf8").split("\n").filter(Boolean);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(plain(new FileCorpusPassStore(at).load())).toEqual(new Map([["p1", rec(5)]]));
  });

  it("keeps every record of a whole-pass save when the same store then saves a day's changes", () => {
    const at = dir();
    const a = new FileCorpusPassStore(at);
    a.save(
      new Map([
        ["p1", rec(1)],
        ["p2", rec(2)],
      ]),
      [],
      { all: true },
    );
    a.save(new Map([["p3", rec(3)]]), ["p1"]);
    expect(plain(new FileCorpusPassStore(at).load())).toEqual(
      new Map([
        ["p2", rec(2)],
        ["p3", rec(3)],
      ]),
    );
  });

  it("names each save's records: a load reports the token of the save it replays", () => {
    const at = dir();
    const a = new FileCorpusPassStore(at);
    a.save(new Map([["p1", rec(1)]]), [], { all: true });
    const first = a.savedCommit;
    const b = new FileCorpusPassStore(at);
    b.load();
    expect(b.loadedCommit).toBe(first);
    b.save(new Map([["p2", rec(2)]]), []);
    expect(b.savedCommit).not.toBe(first);
    const c = new FileCorpusPassStore(at);
    c.load();
    expect(c.loadedCommit).toBe(b.savedCommit);
    // a save cut short before its commit line: the last complete one is what a load names
    appendFileSync(join(at, "corpus-pass.tsv"), `p3\t${rec(3).meta}\t${rec(3).out}\n`);
    const d = new FileCorpusPassStore(at);
    d.load();
    expect(d.loadedCommit).toBe(b.savedCommit);
  });

  it("reads a loaded record's result from the version it loaded, after later saves append or rewrite the file", () => {
    const at = dir();
    new FileCorpusPassStore(at).save(
      new Map([
        ["p1", rec(1)],
        ["p2", rec(2)],
      ]),
      [],
      { all: true },
    );
    const a = new FileCorpusPassStore(at);
    const loaded = a.load()!;
    a.save(new Map([["p3", rec(3)]]), []);
    expect(loaded.get("p1")!.out).toBe(rec(1).out);
    // replacing every record makes the file more than twice the live lines: rewritten, renamed over
    const file = join(at, "corpus-pass.tsv");
    const version = statSync(file).ino;
    const b = new FileCorpusPassStore(at);
    b.load();
    for (let i = 0; i < 8; i++) b.save(new Map([["p2", rec(20 + i)]]), []);
    expect(statSync(file).ino, "a rewrite renamed a new file over the loaded one").not.toBe(version);
    expect(loaded.get("p1")!.out).toBe(rec(1).out);
    expect(loaded.get("p2")!.out).toBe(rec(2).out);
  });

  it("gives the aggregate saved with the records a load returned, and none for other records or damaged bytes", () => {
    const at = dir();
    const bytes = (n: number) => Buffer.from(Uint8Array.from({ length: 40 }, (_x, i) => (i * n) % 251));
    const a = new FileCorpusPassStore(at);
    a.save(new Map([["p1", rec(1)]]), [], { all: true, aggregate: () => bytes(3) });
    const b = new FileCorpusPassStore(at);
    b.load();
    expect(b.loadAggregate()).toEqual(bytes(3));
    b.save(new Map([["p2", rec(2)]]), [], { aggregate: () => bytes(5) });
    const c = new FileCorpusPassStore(at);
    c.load();
    expect(c.loadAggregate()).toEqual(bytes(5));
    // a run killed after saving its records, before their aggregate: the older one is not theirs
    c.save(new Map([["p3", rec(3)]]), []);
    const d = new FileCorpusPassStore(at);
    d.load();
    expect(d.loadAggregate()).toBeUndefined();
    d.save(new Map([["p3", rec(4)]]), [], { aggregate: () => bytes(7) });
    const path = join(at, "corpus-aggregate.bin");
    const saved = readFileSync(path);
    const loadAggregate = () => {
      const e = new FileCorpusPassStore(at);
      e.load();
      return e.loadAggregate();
    };
    expect(loadAggregate()).toEqual(bytes(7));
    // one byte of the payload changed, or the payload cut short
    const flipped = Buffer.from(saved);
    flipped[flipped.length - 3]! ^= 1;
    writeFileSync(path, flipped);
    expect(loadAggregate()).toBeUndefined();
    writeFileSync(path, saved.subarray(0, saved.length - 1));
    expect(loadAggregate()).toBeUndefined();
    // the head's record count not that of the records
    const head = saved.toString("latin1", 0, saved.indexOf(0x0a)).split("\t");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([head[0], head[1], "9", head[3]].join("\t")),
        saved.subarray(saved.indexOf(0x0a)),
      ]),
    );
    expect(loadAggregate()).toBeUndefined();
    writeFileSync(path, saved);
    expect(loadAggregate()).toEqual(bytes(7));
  });
});
