import type { IncomingHttpHeaders } from "node:http";
import type { FastifyInstance } from "fastify";
import { HttpError } from "../HttpError.ts";

/**
 * Why a browser request comes from another site, or null when it does not. Browsers mark every
 * request with `Sec-Fetch-Site` and cross-origin ones (and every POST) with `Origin`; a request
 * with neither comes from a program (curl, a script), which a page cannot send.
 * - `Sec-Fetch-Site` must be `same-origin` or `none` (typed in the address bar);
 *   `same-site` is refused too, since another port on localhost is the same site;
 * - `Origin`, when present, must name the `Host` the request was sent to.
 */
export function crossSiteReason(headers: IncomingHttpHeaders): string | null {
  const site = headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site: ${site}`;
  const origin = headers.origin;
  if (origin === undefined) return null;
  let authority: string;
  try {
    authority = new URL(origin).host;
  } catch {
    return `Origin: ${origin}`;
  }
  const host = (headers.host ?? "").toLowerCase();
  return authority && authority === host ? null : `Origin: ${origin}`;
}

/**
 * Refuses requests another site's page makes to the routes of this context: a page cannot read
 * the API's answers (CORS is off), but without this it could still run Cypher or exports through
 * a form, an `<img>` or a no-cors fetch and load the database.
 */
export function requireSameOrigin(api: FastifyInstance): void {
  api.addHook("onRequest", async (req) => {
    const reason = crossSiteReason(req.headers);
    if (reason) {
      throw new HttpError(
        "CROSS_SITE_REFUSED",
        `the API answers only the paperkg app and programs, not other sites' pages (${reason})`,
      );
    }
  });
}
