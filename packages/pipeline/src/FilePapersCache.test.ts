import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PaperNode } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { FilePapersCache } from "./FilePapersCache.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

const nodes: PaperNode[] = [
  {
    id: "2401.00001",
    title: "LoRA: Low-Rank Adaptation — revisited\n(again)",
    abstract: 'We fine-tune "large" models with LoRA. 日本語 and emoji 🚀 too.',
    published: "2024-01-02",
    dateText: null,
    authors: ["A. Author", "B. Author"],
    authorsCount: 2,
    upvotes: 17,
    organization: "Some Lab",
    arxivId: "2401.00001",
    categories: ["cs.CL", "cs.LG"],
    comment: "Accepted to ACL 2025; 12 pages",
    codeUrl: "https://github.com/x/lora",
    codeUrls: ["https://github.com/x/lora"],
    sources: ["data/a.txt:12", "c:/odd:name.jsonl:3"],
  },
  {
    id: "a-title-only-paper",
    title: "A title only paper",
    abstract: "An abstract.",
    published: null,
    dateText: "spring 2024",
    authors: [],
    authorsCount: null,
    upvotes: null,
    organization: null,
    arxivId: null,
    categories: [],
    comment: null,
    codeUrl: null,
    codeUrls: [],
    sources: ["b.jsonl:1"],
  },
];

