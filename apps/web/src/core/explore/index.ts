export {
  addPath,
  back,
  collapseNode,
  expandNode,
  forward,
  hideNodes,
  mergePayloads,
  pairKey,
  showGraph,
} from "./producers.ts";
export { EMPTY_EXPLORE, type ExploreEntry, type ExploreState, HISTORY_LIMIT } from "./types.ts";
