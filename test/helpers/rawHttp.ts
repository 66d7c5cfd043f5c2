import { connect } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `request` byte for byte over a fresh TCP connection to a loopback `baseUrl` and reads the
 * answer until the server closes the connection. HTTP clients normalise request targets
 * (`/%61pi`, `//api`, absolute-form), so the request-target cases need a raw socket. Include
 * `Connection: close` in `request`. Resolves with status 0 when the server closed without answering.
 */
export function rawHttp(baseUrl: string, request: string, timeoutMs = 30_000): Promise<RawResponse> {
  const url = new URL(baseUrl);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error("raw: loopback only");
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ""), port: Number(url.port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`raw: no answer in ${timeoutMs} ms`)));
    socket.on("connect", () => socket.write(request));
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", reject);
    socket.on("close", () => resolve(parseResponse(Buffer.concat(chunks))));
  });
}

function parseResponse(bytes: Buffer): RawResponse {
  if (!bytes.length) return { status: 0, headers: {}, body: "" };
  const split = bytes.indexOf("\r\n\r\n");
  const head = (split < 0 ? bytes : bytes.subarray(0, split)).toString("latin1");
  let body = split < 0 ? Buffer.alloc(0) : bytes.subarray(split + 4);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  if (headers["transfer-encoding"] === "chunked") body = unchunk(body);
  return { status: Number(statusLine.split(" ")[1] ?? 0), headers, body: body.toString("utf8") };
}

function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = bytes.indexOf("\r\n", at);
    const size = Number.parseInt(bytes.subarray(at, eol).toString("latin1"), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/** A request with `Host`, `Connection: close` and, for a body, its JSON type and length. */
export function rawRequest(
  method: string,
  target: string,
  options: { host?: string; headers?: Record<string, string>; body?: string } = {},
): string {
  const lines = [`${method} ${target} HTTP/1.1`];
  if (options.host !== undefined) lines.push(`Host: ${options.host}`);
  for (const [name, value] of Object.entries(options.headers ?? {})) lines.push(`${name}: ${value}`);
  if (options.body !== undefined) {
    lines.push("Content-Type: application/json", `Content-Length: ${Buffer.byteLength(options.body)}`);
  }
  lines.push("Connection: close", "", options.body ?? "");
  return lines.join("\r\n");
}
