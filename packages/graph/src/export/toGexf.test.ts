import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { sampleExportGraph, TRICKY_TITLE } from "./sampleExportGraph.testSupport.ts";
import { toGexf } from "./toGexf.ts";

type Attr = { for: string; value: string };
type GexfNode = {
  id: string;
  label: string;
  attvalues: { attvalue: Attr[] };
  "viz:position": Record<string, string>;
};
type GexfEdge = { source: string; target: string; label: string; attvalues: { attvalue: Attr[] } | "" };

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe("toGexf", () => {
  const source = sampleExportGraph();
  const xml = toGexf(source);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    htmlEntities: true,
    parseAttributeValue: false,
    isArray: (name, _path, _leaf, isAttribute) =>
      !isAttribute && ["node", "edge", "attvalue", "attribute", "attributes"].includes(name),
  }).parse(xml);
  const graph = doc.gexf.graph;
  const nodes: GexfNode[] = graph.nodes.node;
  const edges: GexfEdge[] = graph.edges.edge;
  /** attribute id → title, for node and for edge attributes */
  const titles = new Map<string, string>(
    graph.attributes.flatMap((a: { attribute: { id: string; title: string }[] }) =>
      list(a.attribute).map((x) => [x.id, x.title] as const),
    ),
  );
  const values = (attrs: { attvalue: Attr[] } | "") =>
    Object.fromEntries(
      list(attrs === "" ? undefined : attrs.attvalue).map((v) => [titles.get(v.for), v.value]),
    );

  it("is well-formed XML in the GEXF 1.2 namespace", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.gexf.version).toBe("1.2");
    expect(doc.gexf.xmlns).toBe("http://www.gexf.net/1.2draft");
  });

  it("keeps line breaks and tabs out of attribute values, where XML parsers turn them into spaces", () => {
    for (const [, value] of xml.matchAll(/ value="([^"]*)"/g)) expect(value).not.toMatch(/[\t\n\r]/);
  });

  it("has every node and edge, with ids and endpoints intact", () => {
    expect(nodes.map((n) => n.id).sort()).toEqual(source.nodes.map((n) => n.id).sort());
    expect(edges.map((e) => [e.source, e.target, e.label])).toEqual(
      source.edges.map((e) => [e.source, e.target, e.type]),
    );
  });

  it("carries text through escaping unchanged, and lists joined with |", () => {
    const paper = values(nodes.find((n) => n.id === "2401.00001")!.attvalues);
    expect(paper.title).toBe(TRICKY_TITLE);
    expect(paper.authors).toBe("Ada Lovelace|Alan Turing");
    expect(paper.labels).toBe("Paper");
    expect(nodes.find((n) => n.id === "2401.00001")!.label).toBe(TRICKY_TITLE);
    const r2 = values(edges[1]!.attvalues);
    expect(r2.evidence).toBe('It says "A|B", then\nmore.');
    expect(values(nodes.find((n) => n.id === "benchmark:gsm8k")!.attvalues)).not.toHaveProperty(
      "aliasesText",
    );
  });

  it("puts each node at its stored position", () => {
    for (const n of source.nodes) {
      const position = nodes.find((x) => x.id === n.id)!["viz:position"];
      expect([Number(position.x), Number(position.y)]).toEqual([n.properties.x, n.properties.y]);
    }
  });
});
