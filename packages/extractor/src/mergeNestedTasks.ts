import type { ExtractedEntity } from "@paperkg/core";

/**
 * One paper's task phrases that nest (`face recognition` inside `3D face recognition`, `mental
 * manipulation` inside `multi-turn mental manipulation`) name one task: the longer ones merge into
 * the shortest multi-word phrase they end in, as its aliases and mentions, so the paper links to
 * the task once and papers naming it with different modifiers meet on it. Mutates `entities`.
 */
export function mergeNestedTasks(entities: ExtractedEntity[], maxMentions: number): void {
  const tasks = entities
    .filter((e) => e.type === "task" && /\s/.test(e.name))
    .sort((a, b) => a.name.length - b.name.length || (a.id < b.id ? -1 : 1));
  if (tasks.length < 2) return;
  const merged = new Set<ExtractedEntity>();
  for (const [i, long] of tasks.entries()) {
    const lower = long.name.toLowerCase();
    const into = tasks
      .slice(0, i)
      .find(
        (short) =>
          !merged.has(short) &&
          short.name.length < long.name.length &&
          endsWithPhrase(lower, short.name.toLowerCase()),
      );
    if (!into) continue;
    merged.add(long);
    const at = new Set(into.mentions.map((m) => `${m.field}:${m.start}`));
    into.mentions.push(...long.mentions.filter((m) => !at.has(`${m.field}:${m.start}`)));
    into.mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "title" ? -1 : 1));
    if (into.mentions.length > maxMentions) into.mentions.length = maxMentions;
    const aliases = new Set([...(into.aliases ?? []), long.name, ...(long.aliases ?? [])]);
    aliases.delete(into.name);
    into.aliases = [...aliases].sort().slice(0, 10);
    into.proposed ||= long.proposed;
  }
  for (let i = entities.length - 1; i >= 0; i--) if (merged.has(entities[i]!)) entities.splice(i, 1);
}

/** `long` ends with the words of `short` (`3d face recognition` / `face recognition`). */
function endsWithPhrase(long: string, short: string): boolean {
  return long.endsWith(short) && /[\s-]/.test(long[long.length - short.length - 1] ?? "");
}
