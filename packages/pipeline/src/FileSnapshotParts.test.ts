import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileSnapshotParts } from "./FileSnapshotParts.ts";
import { tempDirs } from "./tempDirs.testSupport.ts";

describe("FileSnapshotParts", () => {
  const dir = tempDirs("snapshot-parts");

  it("gives the parts only for the records' commit they were saved under, replaying changes and removals", () => {
    const at = dir();
    new FileSnapshotParts(at).save(
      "c1",
      new Map([
        ["p1", "[1]"],
        ["p2", "[2]"],
      ]),
      [],
      { all: true },
    );
    const a = new FileSnapshotParts(at);
    expect(a.load("c0")).toBeUndefined();
    expect(a.load("c1")).toEqual(
      new Map([
        ["p1", "[1]"],
        ["p2", "[2]"],
      ]),
    );
    a.save("c2", new Map([["p3", "[3]"]]), ["p1"]);
    expect(new FileSnapshotParts(at).load("c1")).toBeUndefined();
    expect(new FileSnapshotParts(at).load("c2")).toEqual(
      new Map([
        ["p2", "[2]"],
        ["p3", "[3]"],
      ]),
    );
  });

  it("drops the lines of a save cut short before its commit, and starts afresh without loaded parts", () => {
    const at = dir();
    new FileSnapshotParts(at).save("c1", new Map([["p1", "[1]"]]), [], { all: true });
    appendFileSync(join(at, "snapshot-parts.tsv"), "p1\t[torn");
    const a = new FileSnapshotParts(at);
    expect(a.load("c1")).toEqual(new Map([["p1", "[1]"]]));
    a.save("c2", new Map([["p2", "[2]"]]), []);
    expect(new FileSnapshotParts(at).load("c2")).toEqual(
      new Map([
        ["p1", "[1]"],
        ["p2", "[2]"],
      ]),
    );
    // a store that loaded nothing valid writes only what it is given
    const b = new FileSnapshotParts(at);
    expect(b.load("another")).toBeUndefined();
    b.save("c3", new Map([["p9", "[9]"]]), []);
    expect(new FileSnapshotParts(at).load("c3")).toEqual(new Map([["p9", "[9]"]]));
    expect(readFileSync(join(at, "snapshot-parts.tsv"), "utf8")).toBe("p9\t[9]\n#commit\tc3\n");
  });
});
