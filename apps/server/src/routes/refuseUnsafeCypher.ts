import { HttpError } from "../HttpError.ts";

/**
 * What a read transaction would still let through but a browser user must not run: file or URL
 * reads (`LOAD CSV`) and server administration procedures (`dbms.*`). Writes need no check here —
 * the read transaction makes the database refuse them.
 */
const REFUSED: [RegExp, string][] = [
  [/\bload\s+csv\b/i, "LOAD CSV is not allowed from the API"],
  [/\bdbms\s*\.|`dbms`/i, "dbms.* procedures are not allowed from the API"],
  [/\bapoc\s*\.|`apoc`/i, "APOC procedures are not allowed from the API"],
];

/** Normalise (NFKC, comments stripped) and refuse the constructs above with a 403. */
export function refuseUnsafeCypher(query: string): void {
  const text = query
    .normalize("NFKC")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ");
  for (const [pattern, message] of REFUSED) {
    if (pattern.test(text) || pattern.test(query.normalize("NFKC")))
      throw new HttpError(403, "WRITE_REFUSED", message);
  }
}
