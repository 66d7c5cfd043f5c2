/** A qualitative palette (12 colours that stay apart on white), cycled by community id. */
export const COMMUNITY_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#393b79",
  "#637939",
  "#843c39",
] as const;

/** Colour of community `id` (grey when unknown), shared by the web map and GEXF exports. */
export function communityColor(id: number | null | undefined): string {
  if (id === null || id === undefined || id < 0) return "#9e9e9e";
  return COMMUNITY_PALETTE[id % COMMUNITY_PALETTE.length]!;
}
