import { defineConfig } from "vitest/config";

/** What the projects against a real Neo4j share: the global setup starts it on its own port. */
const withNeo4j = {
  globalSetup: ["test/setup/neo4jGlobalSetup.ts"],
  fileParallelism: false,
  testTimeout: 180_000,
  hookTimeout: 300_000,
};

/**
 * Three projects, one script each (`pnpm test:unit`, `test:integration`, `test:e2e`; `pnpm test`
 * runs them in turn, so two never share the test Neo4j at once):
 * - `unit`: beside the code, no services — no Java, Maven, Chromium or Python;
 * - `integration`: test/integration and test/reliability against a real Neo4j that the global setup
 *   starts on its own port and data folder (or NEO4J_URI); the export test needs Python's networkx;
 * - `e2e`: the web app in Debian's chromium over that Neo4j;
 * - `e2e-corpus`: the web app over the 68,667-paper corpus in a Neo4j of its own (not in `pnpm test`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/*/src/**/*.test.ts",
            "test/reliability/badInputs.test.ts",
            "test/fixtures/labelled/labelled.test.ts",
            "test/architecture/**/*.test.ts",
          ],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/reliability/**/*.test.ts"],
          exclude: ["test/reliability/badInputs.test.ts"],
          ...withNeo4j,
        },
      },
      {
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], ...withNeo4j },
      },
      // `pnpm test:e2e:corpus` alone (never in `pnpm test`): its own Neo4j holding the corpus,
      // ingested the first time (minutes), then the explorer in chromium.
      {
        test: {
          name: "e2e-corpus",
          include: ["test/e2e-corpus/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 3_600_000,
        },
      },
    ],
  },
});