describe("FilePapersCache", () => {
  const dir = tempDirs("papers");

  it("prepare writes what save writes, in place only once committed; discarded, it leaves no file", async () => {
    const saved = dir();
    new FilePapersCache(saved).save("nonce-1", nodes);
    const at = dir();
    const cache = new FilePapersCache(at);
    cache.save("nonce-0", nodes.slice(1));
    const before = readFileSync(join(at, "papers.jsonl"));
    const file = await cache.prepare("nonce-1", nodes);
    expect(readFileSync(join(at, "papers.jsonl"))).toEqual(before);
    file.commit();
    expect(readFileSync(join(at, "papers.jsonl"))).toEqual(readFileSync(join(saved, "papers.jsonl")));
    expect(readdirSync(at)).toEqual(["papers.jsonl"]);
    (await cache.prepare("nonce-2", nodes)).discard();
    expect(readdirSync(at)).toEqual(["papers.jsonl"]);
    expect(cache.load("nonce-1")).toHaveLength(2);
  });

  it("gives back the papers the named snapshot stored, as read back from their nodes", () => {
    const at = dir();
    new FilePapersCache(at).save("nonce-1", nodes);
    expect(new FilePapersCache(at).load("nonce-1")).toEqual([
      {
        id: "2401.00001",
        title: "LoRA: Low-Rank Adaptation — revisited\n(again)",
        abstract: 'We fine-tune "large" models with LoRA. 日本語 and emoji 🚀 too.',
        authors: ["A. Author", "B. Author"],
        authorsCount: 2,
        published: "2024-01-02",
        upvotes: 17,
        organization: "Some Lab",
        arxivId: "2401.00001",
        categories: ["cs.CL", "cs.LG"],
        comment: "Accepted to ACL 2025; 12 pages",
        codeUrls: ["https://github.com/x/lora"],
        sources: [
          { file: "data/a.txt", line: 12 },
          { file: "c:/odd:name.jsonl", line: 3 },
        ],
      },
      {
        id: "a-title-only-paper",
        title: "A title only paper",
        abstract: "An abstract.",
        dateText: "spring 2024",
        codeUrls: [],
        sources: [{ file: "b.jsonl", line: 1 }],
      },
    ]);
    new FilePapersCache(at).save("nonce-2", []);
    expect(new FilePapersCache(at).load("nonce-2")).toEqual([]);
  });

  it("is no cache for another snapshot, none at all, or a file cut short, lengthened or damaged", () => {
    const at = dir();
    const cache = new FilePapersCache(at);
    expect(cache.load("nonce-1")).toBeUndefined();
    cache.save("nonce-1", nodes);
    expect(cache.load("nonce-2")).toBeUndefined();
    expect(cache.load(null)).toBeUndefined();
    const path = join(at, "papers.jsonl");
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.slice(0, text.length - 10));
    expect(cache.load("nonce-1")).toBeUndefined();
    writeFileSync(path, text.slice(0, text.indexOf("\n")));
    expect(cache.load("nonce-1")).toBeUndefined();
    writeFileSync(path, `${text}${text.split("\n")[1]}\n`);
    expect(cache.load("nonce-1")).toBeUndefined();
    // same length, one letter changed: only the checksum tells
    writeFileSync(path, text.replace("An abstract.", "An abstrakt."));
    expect(cache.load("nonce-1")).toBeUndefined();
    writeFileSync(path, text.replace('"version":2', '"version":3'));
    expect(cache.load("nonce-1")).toBeUndefined();
    writeFileSync(path, "not json\n");
    expect(cache.load("nonce-1")).toBeUndefined();
    writeFileSync(path, text);
    expect(cache.load("nonce-1")).toHaveLength(2);
  });

  it("saving after a load writes the same bytes as saving afresh, lines kept, changed and new alike", () => {
    const at = dir();
    const cache = new FilePapersCache(at);
    cache.save("nonce-1", nodes);
    expect(cache.load("nonce-1")).toHaveLength(2);
    const added: PaperNode = { ...nodes[1]!, id: "another-paper", sources: ["c.jsonl:9"] };
    const next = [{ ...nodes[0]!, authors: ["A. Author"] }, nodes[1]!, added];
    cache.save("nonce-2", next);
    const reused = readFileSync(join(at, "papers.jsonl"), "utf8");
    const fresh = dir();
    new FilePapersCache(fresh).save("nonce-2", next);
    expect(reused).toBe(readFileSync(join(fresh, "papers.jsonl"), "utf8"));
    expect(new FilePapersCache(at).load("nonce-2")?.map((p) => p.authors)).toEqual([
      ["A. Author"],
      undefined,
      undefined,
    ]);
  });

  it("gives back each paper's title key as saved, none when other code made the keys, and loads a version 1 file without keys", () => {
    const at = dir();
    const cache = new FilePapersCache(at);
    cache.save("nonce-1", nodes);
    expect(cache.titleKey("2401.00001")).toBeUndefined(); // nothing loaded yet
    expect(cache.load("nonce-1")).toHaveLength(2);
    expect(cache.titleKey("2401.00001")).toBe("lora low rank adaptation revisited again");
    expect(cache.titleKey("a-title-only-paper")).toBe("a title only paper");
    expect(cache.titleKey("not-stored")).toBeUndefined();

    const path = join(at, "papers.jsonl");
    const text = readFileSync(path, "utf8");
    const [head, ...rest] = text.split("\n");
    const header = JSON.parse(head!);
    writeFileSync(path, `${JSON.stringify({ ...header, keys: "other code" })}\n${rest.join("\n")}`);
    expect(cache.load("nonce-1")).toHaveLength(2);
    expect(cache.titleKey("2401.00001")).toBeUndefined();
    // saved after that load, every line is written afresh (keys made by this code)
    cache.save("nonce-2", nodes);
    const fresh = dir();
    new FilePapersCache(fresh).save("nonce-2", nodes);
    expect(readFileSync(path, "utf8")).toBe(readFileSync(join(fresh, "papers.jsonl"), "utf8"));

    // a version 1 file: the node's fields only
    const body = rest
      .filter((l) => l !== "")
      .map((l) => `${JSON.stringify(JSON.parse(l).slice(0, -1))}\n`)
      .join("");
    const sha1 = createHash("sha1").update(body).digest("hex");
    const v1 = { version: 1, snapshot: "nonce-1", papers: 2, bytes: Buffer.byteLength(body), sha1 };
    writeFileSync(path, `${JSON.stringify(v1)}\n${body}`);
    expect(cache.load("nonce-1")).toEqual(new FilePapersCache(fresh).load("nonce-2"));
    expect(cache.titleKey("2401.00001")).toBeUndefined();
  });

  it("keeps nothing when the snapshot has no nonce", () => {
    const at = dir();
    const cache = new FilePapersCache(at);
    cache.save("nonce-1", nodes);
    cache.save(null, nodes);
    expect(cache.load("nonce-1")).toBeUndefined();
  });
});
