import { describe, expect, it } from "vitest";
import { parseCategories } from "./parseCategories.ts";

describe("parseCategories", () => {
  const cases: [unknown, string[] | undefined][] = [
    [
      ["cs.CV", "cs.AI"],
      ["cs.CV", "cs.AI"],
    ],
    ["['cs.CV', 'cs.AI', 'cs.LG']", ["cs.CV", "cs.AI", "cs.LG"]],
    [
      ["['cs.CV'", "'cs.AI']"],
      ["cs.CV", "cs.AI"],
    ],
    ['["stat.ML","cs.LG"]', ["stat.ML", "cs.LG"]],
    ["cs.CL cs.AI", ["cs.CL", "cs.AI"]],
    ["cs.CL; cs.IR,eess.AS", ["cs.CL", "cs.IR", "eess.AS"]],
    [
      ["cs.CV", "cs.AI", "68T45, 62H30", "I.5.3; I.2.10"],
      ["cs.CV", "cs.AI"],
    ],
    [
      ["physics.comp-ph", "cond-mat.stat-mech", "hep-th", "quant-ph", "q-bio.NC"],
      ["physics.comp-ph", "cond-mat.stat-mech", "hep-th", "quant-ph", "q-bio.NC"],
    ],
    [
      ["cs.CV", "cs.CV", " cs.AI "],
      ["cs.CV", "cs.AI"],
    ],
    ["[]", undefined],
    ["", undefined],
    [["I.2.7"], undefined],
    [["and", "CS.cv", "cs.", ".AI"], undefined],
    [42, undefined],
    [[null, 3, "cs.RO"], ["cs.RO"]],
  ];
  it.each(cases)("%j → %j", (value, expected) => {
    expect(parseCategories(value)).toEqual(expected);
  });
});
