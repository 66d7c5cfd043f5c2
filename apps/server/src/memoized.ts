import type { ApiContext } from "./apiContext.ts";

/**
 * `read()`'s answer, read once per loaded read model and reused until the graph changes (see
 * `ReadModelHolder.memo`); without a read model, read every time. For answers that depend on the
 * graph alone and are few: the map's overview views, the communities and benchmark lists.
 */
export function memoized<T>(ctx: ApiContext, key: string, read: () => Promise<T>): Promise<T> {
  return ctx.readModel ? ctx.readModel.memo(key, read) : read();
}
