import type { ViewCypher } from "@paperkg/core";
import { createContext, useContext } from "react";
import { api } from "../api/api.ts";

/** Opens a view's Cypher in the console; provided by the app, absent where there is no console. */
export const CypherOpener = createContext<((cypher: ViewCypher) => void) | null>(null);

/**
 * "Cypher": opens the query behind what is shown (a map view, a list, a table) in the Cypher
 * console, to read, edit and run. Renders nothing when the answer carries no query or the data
 * source has no Cypher (the static site).
 */
export function CypherButton({
  cypher,
  what,
  onOpened,
}: {
  cypher: ViewCypher | null | undefined;
  what: string;
  /** Called once the console has the query (a popup closes itself). */
  onOpened?: () => void;
}) {
  const open = useContext(CypherOpener);
  if (!open || !cypher || !api.capabilities.cypher) return null;
  return (
    <button
      type="button"
      className="link-button cypher-button"
      data-testid="open-cypher"
      title={`Open the Cypher of ${what} in the console`}
      onClick={() => {
        open(cypher);
        onOpened?.();
      }}
    >
      Cypher
    </button>
  );
}
