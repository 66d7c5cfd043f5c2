import { type AnalyticsOptions, DEFAULT_ANALYTICS_OPTIONS } from "@paperkg/graph";

/**
 * The analytics settings as a snapshot records them (JSON of every option, defaults filled in):
 * an ingest with the same text may be skipped or run incrementally; a bulk export records it too.
 */
export function analyticsSettings(analytics: Partial<AnalyticsOptions> = {}): string {
  return JSON.stringify({ ...DEFAULT_ANALYTICS_OPTIONS, ...analytics });
}
