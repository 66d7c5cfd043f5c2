import type { Changes } from "@paperkg/core";

/** `paperkg diff` as text: the snapshots compared, then each list with its total and top items. */
export function formatChanges(c: Changes): string {
  const when = (s: Changes["latest"]) =>
    s ? `${s.id} (${s.at.slice(0, 16).replace("T", " ")})` : "the start";
  const lines = [`changes since ${when(c.since)} up to ${when(c.latest)}`];
  const section = <T>(title: string, list: { total: number; items: T[] }, show: (item: T) => string) => {
    lines.push("", `${title}: ${list.total}`);
    for (const item of list.items) lines.push(`  ${show(item)}`);
    if (list.total > list.items.length) lines.push(`  … and ${list.total - list.items.length} more`);
  };
  section("new papers", c.newPapers, (p) => `${p.id}  ${p.label}${p.published ? `  (${p.published})` : ""}`);
  section(
    "entities first seen",
    c.newEntities,
    (e) => `${e.kind.padEnd(9)} ${e.label}  (${e.paperCount} papers)`,
  );
  section(
    "entities with the most new papers",
    c.grownEntities,
    (e) => `${e.kind.padEnd(9)} ${e.label}  +${e.newPapers} (now ${e.paperCount})`,
  );
  section("communities born, grown, split or merged", c.communities, (k) => {
    const from =
      k.splitFrom.length > 0
        ? `  (split from community ${k.splitFrom.join(", ")})`
        : k.mergedFrom.length > 0
          ? `  (merged from communities ${k.mergedFrom.join(", ")})`
          : "";
    const what =
      k.splitFrom.length > 0 ? "split" : k.mergedFrom.length > 0 ? "merged" : k.born ? "born " : "grown";
    return `${what} ${k.label}${from}  +${k.newPapers} papers (now ${k.papers})`;
  });
  return `${lines.join("\n")}\n`;
}
