export { graphPayload, type NodeRow, nodeProjection, toGraphNode } from "./graphNodeRow.ts";
export { readBenchmarkPapers, readBenchmarks, readCommunities, readSharedBenchmarks } from "./readCatalog.ts";
export { type GraphFilter, readGraph, toGraphEdge } from "./readGraph.ts";
export { readNeighbors } from "./readNeighbors.ts";
export { readNodeDetail } from "./readNodeDetail.ts";
export { readPaths } from "./readPaths.ts";
export { readRows } from "./readRows.ts";
export { exportNodesAndEdges, readSubgraph, type SubgraphSelector } from "./readSubgraph.ts";
export { searchNodes, toLuceneQuery } from "./searchNodes.ts";
