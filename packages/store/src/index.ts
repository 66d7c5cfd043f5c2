export { connectionFromEnv, Neo4jConnection } from "./Neo4jConnection.ts";
export { openDriver } from "./openDriver.ts";
