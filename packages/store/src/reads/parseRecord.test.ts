import { NodeRef } from "@paperkg/core";
import { describe, expect, it } from "vitest";
import { StoreError } from "../StoreError.ts";
import { parseRecord } from "./parseRecord.ts";

describe("parseRecord", () => {
  it("returns the parsed value", () => {
    const ref = { id: "benchmark:gsm8k", kind: "benchmark", label: "GSM8K" };
    expect(parseRecord(NodeRef, ref, "node")).toEqual(ref);
  });

  it("turns a mismatch into BAD_RECORD naming what was read and the field", () => {
    let err: unknown;
    try {
      parseRecord(NodeRef, { id: "x", kind: "author", label: "X" }, 'node "x"');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe("BAD_RECORD");
    expect((err as StoreError).message).toMatch(/^store: node "x": kind: /);
  });
});
