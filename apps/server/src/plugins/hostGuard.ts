import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "../HttpError.ts";

/** The names a loopback server answers to. */
export const LOOPBACK_HOST_NAMES = ["localhost", "127.0.0.1", "[::1]"] as const;

/** Binds that only this machine can reach. */
export const isLoopbackBind = (host: string) => ["127.0.0.1", "::1", "localhost"].includes(host);

/**
 * The host name of a `Host` (or `Origin` authority) value, lower-cased, IPv6 in brackets, without
 * the port; null when it is not a plain `name[:port]`.
 */
export function hostNameOf(authority: string): string | null {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(authority.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The `Host` names the server accepts: on a loopback bind the loopback names plus `extra`
 * (PAPERKG_ALLOWED_HOSTS); on another bind only `extra`, or null (any name) when none is given.
 */
export function allowedHostNames(bind: string, extra: readonly string[]): Set<string> | null {
  const names = extra.map((h) => hostNameOf(h) ?? h.toLowerCase());
  if (isLoopbackBind(bind)) return new Set([...LOOPBACK_HOST_NAMES, ...names]);
  return names.length ? new Set(names) : null;
}

/** Whether the request's `Host` header names one of `allowed` (any port). */
export function hostAllowed(req: FastifyRequest, allowed: Set<string> | null): boolean {
  if (!allowed) return true;
  const name = hostNameOf(req.headers.host ?? "");
  return name !== null && allowed.has(name);
}

/**
 * Refuses requests whose `Host` header is not one of `allowed`: a page on another name that
 * resolves to this machine (DNS rebinding) never reaches the API or the app. Ports are not
 * compared: the name is what an attacker controls, and the Vite dev proxy forwards its own port.
 */
export function requireAllowedHost(app: FastifyInstance, allowed: Set<string> | null): void {
  if (!allowed) return;
  app.addHook("onRequest", async (req) => {
    if (!hostAllowed(req, allowed)) {
      throw new HttpError(
        "HOST_NOT_ALLOWED",
        `this server answers to ${[...allowed].join(", ")}; add other names to PAPERKG_ALLOWED_HOSTS`,
      );
    }
  });
}
