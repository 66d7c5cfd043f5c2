import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";

/**
 * A file's bytes as a stream, gunzipped when its content starts with the gzip magic bytes
 * (whatever its name). Errors (I/O, corrupt or truncated gzip) surface while iterating.
 */
export async function openBytes(
  path: string,
): Promise<{ gzip: boolean; chunks: AsyncIterable<Buffer>; close: () => void }> {
  const handle = await open(path, "r");
  let gzip = false;
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    gzip = bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
  const raw = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (!gzip) return { gzip, chunks: raw, close: () => raw.destroy() };
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  raw.on("error", (err) => gunzip.destroy(err));
  const close = () => {
    gunzip.destroy();
    raw.destroy();
  };
  return { gzip, chunks: raw.pipe(gunzip), close };
}

/** Take the first chunk of a stream, and a stream that yields it again followed by the rest. */
export async function peekFirst(
  chunks: AsyncIterable<Buffer>,
): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < 4096) {
    const r = await iterator.next();
    if (r.done) {
      ended = true;
      break;
    }
    parts.push(r.value);
    size += r.value.length;
  }
  const head = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  async function* all() {
    if (head.length > 0) yield head;
    if (ended) return;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
  }
  return { head, all: all() };
}
