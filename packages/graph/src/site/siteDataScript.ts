import { SITE_DATA_CALLBACK } from "@paperkg/core";

/**
 * A site data file's text: a classic script registering `data` under `key` through the global
 * `paperkgSiteData`. The data go in as `JSON.parse('…')`, which browsers parse much faster than the
 * same data as an object literal; in the single-quoted string only `\` and `'` need escaping (JSON
 * text has no raw line breaks), so the file is hardly larger than the JSON.
 */
export function siteDataScript(key: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/[\\']/g, (c) => `\\${c}`);
  return `${SITE_DATA_CALLBACK}(${JSON.stringify(key)},JSON.parse('${json}'));\n`;
}
