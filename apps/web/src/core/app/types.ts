/** A request's UI state, as a union on `type`. */
export type Loadable<T> =
  | { type: "idle" }
  | { type: "loading" }
  | { type: "ok"; data: T }
  | { type: "error"; message: string };

/** What the map is waiting for, as its overlay shows it. */
export type Busy =
  | { type: "idle" }
  | { type: "loading"; label: string }
  | { type: "error"; message: string; retry?: () => void };
