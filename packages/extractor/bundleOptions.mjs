// The esbuild options shared by every bundle of the extractor's code: the CLI (`apps/cli/build.mjs`)
// and the timed child of `pnpm bench:extract` (`scripts/bench/extract.ts`), which must run as the CLI
// does. One module, so the two cannot drift apart; here because the extractor's regular expressions
// are what `supported` keeps fast. Plain JavaScript: the CLI build runs before anything is built.

/** @type {import("esbuild").BuildOptions} */
export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  // commands import packages inside their actions: each becomes a chunk loaded on use
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Node 20 has Unicode property escapes; without this esbuild rewrites each `/\p{L}/u` literal as
  // `new RegExp("\\p{L}", "u")`, built afresh each time a function runs it (~140 per abstract)
  supported: { "regexp-unicode-property-escapes": true },
  // resolve external packages the way Node does (no "module" condition or field)
  conditions: ["node"],
  mainFields: ["main"],
};
