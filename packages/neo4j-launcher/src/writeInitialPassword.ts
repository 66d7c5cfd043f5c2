import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LauncherPaths } from "./launcherPaths.ts";

const ITERATIONS = 1024;

/**
 * Neo4j's credential for `password`: SHA-256 over salt + password, re-hashed to 1,024 rounds, as
 * `SHA-256,<hash hex>,<salt hex>,1024` — the same line `neo4j-admin dbms set-initial-password`
 * writes (checked against Neo4j 5.26's own output).
 */
export function neo4jCredential(password: string, salt: Buffer = randomBytes(32)): string {
  let hash = createHash("sha256").update(salt).update(password, "utf8").digest();
  for (let i = 1; i < ITERATIONS; i++) hash = createHash("sha256").update(hash).digest();
  return `SHA-256,${hash.toString("hex")},${salt.toString("hex")},${ITERATIONS}`;
}

/**
 * Before the first start of a home, give the `neo4j` user its password up front: Neo4j reads
 * `<data>/dbms/auth.ini` when it creates its system database, so the factory password `neo4j`
 * never exists and nothing can log in with it while the launcher waits. We write the file
 * ourselves (mode 600) rather than run `neo4j-admin dbms set-initial-password <password>`, whose
 * argument any local user could read from the process list. Returns false (and writes nothing)
 * once the system database exists.
 */
export function writeInitialPassword(paths: LauncherPaths, password: string): boolean {
  if (existsSync(join(paths.data, "databases", "system"))) return false;
  const dir = join(paths.data, "dbms");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, "auth.ini"), `neo4j:${neo4jCredential(password)}:\n`, { mode: 0o600 });
  return true;
}
