import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { HttpError } from "../HttpError.ts";

/**
 * Answer a request Node could not read (a URL or headers past 16 kB, a request that never
 * finished, bad framing) in the API's `{error: {code, message}}` shape, then close the socket.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const http =
    err.code === "HPE_HEADER_OVERFLOW"
      ? new HttpError(
          "HEADERS_TOO_LARGE",
          "the URL or headers exceed 16 kB; send a long id list as POST /api/export {format, selector}",
        )
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? new HttpError("REQUEST_TIMEOUT", "the request did not arrive in time")
        : new HttpError("BAD_REQUEST", "the request could not be read as HTTP");
  const body = JSON.stringify(http.toBody());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${http.status} ${STATUS_CODES[http.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
