export { COMMUNITY_KEY_PREFIX, communityKey, isCommunityKey, parseCommunityKey } from "./communityKey.ts";
export { entityId, kindOfId, labelOfId } from "./nodeId.ts";
export { encodeSource, parseSource } from "./source.ts";
export { encodeSpan, parseSpan, type Span, SpanField } from "./span.ts";
