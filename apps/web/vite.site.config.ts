import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The static offline site's build (`pnpm build:site`, used by `paperkg export --format site`): the
 * same app as `vite.config.ts`, as one classic (non-module) script and one stylesheet in
 * `dist-site/`. Browsers refuse ES module scripts and fetch() from `file://`, so the site loads
 * `paperkg.js` with a plain `<script>` and its data as scripts too (see `src/api/staticSource.ts`).
 */
export default defineConfig({
  plugins: [react()],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist-site",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    lib: {
      entry: "src/siteMain.ts",
      name: "paperkg",
      formats: ["iife"],
      fileName: () => "paperkg.js",
      cssFileName: "paperkg",
    },
  },
});
