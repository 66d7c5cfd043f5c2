/**
 * Cypher map projection of relationship variable `r` into the API's `ApiLink` (type, evidence,
 * spans, confidence, rule, stated result): every read that shows a link with its proof uses it.
 */
export const linkProjection = (r: string) =>
  `{type: type(${r}), evidence: coalesce(${r}.evidence, []), spans: coalesce(${r}.spans, []), confidence: ${r}.confidence, rule: ${r}.rule, metric: ${r}.metric, value: ${r}.value}`;
