import type { Busy } from "../core/app/types.ts";
import { ErrorMessage, Spinner } from "./Status.tsx";

/** What covers the map: a spinner while it loads, the error with a retry, or why it is empty. */
export function MapOverlay({
  busy,
  empty,
  databaseEmpty,
}: {
  busy: Busy;
  /** A graph was loaded and none of it is on the map. */
  empty: boolean;
  /** The database holds no papers at all. */
  databaseEmpty: boolean;
}) {
  if (busy.type === "idle" && !empty) return null;
  return (
    <div className="map-overlay">
      {busy.type === "loading" ? (
        <Spinner label={busy.label} />
      ) : busy.type === "error" ? (
        <ErrorMessage onRetry={busy.retry}>{busy.message}</ErrorMessage>
      ) : (
        <div className="status status-empty">
          Nothing to show here.{" "}
          {databaseEmpty
            ? "The database holds no papers yet: run `pnpm paperkg ingest data/samples`."
            : "Loosen the filters or pick another view."}
        </div>
      )}
    </div>
  );
}
