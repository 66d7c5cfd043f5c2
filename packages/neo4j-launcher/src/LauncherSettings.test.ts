import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveLauncherSettings } from "./LauncherSettings.ts";
import { Neo4jLauncherError } from "./Neo4jLauncherError.ts";

describe("resolveLauncherSettings", () => {
  it("gives the bundled server's defaults for an empty environment", () => {
    const s = resolveLauncherSettings({ HOME: "/home/u" });
    expect(s).toMatchObject({
      external: null,
      boltPort: 7687,
      heap: "2g",
      heapInitial: "512m",
      pagecache: "1g",
      transactionMemory: "512m",
      mavenCmd: "mvn",
    });
    expect(s.home.endsWith(join(".paperkg", "neo4j"))).toBe(true);
    expect(s.password).toBeUndefined();
  });

  const cases: [NodeJS.ProcessEnv, Record<string, unknown>][] = [
    [{ NEO4J_BOLT_PORT: "17711" }, { boltPort: 17711 }],
    [{ NEO4J_BOLT_PORT: "" }, { boltPort: 7687 }],
    [{ PAPERKG_NEO4J_HOME: "/tmp/n4j" }, { home: "/tmp/n4j" }],
    [{ PAPERKG_CACHE_DIR: "/c" }, { cacheDir: "/c" }],
    [{ XDG_CACHE_HOME: "/x" }, { cacheDir: join("/x", "paperkg") }],
    [
      { NEO4J_HEAP: "1g", NEO4J_PAGECACHE: "512m" },
      { heap: "1g", pagecache: "512m" },
    ],
    [{ NEO4J_HEAP: "1g" }, { heap: "1g", transactionMemory: "256m" }],
    [{ NEO4J_HEAP: "128m" }, { transactionMemory: "64m" }],
    [{ NEO4J_HEAP: "4096m", NEO4J_TRANSACTION_MEMORY: "300m" }, { transactionMemory: "300m" }],
    [{ NEO4J_PASSWORD: "s3cret" }, { password: "s3cret", external: null }],
    [
      { JAVA_HOME: "/opt/jdk", MAVEN_CMD: "/opt/mvn" },
      { javaHome: "/opt/jdk", mavenCmd: "/opt/mvn" },
    ],
    [
      { NEO4J_URI: "neo4j://db:7687", NEO4J_PASSWORD: "pw" },
      { external: { uri: "neo4j://db:7687", user: "neo4j", password: "pw", database: "neo4j" } },
    ],
    [
      { NEO4J_URI: "bolt://h", NEO4J_USER: "u", NEO4J_DATABASE: "papers" },
      { external: { uri: "bolt://h", user: "u", password: "", database: "papers" } },
    ],
  ];
  it.each(cases)("%j → %j", (env, expected) => {
    expect(resolveLauncherSettings(env)).toMatchObject(expected);
  });

  const bad: [NodeJS.ProcessEnv, RegExp][] = [
    [{ NEO4J_BOLT_PORT: "seventy" }, /NEO4J_BOLT_PORT must be a port number \(1–65535\), got "seventy"/],
    [{ NEO4J_BOLT_PORT: "70000" }, /NEO4J_BOLT_PORT must be a port number/],
    [{ NEO4J_BOLT_PORT: "7687.5" }, /NEO4J_BOLT_PORT must be a port number/],
    [{ NEO4J_HEAP: "two gigs" }, /NEO4J_HEAP must be a size such as 512m or 2g, got "two gigs"/],
    [{ NEO4J_HEAP_INITIAL: "-1g" }, /NEO4J_HEAP_INITIAL must be a size/],
    [
      { NEO4J_TRANSACTION_MEMORY: "lots" },
      /NEO4J_TRANSACTION_MEMORY must be a size such as 512m or 2g, got "lots"/,
    ],
  ];
  it.each(bad)("%j is refused with a message naming the variable", (env, message) => {
    let thrown: unknown;
    try {
      resolveLauncherSettings(env);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(Neo4jLauncherError);
    expect((thrown as Neo4jLauncherError).code).toBe("INVALID_SETTING");
    expect((thrown as Error).message).toMatch(message);
  });
});
