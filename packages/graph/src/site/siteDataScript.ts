import { SITE_DATA_CALLBACK } from "@paperkg/core";

/**
 * A site data file's text: a classic script registering `data` under `key` through the global
 * `paperkgSiteData` (JSON is valid JavaScript, so the data needs no escaping; `</script>` cannot
 * end it either, as the file is loaded by `src`, never inlined).
 */
export function siteDataScript(key: string, data: unknown): string {
  return `${SITE_DATA_CALLBACK}(${JSON.stringify(key)},${JSON.stringify(data)});\n`;
}
