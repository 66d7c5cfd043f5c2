import { type FormEvent, useState, useSyncExternalStore } from "react";
import { answerTokenRequest, tokenRequests } from "../api/authToken.ts";

/**
 * Asks for the server's token when the API answers 401 (a server started with PAPERKG_TOKEN).
 * The token is kept for this tab only and sent as `Authorization: Bearer …`.
 */
export function TokenPrompt() {
  const request = useSyncExternalStore(tokenRequests.subscribe, tokenRequests.current);
  const [value, setValue] = useState("");
  if (request.type === "idle") return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answerTokenRequest(value);
    setValue("");
  };
  return (
    <div className="token-backdrop">
      <form className="token-prompt" role="dialog" aria-labelledby="token-title" onSubmit={submit}>
        <h2 id="token-title">This server needs a token</h2>
        <p className="muted">
          {request.refused
            ? "The server refused that token. Check PAPERKG_TOKEN where the server runs."
            : "It was started with PAPERKG_TOKEN. Enter that token; it is kept for this tab only."}
        </p>
        <input
          type="password"
          aria-label="API token"
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: the dialog is there to take this one value
          autoFocus
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <div className="buttons">
          <button type="button" onClick={() => answerTokenRequest(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!value.trim()}>
            Connect
          </button>
        </div>
      </form>
    </div>
  );
}
