import type { ExportFormat, ExportSelector } from "@paperkg/core";
import type { DataSource } from "./DataSource.ts";
import { httpSource } from "./httpSource.ts";

/** The data source this explorer runs on; views and hooks call it and never a source directly. */
export const api: DataSource = httpSource;

/** An export as a file from the active source (the server names it in Content-Disposition). */
export function fetchExport(
  format: ExportFormat,
  selector: ExportSelector,
): Promise<{ blob: Blob; name: string }> {
  return api.exportFile(format, selector);
}
