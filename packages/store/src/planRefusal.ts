import { z } from "zod";
import allowListJson from "./cypherAllowList.json" with { type: "json" };

const AllowList = z.object({
  procedures: z.array(z.string().min(1)),
  functionNamespaces: z.array(z.string().min(1)),
});
const allowList = AllowList.parse(allowListJson);
const ALLOWED_PROCEDURES = new Set(allowList.procedures.map((p) => p.toLowerCase()));
const ALLOWED_FUNCTION_NAMESPACES = allowList.functionNamespaces.map((n) => `${n.toLowerCase()}.`);

/** The parts of a driver `ResultSummary` the guard reads (`EXPLAIN` fills them without running anything). */
export interface ExplainedQuery {
  queryType: string;
  database: { name?: string | null | undefined };
  plan: PlanOperator | false;
}

export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/*
 * What Neo4j 5.26 reports for `EXPLAIN <query>` in a READ transaction (checked by
 * test/integration/cypherGuard.test.ts against the real server):
 * - `queryType` is "r" for reads, "rw"/"w" for writes, "s" for schema, administration and DBMS-mode
 *   procedures (`CALL dbms.listConfig()`, `db.clearQueryCaches()`, `tx.setMetaData`). But
 *   `SHOW TRANSACTIONS|SETTINGS|INDEXES|CONSTRAINTS|PROCEDURES|FUNCTIONS`, `TERMINATE TRANSACTIONS`,
 *   `LOAD CSV` and READ-mode procedures such as `db.stats.collect` are "r", so the type alone is
 *   not enough.
 * - Operators are named `<Operator>@<database>`: `LoadCSV@neo4j` (also inside `CALL { … }` and
 *   under `TransactionApply`/`TransactionForeach` for `IN TRANSACTIONS`), `ProcedureCall@neo4j`
 *   with the resolved name first in `Details` (`db.labels() :: (label :: STRING)`, also for
 *   `` `db`.`labels` `` or `db . labels`), `ShowTransactions@neo4j`, `TerminateTransactions@neo4j`,
 *   `CreateIndex@neo4j`, `DropIndex@neo4j`, `AdministrationCommand@system` (users, roles,
 *   `SHOW DATABASES`), and `USE system CALL dbms.components()` plans as one `dbms.components@system`.
 * - Literals are auto-parameterised in `Details` (`$autostring_0`), so text inside strings never
 *   reaches the function scan; backticked names keep their backticks (``n.`a.b(` ``).
 * - Errors instead of a plan: `USE system SHOW USERS` (SyntaxError), `USE system MATCH …`,
 *   `CALL { USE system … }` (SemanticError), `CREATE DATABASE`, `GRANT` (UnsupportedAdministration-
 *   Command), unknown procedures (ProcedureNotFound), `USING PERIODIC COMMIT` (SyntaxError), several
 *   statements (SyntaxError).
 */

/** Operators a read-only query may never contain, whatever its query type says. */
const REFUSED_OPERATORS: [RegExp, string][] = [
  [/^LoadCSV/, "LOAD CSV"],
  [/^(Show|Terminate)/, "SHOW and TERMINATE commands"],
  [
    /^(AdministrationCommand$|DoNothingIfExists|(Create|Drop)(Index|Constraint)$)/,
    "schema and administration commands",
  ],
  [/^Transaction(Apply|Foreach)$/, "CALL { … } IN TRANSACTIONS"],
];

/** Drop backticked names and quoted text from plan details, so only expressions are scanned. */
const stripQuoted = (s: string) =>
  s.replace(/`(?:[^`]|``)*`/g, "``").replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");

/** Namespaced names called as functions (`point.distance(`), not preceded by `.`, `$` or a word. */
const NAMESPACED_CALL = /(?<![\w.$`])([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*\(/g;

function refusedFunction(details: string): string | null {
  for (const m of stripQuoted(details).matchAll(NAMESPACED_CALL)) {
    const name = m[1]!.replace(/\s+/g, "");
    const lower = name.toLowerCase();
    if (!ALLOWED_FUNCTION_NAMESPACES.some((ns) => lower.startsWith(ns))) return name;
  }
  return null;
}

function operatorRefusal(op: PlanOperator, database: string): string | null {
  const at = op.operatorType.lastIndexOf("@");
  const name = at < 0 ? op.operatorType : op.operatorType.slice(0, at);
  const opDatabase = at < 0 ? null : op.operatorType.slice(at + 1);
  for (const [pattern, what] of REFUSED_OPERATORS) {
    if (pattern.test(name))
      return `${what} ${what.endsWith("s") ? "are" : "is"} not allowed in a read-only query`;
  }
  if (opDatabase !== null && opDatabase.toLowerCase() !== database)
    return `the query uses the database "${opDatabase}"; only "${database}" may be read`;
  if (name.includes(".")) return `procedure ${name} is not allowed in a read-only query`;
  // Expressions appear only in `Details`; `string-representation` repeats the whole plan.
  const details = typeof op.arguments.Details === "string" ? op.arguments.Details : "";
  let expressions = details;
  if (name === "ProcedureCall") {
    const open = details.indexOf("(");
    const procedure = open < 0 ? "" : details.slice(0, open).trim();
    if (!ALLOWED_PROCEDURES.has(procedure.toLowerCase()))
      return `procedure ${procedure || "(unnamed)"} is not allowed in a read-only query`;
    expressions = details.slice(open);
  }
  const fn = refusedFunction(expressions);
  if (fn) return `function ${fn} is not allowed in a read-only query`;
  return null;
}

/**
 * Why a query may not run read-only, judged from Neo4j's own reading of it (the summary of
 * `EXPLAIN <query>`), or null. Refuses: any query type but read; another database than
 * `database`; `LOAD CSV`; `SHOW`/`TERMINATE`, schema and administration commands; `IN TRANSACTIONS`;
 * procedures outside the allow-list and namespaced functions outside the built-in namespaces
 * (`cypherAllowList.json`).
 */
export function planRefusal(explained: ExplainedQuery, database: string): string | null {
  const db = database.toLowerCase();
  const summaryDb = explained.database.name?.toLowerCase();
  if (summaryDb && summaryDb !== db)
    return `the query uses the database "${summaryDb}"; only "${db}" may be read`;
  if (!explained.plan) return "Neo4j returned no plan for the query";
  const pending: PlanOperator[] = [explained.plan];
  while (pending.length > 0) {
    const op = pending.pop()!;
    const reason = operatorRefusal(op, db);
    if (reason) return reason;
    pending.push(...op.children);
  }
  if (explained.queryType !== "r")
    return `Neo4j reads this as a ${QUERY_TYPES[explained.queryType] ?? explained.queryType} query, not a read`;
  return null;
}

const QUERY_TYPES: Record<string, string> = { rw: "read-write", w: "write", s: "schema or administration" };
