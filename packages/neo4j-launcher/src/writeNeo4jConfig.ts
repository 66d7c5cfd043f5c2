import { mkdirSync, writeFileSync } from "node:fs";
import type { LauncherSettings } from "./LauncherSettings.ts";
import type { LauncherPaths } from "./launcherPaths.ts";

/**
 * Write `neo4j.conf` for a loopback-only server: Bolt on 127.0.0.1:<port>, HTTP off, `LOAD CSV`
 * from files off, a memory limit per transaction, and this instance's own data, log and run folders.
 */
export function writeNeo4jConfig(
  paths: LauncherPaths,
  settings: Pick<LauncherSettings, "boltPort" | "transactionMemory">,
): void {
  const { boltPort } = settings;
  for (const dir of [
    paths.conf,
    paths.data,
    paths.logs,
    paths.run,
    `${paths.home}/plugins`,
    `${paths.home}/import`,
  ]) {
    mkdirSync(dir, { recursive: true });
  }
  const lines = [
    "# written by paperkg's launcher (packages/neo4j-launcher); regenerated on every start",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    "server.bolt.enabled=true",
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    "server.http.enabled=false",
    "server.https.enabled=false",
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.plugins=${paths.home}/plugins`,
    `server.directories.import=${paths.home}/import`,
    "dbms.security.auth_enabled=true",
    "dbms.usage_report.enabled=false",
    "dbms.security.allow_csv_import_from_file_urls=false",
    "db.transaction.timeout=0",
    `db.memory.transaction.max=${settings.transactionMemory}`,
    "dbms.security.procedures.unrestricted=",
    "db.logs.query.enabled=OFF",
    "",
  ];
  writeFileSync(`${paths.conf}/neo4j.conf`, lines.join("\n"));
}
