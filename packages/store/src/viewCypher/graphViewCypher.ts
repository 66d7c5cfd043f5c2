import { ENTITY_LABELS, isEntityType, PAPER_LINKS, type ViewCypher } from "@paperkg/core";
import { type GraphFilter, viewTypes } from "../reads/readGraph.ts";
import { indent, LINKS_AMONG_SHOWN, whereLine } from "./linksAmongShown.ts";

/**
 * The Cypher of a map view (`GET /api/graph`): the same nodes as `readGraph` with the same filter,
 * the most central first. The bipartite and communities views return the stored links among them;
 * the papers and entities views draw derived links (shared entities), so their query returns nodes.
 */
export function graphViewCypher(filter: GraphFilter): ViewCypher {
  if (filter.view === "communities") return communitiesCypher(filter);
  if (filter.view === "areas") return areasCypher(filter);
  const types = viewTypes(filter);
  const params: Record<string, unknown> = { limit: filter.limit };
  const shared: string[] = [];
  if (filter.community !== null) {
    shared.push("n.community = $community");
    params.community = filter.community;
  }
  const dated = filter.from !== null || filter.to !== null;
  const published = (v: string) => [
    ...(filter.from !== null ? [`${v}.published >= $from`] : []),
    ...(filter.to !== null ? [`${v}.published <= $to`] : []),
  ];
  if (filter.from !== null) params.from = filter.from;
  if (filter.to !== null) params.to = filter.to;
  if (filter.minDegree > 0) params.minDegree = filter.minDegree;

  const paperWhere = [
    ...shared,
    ...published("n"),
    ...(filter.minDegree > 0 ? [`COUNT { (n)-[:${PAPER_LINKS}]->() } >= $minDegree`] : []),
  ];
  const entityWhere = [
    ...shared,
    ...(filter.minDegree > 0 ? ["n.paperCount >= $minDegree"] : []),
    ...(dated ? [`EXISTS { (n)<--(p:Paper) WHERE ${published("p").join(" AND ")} }`] : []),
  ];
  const entityLabels = types.filter(isEntityType).map((t) => ENTITY_LABELS[t]);
  const withPapers = types.includes("paper");
  const labels = [...(withPapers ? ["Paper"] : []), ...entityLabels];

  let select: string[];
  if (labels.length === 0) select = ["MATCH (n) WHERE false"];
  else if (!withPapers) select = [`MATCH (n:${entityLabels.join("|")})`, ...whereLine(entityWhere)];
  else if (entityLabels.length === 0) select = ["MATCH (n:Paper)", ...whereLine(paperWhere)];
  else if (filter.minDegree === 0 && !dated) select = [`MATCH (n:${labels.join("|")})`, ...whereLine(shared)];
  else {
    // Papers and entities are filtered differently (degree, dates): one branch each.
    const papers = ["MATCH (n:Paper)", ...whereLine(paperWhere), "RETURN n"].join("\n");
    const entities = [`MATCH (n:${entityLabels.join("|")})`, ...whereLine(entityWhere), "RETURN n"].join(
      "\n",
    );
    select = ["CALL () {", indent(papers, 2), "  UNION", indent(entities, 2), "}"];
  }
  const order = "ORDER BY n.pagerank DESC, n.id LIMIT $limit";
  const tail =
    filter.view === "bipartite"
      ? [`WITH n ${order}`, "WITH collect(n) AS shown", LINKS_AMONG_SHOWN]
      : [`RETURN n ${order}`];
  return { query: [...select, ...tail].join("\n"), params };
}

function communitiesCypher(filter: GraphFilter): ViewCypher {
  const params: Record<string, unknown> = { limit: filter.limit };
  if (filter.area !== null) params.area = filter.area;
  const query = [
    "MATCH (n:Community)",
    ...(filter.area !== null ? ["WHERE n.area = $area"] : []),
    "WITH n ORDER BY n.size DESC, n.id LIMIT $limit",
    "WITH collect(n) AS shown",
    LINKS_AMONG_SHOWN,
  ].join("\n");
  return { query, params };
}

function areasCypher(filter: GraphFilter): ViewCypher {
  const query = [
    "MATCH (n:Area)",
    "WITH n ORDER BY n.size DESC, n.id LIMIT $limit",
    "WITH collect(n) AS shown",
    LINKS_AMONG_SHOWN,
  ].join("\n");
  return { query, params: { limit: filter.limit } };
}
