import type { Neo4jConnection } from "@paperkg/store";
import { openDriver } from "@paperkg/store";

const DEFAULT_PASSWORD = "neo4j";

/** Neo4j error code of `err`, if it is one. */
export function neo4jCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

/**
 * True when `conn` can log in, false when the server rejects the credentials; rejects with the
 * driver's error when the server cannot be reached (ServiceUnavailable, …).
 */
export async function tryConnect(conn: Neo4jConnection): Promise<boolean> {
  const driver = openDriver(conn, { maxPoolSize: 1 });
  try {
    return await driver.verifyAuthentication();
  } catch (err) {
    if (neo4jCode(err) === "Neo.ClientError.Security.Unauthorized") return false;
    throw err;
  } finally {
    await driver.close();
  }
}

/**
 * Log in to a freshly initialised bundled server: if the generated password is not set yet, log in
 * with the factory default and change it (`ALTER CURRENT USER` against `system`), as Neo4j requires.
 * Returns false when neither password works.
 */
export async function claimPassword(conn: Neo4jConnection): Promise<boolean> {
  if (await tryConnect(conn)) return true;
  const first = openDriver({ ...conn, password: DEFAULT_PASSWORD }, { maxPoolSize: 1 });
  try {
    const session = first.session({ database: "system" });
    try {
      await session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", {
        old: DEFAULT_PASSWORD,
        new: conn.password,
      });
    } finally {
      await session.close();
    }
    return true;
  } catch (err) {
    if (neo4jCode(err) === "Neo.ClientError.Security.Unauthorized") return false;
    throw err;
  } finally {
    await first.close();
  }
}
