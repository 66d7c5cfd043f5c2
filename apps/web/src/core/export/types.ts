import type { ExportSelector } from "@paperkg/core";

/** One line of the export menu: what it exports, or (with `selector: null`) why it cannot right now. */
export interface ExportScope {
  label: string;
  selector: ExportSelector | null;
  disabledReason?: string;
}

/** Longest `ids=` list an export URL carries (the server accepts 200,000 characters, and `MAX_EXPORT_IDS` ids). */
export const MAX_EXPORT_IDS_CHARS = 190_000;
