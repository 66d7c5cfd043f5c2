import { graphFingerprint, type Neo4jConnection, openDriver } from "@paperkg/store";
import { CaseRecorder, type CaseReport } from "./CaseReport.ts";

const HOSTILE: string[] = [
  "' OR 1=1 //",
  '") DETACH DELETE n //',
  "}) MATCH (n) DETACH DELETE n //",
  "benchmark:gsm8k' }) RETURN 1 //",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "title:[a TO z] AND abstract:*",
  "*:*",
  "a~2^9999",
  "((((((((((((((((((((",
  "\\",
  "😀∑ℝ\u202e",
  "<script>alert(1)</script>",
  "x".repeat(5000),
  "-1",
  "0",
  "1e309",
  "99999999999999999999999",
  "NaN",
  "Infinity",
  "1.5",
  "[]",
  "{}",
  "null",
  "true",
];

/** Every GET route with each hostile value in each of its parameters. */
function requests(): string[] {
  const e = encodeURIComponent;
  const out: string[] = [];
  for (const v of HOSTILE) {
    out.push(
      `/api/graph?view=${e(v)}`,
      `/api/graph?types=${e(v)}`,
      `/api/graph?community=${e(v)}`,
      `/api/graph?from=${e(v)}&to=${e(v)}`,
      `/api/graph?minDegree=${e(v)}`,
      `/api/graph?limit=${e(v)}`,
      `/api/nodes/${e(v)}`,
      `/api/nodes/${e(v)}/neighbors`,
      `/api/nodes/benchmark:gsm8k/neighbors?depth=${e(v)}&limit=${e(v)}&types=${e(v)}`,
      `/api/search?q=${e(v)}`,
      `/api/search?q=gsm8k&limit=${e(v)}`,
      `/api/benchmarks?limit=${e(v)}`,
      `/api/benchmarks/${e(v)}/papers`,
      `/api/papers/${e(v)}/shared-benchmarks`,
      `/api/path?from=${e(v)}&to=benchmark:gsm8k`,
      `/api/path?from=benchmark:gsm8k&to=benchmark:math&max=${e(v)}`,
      `/api/export?format=${e(v)}&community=0`,
      `/api/export?format=json&node=${e(v)}&depth=${e(v)}`,
      `/api/export?format=json&community=${e(v)}`,
      `/api/export?format=json&benchmark=${e(v)}`,
      `/api/export?format=json&ids=${e(v)}`,
      `/api/export?format=json&cypher=${e(v)}`,
    );
  }
  out.push(
    "/api/graph?limit=1&limit=2",
    "/api/search?q=a&q=b",
    "/api/graph?view[]=x",
    "/api/nodes/",
    "/api/nope",
  );
  return out;
}

/** Hostile values in every API parameter: never a 5xx, always a JSON or file answer, graph unchanged. */
export async function runParamInjection(conn: Neo4jConnection, serverUrl: string): Promise<CaseReport> {
  const reqs = requests();
  const rec = new CaseRecorder(`parameter injection (${reqs.length} requests)`);
  const driver = openDriver(conn);
  const statuses = new Map<number, number>();
  try {
    const before = await graphFingerprint(driver, conn.database);
    for (const path of reqs) {
      const res = await fetch(`${serverUrl}${path}`);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const body = await res.text();
      const jsonError =
        res.status < 400 || (JSON.parse(body) as { error?: { code?: string } }).error?.code !== undefined;
      rec.check(res.status < 500 && jsonError, `${res.status} ${path.slice(0, 120)}`);
    }
    const after = await graphFingerprint(driver, conn.database);
    rec.check(JSON.stringify(after) === JSON.stringify(before), "graph fingerprint changed");
  } finally {
    await driver.close();
  }
  const byStatus = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  return rec.report(`statuses ${byStatus}`);
}
