import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (beside the code, no services) and `integration` (test/, against a real
 * Neo4j that the global setup starts on its own port and data folder, or NEO4J_URI).
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
          ],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: [
            "test/integration/**/*.test.ts",
            "test/e2e/**/*.test.ts",
            "test/reliability/**/*.test.ts",
          ],
          exclude: ["test/reliability/badInputs.test.ts"],
          globalSetup: ["test/setup/neo4jGlobalSetup.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
