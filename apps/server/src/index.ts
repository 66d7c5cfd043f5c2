export { createServer, type ServerOptions } from "./createServer.ts";
export { HttpError, toHttpError } from "./HttpError.ts";
export {
  DEFAULT_SERVER_SETTINGS,
  DEFAULT_WEB_ROOT,
  resolveServerSettings,
  ServerSettings,
} from "./ServerSettings.ts";
