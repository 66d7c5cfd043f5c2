export { benchmarkPapersCypher, sharedBenchmarksCypher } from "./benchmarkPapersCypher.ts";
export { finderCypher } from "./finderCypher.ts";
export { graphViewCypher } from "./graphViewCypher.ts";
export { leaderboardCypher } from "./leaderboardCypher.ts";
export { neighborsCypher } from "./neighborsCypher.ts";
export { nodeDetailCypher, nodePapersCypher, relatedPapersCypher } from "./nodeDetailCypher.ts";
export { pathCypher } from "./pathCypher.ts";
