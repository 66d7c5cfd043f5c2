/** Properties every format leaves out: internal search text. */
export const HIDDEN_PROPERTIES = new Set(["aliasesText"]);

/** A property value as one string cell: lists joined with `|`, everything else as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(cellText).join("|");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Escape text for XML attribute values and element content (also drops characters XML 1.0 forbids).
 * Tabs and line breaks become character references: a parser would turn them into spaces inside
 * an attribute value.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Keys of all node (or edge) properties in a stable order, hidden ones left out. */
export function propertyKeys(items: { properties: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const item of items)
    for (const k of Object.keys(item.properties)) if (!HIDDEN_PROPERTIES.has(k)) keys.add(k);
  return [...keys].sort();
}

export type AttrType = "string" | "double" | "boolean";

/** The GEXF/GraphML type of a property, from the values seen (mixed → string). */
export function attrType(items: { properties: Record<string, unknown> }[], key: string): AttrType {
  let type: AttrType | null = null;
  for (const item of items) {
    const v = item.properties[key];
    if (v === null || v === undefined) continue;
    const t: AttrType = typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";
    if (type && type !== t) return "string";
    type = t;
  }
  return type ?? "string";
}
