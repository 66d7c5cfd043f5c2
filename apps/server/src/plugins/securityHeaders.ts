import type { FastifyInstance } from "fastify";

/**
 * The Content-Security-Policy of the app and the API: scripts, styles, fonts and connections only
 * from this origin, no inline script, no plugins, never framed. The built index.html has no inline
 * script; `style-src 'unsafe-inline'` stays because React and sigma set `style` attributes; `blob:`
 * and `data:` serve the PNG snapshot and downloads, and sigma's WebGL needs nothing more.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers on every answer, app and API alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

/** Adds `SECURITY_HEADERS` to every response, errors and 404s included. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_req, reply, payload) => {
    void reply.headers(SECURITY_HEADERS);
    return payload;
  });
}
