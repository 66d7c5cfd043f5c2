export { loadReadModel, readModelSignature } from "./loadReadModel.ts";
export { modelGraph } from "./modelGraph.ts";
export { modelNeighbors } from "./modelNeighbors.ts";
export { modelNodeDetail, modelNodePapers } from "./modelNodeDetail.ts";
export { modelSearch, type SearchTier } from "./modelSearch.ts";
export { modelSharedBenchmarks } from "./modelSharedBenchmarks.ts";
export { buildReadModel, type ModelLinkRow, type ModelNodeRow, type ReadModel } from "./ReadModel.ts";
