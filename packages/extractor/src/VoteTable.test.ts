import { describe, expect, it } from "vitest";
import { VoteTable } from "./VoteTable.ts";

describe("VoteTable", () => {
  // votes: `+v` adds one for v, `-v` takes one back
  const cases: [votes: string[], mode: string | undefined][] = [
    [["+a"], "a"],
    [["+a", "+a", "+a"], "a"],
    [["+bb", "+a", "+bb"], "bb"],
    // ties: the shortest, then the smallest string, whatever the order of the votes
    [["+bb", "+a"], "a"],
    [["+a", "+bb"], "a"],
    [["+b", "+a"], "a"],
    [["+b", "+a", "+a", "+b"], "a"],
    // taking back
    [["+a", "-a"], undefined],
    [["+a", "-b"], "a"],
    [["-a"], undefined],
    [["+a", "+b", "+b", "-b", "-b"], "a"],
    [["+a", "+b", "-a", "-b"], undefined],
    [["+a", "+a", "+bb", "-a"], "a"],
    [["+a", "+a", "+bb", "-a", "-a", "+a"], "a"],
  ];
  it.each(cases)("%j → %s", (votes, mode) => {
    const t = new VoteTable();
    for (const v of votes) t.add("k", v.slice(1), v[0] === "+" ? 1 : -1);
    expect(t.mode("k")).toBe(mode);
    expect(t.has("k")).toBe(mode !== undefined);
    const net = (value: string) =>
      votes.filter((v) => v === `+${value}`).length - votes.filter((v) => v === `-${value}`).length;
    if (mode !== undefined) expect(t.count("k", mode)).toBe(net(mode));
  });

  it("keeps keys apart and answers nothing for an unknown key", () => {
    const t = new VoteTable();
    t.add("x", "1");
    t.add("y", "2");
    t.add("y", "2");
    expect([t.mode("x"), t.mode("y"), t.mode("z")]).toEqual(["1", "2", undefined]);
    expect([t.count("y", "2"), t.count("y", "1"), t.count("z", "1")]).toEqual([2, 0, 0]);
    expect([...t.keys()]).toEqual(["x", "y"]);
  });
});
