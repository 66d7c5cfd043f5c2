import { SITE_DATA_CALLBACK } from "@paperkg/core";
import { ApiClientError } from "./ApiClientError.ts";

/** What a static site's `index.html` sets before the app: where its data files are. */
export interface SiteConfig {
  data: string;
}

type SiteWindow = typeof globalThis & {
  PAPERKG_SITE?: SiteConfig;
  paperkgSiteQueue?: [string, unknown][];
  [SITE_DATA_CALLBACK]?: (key: string, data: unknown) => void;
};

/** The static site this page is, or null when it runs against a paperkg server. */
export function siteConfig(): SiteConfig | null {
  const config = (globalThis as SiteWindow).PAPERKG_SITE;
  return config && typeof config.data === "string" ? config : null;
}

const arrived = new Map<string, unknown>();
const waiting = new Map<string, { resolve: (data: unknown) => void; reject: (err: Error) => void }[]>();
const requested = new Set<string>();

function receive(key: string, data: unknown): void {
  arrived.set(key, data);
  for (const w of waiting.get(key) ?? []) w.resolve(data);
  waiting.delete(key);
}

/** Take over the page's data callback: files queued before the app ran are received now. */
function install(): void {
  const w = globalThis as SiteWindow;
  if (w[SITE_DATA_CALLBACK] === receive) return;
  for (const [key, data] of w.paperkgSiteQueue ?? []) receive(key, data);
  w.paperkgSiteQueue = [];
  w[SITE_DATA_CALLBACK] = receive;
}

/**
 * One data file of a static site (`data/<key>.js`), loaded once by a `<script>` tag — the only
 * way to read a local file from a `file://` page — which calls back `paperkgSiteData(key, data)`.
 * The data are checked by the caller's schema.
 */
export function loadSiteFile(config: SiteConfig, key: string): Promise<unknown> {
  install();
  if (arrived.has(key)) return Promise.resolve(arrived.get(key));
  return new Promise((resolve, reject) => {
    waiting.set(key, [...(waiting.get(key) ?? []), { resolve, reject }]);
    if (requested.has(key)) return;
    requested.add(key);
    const script = document.createElement("script");
    script.src = `${config.data}${key}.js`;
    script.async = true;
    script.onerror = () => {
      requested.delete(key);
      const error = new ApiClientError(
        "network",
        `site: data file ${script.src} is missing or unreadable; copy the whole exported folder, or export it again`,
      );
      for (const w of waiting.get(key) ?? []) w.reject(error);
      waiting.delete(key);
    };
    document.head.appendChild(script);
  });
}
