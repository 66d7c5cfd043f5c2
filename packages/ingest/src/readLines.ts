/** One line of a text file, 1-based; `overflowBytes` is set (and `text` empty) when it was too long to keep. */
export interface Line {
  text: string;
  line: number;
  overflowBytes?: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/** Decode one line's bytes: UTF-8 when valid, else Windows-1252/Latin-1 (legacy exports). */
export function decodeLine(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}

/**
 * Split a byte stream into lines without holding the file: UTF-8 with a per-line Latin-1
 * fallback, CRLF and a leading BOM handled. A line longer than `maxLineBytes` is not buffered: it
 * comes out once, empty, with `overflowBytes`.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let carry: Buffer | null = null;
  let overflow = 0;
  let lineNo = 0;
  const emit = (bytes: Buffer): Line => {
    lineNo++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 13) end--;
    let text = end === bytes.length ? bytes.toString("utf8") : bytes.toString("utf8", 0, end);
    if (text.includes("\ufffd")) text = decodeLine(bytes.subarray(0, end));
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, line: lineNo };
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (overflow > 0) {
        lineNo++;
        yield { text: "", line: lineNo, overflowBytes: overflow + piece.length };
        overflow = 0;
        continue;
      }
      yield emit(carry ? Buffer.concat([carry, piece]) : piece);
      carry = null;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (overflow > 0) overflow += rest.length;
      else if ((carry?.length ?? 0) + rest.length > maxLineBytes) {
        overflow = (carry?.length ?? 0) + rest.length;
        carry = null;
      } else carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
    }
  }
  if (overflow > 0) yield { text: "", line: lineNo + 1, overflowBytes: overflow };
  else if (carry && carry.length > 0) yield emit(carry);
}
