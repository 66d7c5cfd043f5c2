import {
  ENTITY_LABELS,
  ENTITY_TYPES,
  isCommunityKey,
  PAPER_LINKS,
  parseCommunityKey,
  type Rising,
  type TrendBucket,
  type ViewCypher,
} from "@paperkg/core";
import { indent } from "./linksAmongShown.ts";

/** A `YYYY-MM…` date's bucket label in Cypher, as `bucketOf` labels it (`2025-03`, `2025-Q1`, `2025`). */
const BUCKET: Record<TrendBucket, (v: string) => string> = {
  month: (v) => `substring(${v}, 0, 7)`,
  quarter: (v) => `substring(${v}, 0, 4) + '-Q' + toString((toInteger(substring(${v}, 5, 2)) + 2) / 3)`,
  year: (v) => `substring(${v}, 0, 4)`,
};

/**
 * The Cypher of a trends chart (`GET /api/trends`): one row per series and bucket with dated
 * papers, `series` the entity or the community node; the chart's zero buckets have no row.
 */
export function trendsCypher(ids: readonly string[], bucket: TrendBucket): ViewCypher {
  const entityIds = ids.filter((id) => !isCommunityKey(id));
  const labels = ENTITY_TYPES.filter((t) => entityIds.some((id) => id.startsWith(`${t}:`))).map(
    (t) => ENTITY_LABELS[t],
  );
  const communities = ids.flatMap((id) => {
    const n = isCommunityKey(id) ? parseCommunityKey(id) : null;
    return n === null ? [] : [n];
  });
  const branches: string[] = [];
  const params: Record<string, unknown> = {};
  if (labels.length > 0) {
    branches.push(`MATCH (e:${labels.join("|")})<-[:${PAPER_LINKS}]-(p:Paper)
WHERE e.id IN $ids AND p.published IS NOT NULL
RETURN e AS series, p`);
    params.ids = entityIds;
  }
  if (communities.length > 0) {
    branches.push(`MATCH (c:Community), (p:Paper)
WHERE c.id IN $communities AND p.community = c.id AND p.published IS NOT NULL
RETURN c AS series, p`);
    params.communities = communities;
  }
  const query = `CALL () {
${indent(branches.join("\nUNION ALL\n"), 2)}
}
WITH series, ${BUCKET[bucket]("p.published")} AS bucket, count(DISTINCT p) AS papers
RETURN series, bucket, papers
ORDER BY series.id, bucket`;
  return { query, params };
}

/**
 * The Cypher of the rising entities (`GET /api/trends/rising`) over the answer's window: each
 * entity's share of dated papers in the recent window against the prior one, largest growth first.
 */
export function risingCypher(
  window: Rising["window"],
  options: { type: (typeof ENTITY_TYPES)[number] | null; limit: number; minPapers: number },
): ViewCypher {
  const label = options.type ? `:${ENTITY_LABELS[options.type]}` : "";
  const query = `MATCH (p:Paper) WHERE p.published > $priorFrom AND p.published <= $to
WITH count(CASE WHEN p.published > $recentFrom THEN 1 END) AS recentPapers,
     count(CASE WHEN p.published <= $recentFrom THEN 1 END) AS priorPapers
MATCH (p:Paper)-[:${PAPER_LINKS}]->(e${label})
WHERE p.published > $priorFrom AND p.published <= $to
WITH recentPapers, priorPapers, e,
     count(DISTINCT CASE WHEN p.published > $recentFrom THEN p END) AS recent,
     count(DISTINCT CASE WHEN p.published <= $recentFrom THEN p END) AS prior
WHERE recent >= $minPapers
WITH e, recent, prior, round(toFloat(recent) / recentPapers, 6) AS recentShare,
     CASE WHEN priorPapers > 0 THEN round(toFloat(prior) / priorPapers, 6) ELSE 0.0 END AS priorShare
RETURN e, recent, prior, recentShare, priorShare, round(recentShare - priorShare, 6) AS growth
ORDER BY growth DESC, e.id
LIMIT $limit`;
  return {
    query,
    params: {
      priorFrom: window.priorFrom,
      recentFrom: window.recentFrom,
      to: window.to,
      minPapers: options.minPapers,
      limit: options.limit,
    },
  };
}
