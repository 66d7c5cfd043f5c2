import type { ExportSelector } from "@paperkg/core";

/** One line of the export menu: what it exports, or (with `selector: null`) why it cannot right now. */
export interface ExportScope {
  label: string;
  selector: ExportSelector | null;
  disabledReason?: string;
}
