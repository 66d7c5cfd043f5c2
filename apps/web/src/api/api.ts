import type { ExportFormat, ExportSelector } from "@paperkg/core";
import type { DataSource } from "./DataSource.ts";
import { httpSource } from "./httpSource.ts";
import { siteConfig } from "./loadSiteFile.ts";
import { staticSource } from "./staticSource.ts";

const site = siteConfig();

/**
 * The data source this explorer runs on: the files of a static site when the page says it is one
 * (`window.PAPERKG_SITE`, set by the site's index.html), else the paperkg HTTP API. Views and
 * hooks call it and never a source directly.
 */
export const api: DataSource = site ? staticSource(site) : httpSource;

/** An export as a file from the active source (the server names it in Content-Disposition). */
export function fetchExport(
  format: ExportFormat,
  selector: ExportSelector,
): Promise<{ blob: Blob; name: string }> {
  return api.exportFile(format, selector);
}
