import { appendFileSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileCorpusPassStore } from "./FileCorpusPassStore.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

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
    expect(new FileCorpusPassStore(at).load()).toEqual(
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
    expect(b.load()).toEqual(new Map([["p1", rec(1)]]));
    b.save(new Map([["p3", rec(3)]]), []);
    expect(new FileCorpusPassStore(at).load()).toEqual(
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
    expect(new FileCorpusPassStore(at).load()).toEqual(new Map([["p1", rec(5)]]));
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
    expect(new FileCorpusPassStore(at).load()).toEqual(
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
});
