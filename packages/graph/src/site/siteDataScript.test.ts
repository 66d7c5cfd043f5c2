import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { siteDataScript } from "./siteDataScript.ts";

describe("siteDataScript", () => {
  it("runs as a script that hands back exactly the data, quotes, backslashes and odd characters included", () => {
    const data = {
      title: `It's "quoted" \\ back\\slashed, </script> and \u2028 separated`,
      nested: [1, -2.5, null, { e: "é 😀" }],
    };
    const got: [string, unknown][] = [];
    runInNewContext(siteDataScript("papers/3", data), {
      paperkgSiteData: (k: string, d: unknown) => got.push([k, d]),
    });
    expect(got).toEqual([["papers/3", data]]);
  });
});
