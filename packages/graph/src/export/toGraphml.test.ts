import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { sampleExportGraph, TRICKY_TITLE } from "./sampleExportGraph.testSupport.ts";
import { toGraphml } from "./toGraphml.ts";

type Data = { key: string; "#text"?: string };
type Element = { id: string; source?: string; target?: string; data: Data[] };

describe("toGraphml", () => {
  const source = sampleExportGraph();
  const xml = toGraphml(source);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    htmlEntities: true,
    parseTagValue: false,
    trimValues: false,
    isArray: (name, _path, _leaf, isAttribute) =>
      !isAttribute && ["node", "edge", "data", "key"].includes(name),
  }).parse(xml);
  const keys = new Map<string, { for: string; "attr.name": string; "attr.type": string }>(
    doc.graphml.key.map((k: { id: string; for: string; "attr.name": string; "attr.type": string }) => [
      k.id,
      k,
    ]),
  );
  const nodes: Element[] = doc.graphml.graph.node;
  const edges: Element[] = doc.graphml.graph.edge;
  const values = (e: Element) =>
    Object.fromEntries(e.data.map((d) => [keys.get(d.key)?.["attr.name"] ?? d.key, d["#text"] ?? ""]));

  it("is well-formed GraphML, directed, with a declared key for every data element", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.graphml.graph.edgedefault).toBe("directed");
    for (const e of [...nodes, ...edges]) {
      for (const d of e.data) expect(keys.has(d.key), d.key).toBe(true);
    }
  });

  it("has every node and edge, with endpoints intact", () => {
    expect(nodes.map((n) => n.id).sort()).toEqual(source.nodes.map((n) => n.id).sort());
    expect(edges.map((e) => [e.source, e.target, values(e).type])).toEqual(
      source.edges.map((e) => [e.source, e.target, e.type]),
    );
  });

  it("carries values through escaping unchanged and types numbers as double", () => {
    const paper = values(nodes.find((n) => n.id === "2401.00001")!);
    expect(paper.title).toBe(TRICKY_TITLE);
    expect(Number(paper.pagerank)).toBe(0.0125);
    const pagerankKey = [...keys.values()].find((k) => k.for === "node" && k["attr.name"] === "pagerank");
    expect(pagerankKey?.["attr.type"]).toBe("double");
    expect(values(edges[1]!).evidence).toBe('It says "A|B", then\nmore.');
    expect(values(nodes.find((n) => n.id === "benchmark:gsm8k")!)).not.toHaveProperty("aliasesText");
  });
});
