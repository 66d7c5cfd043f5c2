import { type ApiLink, encodeSpan, parseSpan } from "@paperkg/core";

/**
 * The text a detail shows, packed for the read model: every node's stored properties as JSON in
 * one UTF-8 buffer, papers' abstracts in another, and each link's evidence as byte offsets into
 * its paper's abstract (or character offsets into its title) — the extractor's evidence sentences
 * are slices of them — with a string kept only for a sentence found in neither. Spans are kept as
 * numbers, rules as codes. Decoded on demand, one node or link at a time.
 */
export interface ModelText {
  /** Node `i`'s properties (without `abstract` and `aliasesText`): JSON in `props[propStart[i] .. propStart[i + 1]]`. */
  props: Buffer;
  propStart: Int32Array;
  /** Node `i`'s abstract: UTF-8 in `abstracts[absStart[s] .. absStart[s + 1]]` for `s = absSlot[i]` (-1: none). */
  abstracts: Buffer;
  absStart: Int32Array;
  absSlot: Int32Array;
  /** Link `l`'s evidence: entries `evStart[l] .. evStart[l + 1]`, each in `evField` (see `FIELD`) from `evFrom` to `evTo`. */
  evStart: Int32Array;
  evField: Uint8Array;
  evFrom: Int32Array;
  evTo: Int32Array;
  /** Link `l`'s spans, packed as its evidence is (a span that does not parse is a `strings` entry). */
  spanStart: Int32Array;
  spanField: Uint8Array;
  spanFrom: Int32Array;
  spanTo: Int32Array;
  /** Link `l`'s confidence (NaN: null) and rule (`rules[rule[l]]`, -1: null). */
  confidence: Float64Array;
  rule: Int32Array;
  rules: string[];
  /** Stated results (`metric`, `value`), for the few links that have one. */
  results: Map<number, { metric: string | null; value: string | null }>;
  /** Evidence sentences and spans found in neither field. */
  strings: string[];
}

/** Where a packed evidence entry or span lives. */
const FIELD = { abstract: 0, title: 1, string: 2 } as const;

/** Grows a typed array by doubling. */
class Column<T extends Int32Array | Uint8Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}
const ints = (n = 1024) => new Column(new Int32Array(n), (k) => new Int32Array(k));
const bytes = (n = 1024) => new Column(new Uint8Array(n), (k) => new Uint8Array(k));

