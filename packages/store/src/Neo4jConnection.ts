import { z } from "zod";

/** How to reach a Neo4j: the bundled one started by the launcher, or any server named by NEO4J_URI. */
export const Neo4jConnection = z.object({
  uri: z.string().min(1),
  user: z.string().min(1),
  password: z.string(),
  database: z.string().min(1),
});
export type Neo4jConnection = z.infer<typeof Neo4jConnection>;

/** The connection named by `NEO4J_URI` (+ `NEO4J_USER`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`) in `env`, if any; the caller reads the environment. */
export function connectionFromEnv(env: NodeJS.ProcessEnv): Neo4jConnection | null {
  if (!env.NEO4J_URI) return null;
  return Neo4jConnection.parse({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: env.NEO4J_DATABASE ?? "neo4j",
  });
}
