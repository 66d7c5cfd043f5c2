import type { Crumb, CrumbTarget } from "../core/app/breadcrumb.ts";

/** Where the map is in the drill-down (all areas › an area › a community); earlier steps are links. */
export function Breadcrumb({
  crumbs,
  onGo,
}: {
  crumbs: readonly Crumb[];
  onGo: (target: CrumbTarget) => void;
}) {
  if (crumbs.length === 0) return null;
  return (
    <nav className="breadcrumb" aria-label="Drill-down" data-testid="breadcrumb">
      {crumbs.map((c, i) => (
        <span key={`${i}-${c.label}`} className="crumb">
          {i > 0 && (
            <span className="crumb-sep" aria-hidden="true">
              ›
            </span>
          )}
          {c.target ? (
            <button type="button" className="link-button" onClick={() => c.target && onGo(c.target)}>
              {c.label}
            </button>
          ) : (
            <span aria-current="location">{c.label}</span>
          )}
        </span>
      ))}
    </nav>
  );
}