/** Strings written one after another as UTF-8 into one growing buffer (no buffer per string). */
class Utf8Writer {
  #buf = Buffer.allocUnsafe(1 << 20);
  length = 0;
  /** Append `text`; returns its length in bytes. */
  write(text: string): number {
    const need = this.length + text.length * 3;
    if (need > this.#buf.length) {
      const next = Buffer.allocUnsafe(Math.max(need, this.#buf.length * 2));
      this.#buf.copy(next, 0, 0, this.length);
      this.#buf = next;
    }
    const n = this.#buf.write(text, this.length, "utf8");
    this.length += n;
    return n;
  }
  done(): Buffer {
    return Buffer.from(this.#buf.subarray(0, this.length));
  }
}

/** Packs nodes' properties, in model order. */
export class ModelPropsBuilder {
  #props = new Utf8Writer();
  #start = ints();

  /** The next node's stored properties (its `abstract` and `aliasesText` left out); returns its index. */
  addNode(properties: Record<string, unknown>): number {
    const { abstract: _abstract, aliasesText: _hidden, ...rest } = properties;
    this.#start.push(this.#props.length);
    this.#props.write(JSON.stringify(rest));
    return this.#start.length - 1;
  }

  done(): Pick<ModelText, "props" | "propStart"> {
    this.#start.push(this.#props.length);
    return { props: this.#props.done(), propStart: this.#start.done() };
  }
}

/** Packs papers' abstracts and their links' evidence, in the order the links are read. */
export class ModelLinksBuilder {
  #abstracts = new Utf8Writer();
  #absStart = ints();
  #evStart = ints();
  #evField = bytes();
  #evFrom = ints();
  #evTo = ints();
  #spanStart = ints();
  #spanField = bytes();
  #spanFrom = ints();
  #spanTo = ints();
  #confidence = new Column(new Float64Array(1024), (k) => new Float64Array(k));
  #rule = ints();
  #rules = new Map<string, number>();
  #results = new Map<number, { metric: string | null; value: string | null }>();
  #strings: string[] = [];
  #links = 0;
  /** The paper whose links come next: title, abstract, its slot and whether it is ASCII. */
  #paper: { title: string | null; abstract: string | null; slot: number; ascii: boolean } | null = null;

  /** The next paper's title and abstract (null: none); returns its abstract's slot (-1: none). */
  addPaper(title: string | null, abstract: string | null): number {
    let slot = -1;
    let ascii = true;
    if (abstract !== null) {
      slot = this.#absStart.length;
      this.#absStart.push(this.#abstracts.length);
      ascii = this.#abstracts.write(abstract) === abstract.length;
    }
    this.#paper = { title, abstract, slot, ascii };
    return slot;
  }

  /** A link of the paper last added; returns its payload index. */
  addLink(link: Omit<ApiLink, "type">): number {
    const l = this.#links++;
    this.#evStart.push(this.#evField.length);
    for (const sentence of link.evidence) this.#placeEvidence(sentence);
    this.#spanStart.push(this.#spanField.length);
    for (const encoded of link.spans) {
      const span = parseSpan(encoded);
      if (span && encodeSpan(span) === encoded) {
        this.#spanField.push(FIELD[span.field]);
        this.#spanFrom.push(span.start);
        this.#spanTo.push(span.end);
      } else {
        this.#spanField.push(FIELD.string);
        this.#spanFrom.push(this.#strings.push(encoded) - 1);
        this.#spanTo.push(0);
      }
    }
    this.#confidence.push(link.confidence ?? Number.NaN);
    if (link.rule === null) this.#rule.push(-1);
    else {
      const code = this.#rules.get(link.rule) ?? this.#rules.size;
      this.#rules.set(link.rule, code);
      this.#rule.push(code);
    }
    if (link.metric !== null || link.value !== null)
      this.#results.set(l, { metric: link.metric, value: link.value });
    return l;
  }

  #placeEvidence(sentence: string): void {
    const paper = this.#paper;
    const inAbstract = paper?.abstract?.indexOf(sentence) ?? -1;
    if (paper?.abstract && inAbstract >= 0) {
      const from = paper.ascii ? inAbstract : Buffer.byteLength(paper.abstract.slice(0, inAbstract), "utf8");
      this.#evField.push(FIELD.abstract);
      this.#evFrom.push(from);
      this.#evTo.push(from + Buffer.byteLength(sentence, "utf8"));
      return;
    }
    const inTitle = paper?.title?.indexOf(sentence) ?? -1;
    if (inTitle >= 0) {
      this.#evField.push(FIELD.title);
      this.#evFrom.push(inTitle);
      this.#evTo.push(inTitle + sentence.length);
      return;
    }
    this.#evField.push(FIELD.string);
    this.#evFrom.push(this.#strings.push(sentence) - 1);
    this.#evTo.push(0);
  }

  done(): Omit<ModelText, "props" | "propStart" | "absSlot"> {
    this.#absStart.push(this.#abstracts.length);
    this.#evStart.push(this.#evField.length);
    this.#spanStart.push(this.#spanField.length);
    this.#paper = null;
    return {
      abstracts: this.#abstracts.done(),
      absStart: this.#absStart.done(),
      evStart: this.#evStart.done(),
      evField: this.#evField.done(),
      evFrom: this.#evFrom.done(),
      evTo: this.#evTo.done(),
      spanStart: this.#spanStart.done(),
      spanField: this.#spanField.done(),
      spanFrom: this.#spanFrom.done(),
      spanTo: this.#spanTo.done(),
      confidence: this.#confidence.done(),
      rule: this.#rule.done(),
      rules: [...this.#rules.keys()],
      results: this.#results,
      strings: this.#strings,
    };
  }
}

/** Node `node`'s abstract, or null. */
export function modelAbstract(text: ModelText, node: number): string | null {
  const slot = text.absSlot[node]!;
  if (slot < 0) return null;
  return text.abstracts.toString("utf8", text.absStart[slot]!, text.absStart[slot + 1]!);
}

/** Node `node`'s stored properties as Neo4j holds them (`aliasesText` aside). */
export function modelProperties(text: ModelText, node: number): Record<string, unknown> {
  const props = JSON.parse(
    text.props.toString("utf8", text.propStart[node]!, text.propStart[node + 1]!),
  ) as Record<string, unknown>;
  const abstract = modelAbstract(text, node);
  if (abstract !== null) props.abstract = abstract;
  return props;
}

/** Link `payload` of paper `paper` (titled `title`) as the API shows it. */
export function modelLink(
  text: ModelText,
  payload: number,
  type: string,
  paper: number,
  title: string,
): ApiLink {
  const evidence: string[] = [];
  for (let k = text.evStart[payload]!; k < text.evStart[payload + 1]!; k++) {
    const field = text.evField[k]!;
    const from = text.evFrom[k]!;
    const to = text.evTo[k]!;
    if (field === FIELD.abstract) {
      const base = text.absStart[text.absSlot[paper]!]!;
      evidence.push(text.abstracts.toString("utf8", base + from, base + to));
    } else if (field === FIELD.title) evidence.push(title.slice(from, to));
    else evidence.push(text.strings[from]!);
  }
  const spans: string[] = [];
  for (let k = text.spanStart[payload]!; k < text.spanStart[payload + 1]!; k++) {
    const field = text.spanField[k]!;
    if (field === FIELD.string) spans.push(text.strings[text.spanFrom[k]!]!);
    else
      spans.push(`${field === FIELD.abstract ? "abstract" : "title"}:${text.spanFrom[k]}-${text.spanTo[k]}`);
  }
  const confidence = text.confidence[payload]!;
  const rule = text.rule[payload]!;
  const result = text.results.get(payload);
  return {
    type,
    evidence,
    spans,
    confidence: Number.isNaN(confidence) ? null : confidence,
    rule: rule < 0 ? null : text.rules[rule]!,
    metric: result?.metric ?? null,
    value: result?.value ?? null,
  };
}
