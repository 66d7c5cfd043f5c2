import type { BuildOptions } from "esbuild";

/** The esbuild options shared by the CLI bundle and bench:extract's child (see bundleOptions.mjs). */
export declare const NODE_BUNDLE_OPTIONS: BuildOptions;
