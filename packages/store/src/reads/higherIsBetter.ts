import directions from "./metricDirections.json" with { type: "json" };

const HIGHER = new Set(directions.higher);
const LOWER = new Set(directions.lower);

/** Whether a higher value of `metric` is better: true, false, or null when not known (see metricDirections.json). */
export function higherIsBetter(metric: string): boolean | null {
  const m = metric.trim().toLowerCase();
  if (HIGHER.has(m) || /^pass@(\d+|k)$/.test(m)) return true;
  if (LOWER.has(m)) return false;
  return null;
}
